package org.cjengage.core.common;

/** Somebody else saved the same record since the caller loaded it; nothing was saved. */
public class ConcurrentEditException extends DomainException {
    public ConcurrentEditException(String what) {
        super("error.concurrentEdit", what);
    }
}
