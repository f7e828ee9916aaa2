package org.cjengage.core.security;

import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Called after every successful export (plan XLSX and CSV, statement and annual report PDF and DOCX, open-data
 * JSON), so that the security log can record an EXPORT event: {@code SecurityExportEventHook} does. Exporters
 * call {@link #report}, never the hooks one by one. It lives in security, below every exporter (plan, outputs,
 * open data), so exporting creates no dependency cycle (docs/decisions.md, 2026-12-06).
 */
public interface ExportEventHook {

    /**
     * @param partnershipId whose data left the system
     * @param what          e.g. {@code action-plan}, {@code statement}, {@code annual-report}, {@code open-data}
     * @param format        e.g. {@code xlsx}, {@code csv}, {@code pdf}, {@code docx}, {@code json}
     */
    void exported(long partnershipId, String what, String format);

    /**
     * Tells every hook about one export; logs it when there is none (a host that left out
     * {@code SecurityExportEventHook}).
     */
    static void report(ObjectProvider<ExportEventHook> hooks, long partnershipId, String what, String format) {
        if (hooks.stream().findAny().isEmpty()) {
            LoggerFactory.getLogger(ExportEventHook.class).info(
                    "EXPORT partnership={} what={} format={} (no export event hook)", partnershipId, what, format);
        }
        hooks.orderedStream().forEach(h -> h.exported(partnershipId, what, format));
    }
}
