package org.cjengage.core.common;

/** The thing asked for does not exist, or the caller may not know that it exists. */
public class NotFoundException extends DomainException {
    public NotFoundException(String what, Object id) {
        super("error.notFound", what, id);
    }
}
