package org.cjengage.core.security;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records every statutory-output and open-data export as an {@code EXPORT} security event for the signed-in
 * user, e.g. "annual-report as PDF". The event is written in its own transaction, since exports run in
 * read-only ones.
 */
@Component
public class SecurityExportEventHook implements ExportEventHook {

    private final SecurityEvents events;
    private final TransactionTemplate ownTransaction;

    public SecurityExportEventHook(SecurityEvents events, PlatformTransactionManager transactions) {
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void exported(long partnershipId, String what, String format) {
        ownTransaction.executeWithoutResult(status ->
                events.recordExport(partnershipId, what + " as " + format.toUpperCase(java.util.Locale.ROOT)));
    }
}
