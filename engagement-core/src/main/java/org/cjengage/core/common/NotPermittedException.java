package org.cjengage.core.common;

/** The caller's role or partnership does not allow this operation. */
public class NotPermittedException extends DomainException {
    public NotPermittedException() {
        super("error.notPermitted");
    }
}
