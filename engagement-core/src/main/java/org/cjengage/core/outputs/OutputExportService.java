package org.cjengage.core.outputs;

import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.security.ExportEventHook;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files for download: statements and annual reports as PDF or DOCX. Access is checked by the services
 * that supply the content; every file made is reported to the {@link ExportEventHook}s.
 */
@Service
@Transactional(readOnly = true)
public class OutputExportService {

    private final ParticipationStatementService statements;
    private final AnnualReportService reports;
    private final PlanService plans;
    private final ObjectProvider<ExportEventHook> hooks;
    private final AccessGuard access;
    private final PdfRenderer pdf = new PdfRenderer(OutputsText.english());
    private final DocxRenderer docx = new DocxRenderer(OutputsText.english());

    public OutputExportService(ParticipationStatementService statements, AnnualReportService reports,
                               PlanService plans, ObjectProvider<ExportEventHook> hooks, AccessGuard access) {
        this.access = access;
        this.statements = statements;
        this.reports = reports;
        this.plans = plans;
        this.hooks = hooks;
    }

    public byte[] publishedStatement(long publishedId, OutputFormat format) {
        PublishedStatement version = statements.version(publishedId);
        byte[] file = render(statements.versionDocument(publishedId), format);
        exported(version.partnershipId(), "statement", format);
        return file;
    }

    public byte[] statementPreview(long planId, OutputFormat format) {
        ActionPlan plan = plans.plan(planId);
        byte[] file = render(statements.preview(planId), format);
        exported(plan.partnershipId(), "statement-draft", format);
        return file;
    }

    public byte[] annualReport(long partnershipId, int startYear, OutputFormat format) {
        return annualReport(partnershipId, startYear, org.cjengage.core.plan.PlanScope.CURRENT, format);
    }

    public byte[] annualReport(long partnershipId, int startYear, org.cjengage.core.plan.PlanScope scope,
                               OutputFormat format) {
        byte[] file = render(reports.report(partnershipId, startYear, scope), format);
        exported(partnershipId, "annual-report", format);
        return file;
    }

    /** Which document a file made from a shown document is (the name its export event carries). */
    public enum Shown {
        ANNUAL_REPORT("annual-report"), STATEMENT_DRAFT("statement-draft"), STATEMENT("statement");

        private final String event;

        Shown(String event) {
            this.event = event;
        }
    }

    /**
     * The document the reader has just been shown, as a file: the page keeps the document it built (with
     * {@link AnnualReportService} or {@link ParticipationStatementService}, which checked access then) and the
     * download renders that, so viewing and downloading build the document once. Membership of the partnership
     * is checked again, and the file is reported to the {@link ExportEventHook}s like any other.
     */
    public byte[] file(long partnershipId, Shown what, OutputDocument shown, OutputFormat format) {
        access.requireMember(partnershipId);
        byte[] file = render(shown, format);
        exported(partnershipId, what.event, format);
        return file;
    }

    private byte[] render(OutputDocument doc, OutputFormat format) {
        return switch (format) {
            case PDF -> pdf.render(doc);
            case DOCX -> docx.render(doc);
        };
    }

    void exported(long partnershipId, String what, OutputFormat format) {
        ExportEventHook.report(hooks, partnershipId, what, format.extension());
    }
}
