package org.cjengage.core.outputs;

/**
 * Called after every successful export (PDF, DOCX, JSON) so that an audit trail can record an EXPORT
 * security event. There is no security-event service yet: when one exists, declare a bean implementing
 * this that records the event. Until then {@link OutputsConfiguration} registers one that logs.
 */
public interface ExportEventHook {

    /**
     * @param partnershipId whose data left the system
     * @param what          e.g. {@code statement}, {@code annual-report}, {@code open-data}
     * @param format        e.g. {@code pdf}, {@code docx}, {@code json}
     */
    void exported(long partnershipId, String what, String format);
}
