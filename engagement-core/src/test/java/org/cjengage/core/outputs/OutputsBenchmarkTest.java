package org.cjengage.core.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.cjengage.core.opendata.OpenDataService;
import org.cjengage.core.plan.ActivityRepository;
import org.cjengage.core.plan.PlanScope;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.StatementCounter;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Every output for a partnership with 10,000 activities (issue 16): per output the median and slowest time of the
 * measured runs after warm-up, the SQL statements it sent, statements per activity and rows read. The baseline in
 * the same run is what every output did before: the plan's activities loaded through the aggregate repository.
 * Prints the table and writes it to target/benchmarks/outputs.txt. Not part of the normal build (tag "benchmark");
 * the command is in docs/benchmarks.md.
 */
@Tag("benchmark")
@SpringBootTest(classes = CoreTestApplication.class)
class OutputsBenchmarkTest {

    static final int IN_YEAR = Integer.getInteger("bench.outputs.inYear", 7_500);
    static final int OTHER_YEARS = Integer.getInteger("bench.outputs.otherYears", 2_497);
    static final int WARM_UP = Integer.getInteger("bench.warmUp", 2);
    static final int RUNS = Integer.getInteger("bench.runs", 5);

    @Autowired OutputsScaleData scale;
    @Autowired AnnualReportService reports;
    @Autowired ParticipationStatementService statements;
    @Autowired OutputExportService exports;
    @Autowired OpenDataService openData;
    @Autowired ActivityRepository activityRepository;
    @Autowired PlanService plans;
    @Autowired ObjectProvider<StandardsResultsSource> results;
    @Autowired ObjectProvider<AnnualReportSection> sections;
    @Autowired ObjectProvider<org.cjengage.core.plan.ActivityOutcomeSource> outcomeSources;
    @Autowired org.cjengage.core.standards.StandardsCatalogue standards;
    @Autowired org.cjengage.core.disclosure.DisclosurePolicy disclosure;
    @Autowired org.cjengage.core.partnership.PartnershipLookup partnerships;
    @Autowired ObjectProvider<org.cjengage.core.opendata.OpenDataExtension> openDataExtensions;
    @Autowired org.springframework.context.ApplicationContext context;

    /**
     * A document rendered the way {@link PdfRenderer} did before 2026-12-06 (issue 16): the fonts read from the jar
     * for each render with their glyph-substitution table, plain page resources (marked-content property lists
     * searched one by one and written as objects of their own) and each table in one body. Same XHTML otherwise.
     */
    static byte[] renderedAsBefore(OutputDocument doc) {
        String page = new XhtmlRenderer(OutputsText.english()).render(doc).replace("</tbody>\n<tbody>\n", "");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(64 * 1024);
        try {
            com.openhtmltopdf.pdfboxout.PdfRendererBuilder builder = new com.openhtmltopdf.pdfboxout.PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            String fonts = "/org/cjengage/core/outputs/fonts/";
            builder.useFont(() -> PdfRenderer.class.getResourceAsStream(fonts + "DejaVuSans.ttf"), PdfRenderer.FONT_FAMILY,
                    400, com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> PdfRenderer.class.getResourceAsStream(fonts + "DejaVuSans-Bold.ttf"),
                    PdfRenderer.FONT_FAMILY, 700, com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.withProducer("CJ Engage");
            builder.withHtmlContent(page, null);
            builder.toStream(out);
            builder.run();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A document rendered the way {@link PdfRenderer} did from 2026-12-06 11:47 until {@link PageContent} (issue 16): fonts
     * without glyph substitution, {@link MarkedContentProperties} pages, tables in bodies of 50 rows, and the page content
     * as openhtmltopdf writes it (every empty artifact mark left in, compressed by PDFBox at its default level). Same
     * XHTML as now.
     */
    static byte[] renderedAsThisMorning(OutputDocument doc) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(64 * 1024);
        try {
            com.openhtmltopdf.pdfboxout.PdfRendererBuilder builder = historicalBuilder(doc);
            builder.toStream(out);
            builder.run();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * What the morning's and the afternoon's renderers set alike: fast mode, PDF/UA tagging, the property-list page
     * supplier, the two embedded faces loaded by openhtmltopdf from their bytes, the producer and the page in NFC.
     */
    private static com.openhtmltopdf.pdfboxout.PdfRendererBuilder historicalBuilder(OutputDocument doc) {
        String page = new XhtmlRenderer(OutputsText.english()).render(doc);
        com.openhtmltopdf.pdfboxout.PdfRendererBuilder builder = new com.openhtmltopdf.pdfboxout.PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePageSupplier((document, width, height, pageNumber, shadowPageNumber) ->
                MarkedContentProperties.newPage(document, width, height));
        builder.useFont(() -> new java.io.ByteArrayInputStream(PdfRenderer.embeddedFont(false)), PdfRenderer.FONT_FAMILY,
                400, com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> new java.io.ByteArrayInputStream(PdfRenderer.embeddedFont(true)), PdfRenderer.FONT_FAMILY,
                700, com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.withProducer("CJ Engage");
        builder.withHtmlContent(java.text.Normalizer.normalize(page, java.text.Normalizer.Form.NFC), null);
        return builder;
    }

    /**
     * A document rendered the way {@link PdfRenderer} did from the afternoon of 2026-12-06 until {@link MeasuredFont} (issue
     * 16): as now, but the fonts loaded by openhtmltopdf from their bytes and measured by PDFBox directly.
     */
    static byte[] renderedAsThisAfternoon(OutputDocument doc) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(64 * 1024);
        com.openhtmltopdf.pdfboxout.PdfRendererBuilder builder = historicalBuilder(doc);
        builder.testMode(true);
        try (com.openhtmltopdf.pdfboxout.PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            try (org.apache.pdfbox.pdmodel.PDDocument document = renderer.getPdfDocument()) {
                for (org.apache.pdfbox.pdmodel.PDPage pdfPage : document.getPages()) {
                    PageContent.finish(pdfPage);
                }
                document.save(out);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The statement document built the way the service did before {@link ActivitySummary} (issue 16): every activity of the
     * plan read whole (its row with the VOiCE texts, communities, tags, methods and purposes), then summarised.
     */
    OutputDocument statementFromWholeActivities(long planId, LocalDate shownDate) {
        org.cjengage.core.plan.ActionPlan plan = plans.plan(planId);
        StatementDraft draft = statements.draft(planId);
        List<org.cjengage.core.plan.ActivitySummary> activities = plans.activitiesOfPlans(plan.partnershipId(),
                List.of(planId)).stream().map(org.cjengage.core.plan.ActivitySummary::of).toList();
        List<Long> ids = activities.stream().map(org.cjengage.core.plan.ActivitySummary::id).toList();
        List<org.cjengage.core.plan.ActivityOutcome> outcomes = new ArrayList<>();
        outcomeSources.orderedStream().forEach(o -> outcomes.addAll(o.outcomesOf(plan.partnershipId(), ids)));
        return new StatementBuilder(standards, OutputsText.english(), disclosure).build(
                partnerships.findById(plan.partnershipId()).orElseThrow(), plan, draft.title(), draft.sections(),
                activities, outcomes, shownDate).dated(OutputDocument.Dated.DRAFT);
    }

    @Test
    void everyOutputForTenThousandActivities() throws Exception {
        long started = System.nanoTime();
        OutputsScaleData.Generated g = scale.generate(IN_YEAR, OTHER_YEARS, OutputsScaleData.UNDATED);
        int activities = IN_YEAR + OTHER_YEARS + OutputsScaleData.UNDATED;
        double generated = (System.nanoTime() - started) / 1e9;
        long p = g.partnership().id();
        long plan = g.plan().id();
        int year = OutputsScaleData.YEAR;
        Map<String, Supplier<Object>> outputs = new LinkedHashMap<>();
        OutputDocument[] shown = new OutputDocument[2]; // the documents the pages show (set before the first run)
        outputs.put("annual report (document)", () -> reports.report(p, year, PlanScope.CURRENT));
        outputs.put("annual report PDF", () -> exports.annualReport(p, year, OutputFormat.PDF));
        outputs.put("annual report DOCX", () -> exports.annualReport(p, year, OutputFormat.DOCX));
        outputs.put("statement draft (form + preview)", () -> List.of(statements.draft(plan), statements.preview(plan)));
        outputs.put("statement (document: read + build)", () -> statements.preview(plan));
        outputs.put("baseline: statement document, whole activities", () -> statementFromWholeActivities(plan, shown[1].date()));
        outputs.put("statement PDF", () -> exports.statementPreview(plan, OutputFormat.PDF));
        outputs.put("statement DOCX", () -> exports.statementPreview(plan, OutputFormat.DOCX));
        outputs.put("open-data JSON export", () -> openData.exportJson(p));
        // what a download after viewing costs: the page's document rendered again, nothing read but the membership
        outputs.put("download after view: report PDF", () -> exports.file(p, OutputExportService.Shown.ANNUAL_REPORT,
                shown[0], OutputFormat.PDF));
        outputs.put("download after view: report DOCX", () -> exports.file(p, OutputExportService.Shown.ANNUAL_REPORT,
                shown[0], OutputFormat.DOCX));
        outputs.put("download after view: statement PDF", () -> exports.file(p,
                OutputExportService.Shown.STATEMENT_DRAFT, shown[1], OutputFormat.PDF));
        outputs.put("download after view: statement DOCX", () -> exports.file(p,
                OutputExportService.Shown.STATEMENT_DRAFT, shown[1], OutputFormat.DOCX));
        // the same PDF rendered as PdfRenderer did before its speed-up (issue 16), side by side in this run
        outputs.put("baseline: statement PDF, renderer of 14:30", () -> renderedAsThisAfternoon(shown[1]));
        outputs.put("baseline: statement PDF, renderer of 11:47", () -> renderedAsThisMorning(shown[1]));
        outputs.put("baseline: statement PDF, old renderer", () -> renderedAsBefore(shown[1]));
        outputs.put("baseline: report PDF, old renderer", () -> renderedAsBefore(shown[0]));
        // where the annual report's time goes: its reads one by one
        LocalDate[] period = AnnualReportBuilder.period(year);
        outputs.put("  report part: the year's activities", () -> plans.activitiesInPeriod(p, List.of(plan), period[0],
                period[1]));
        outputs.put("  report part: standards results", () -> results.orderedStream()
                .map(r -> r.results(p, period[0], period[1])).toList());
        outputs.put("  report part: feedback section", () -> sections.orderedStream()
                .map(r -> r.section(new AnnualReportSection.Scope(p, List.of(plan)), period[0], period[1])).toList());
        // where the open-data export's time goes: the whole activities read, each extension's reads (with no refs, so it
        // reads its rows but writes none of them); the baseline in the same run is the file as written before it was
        // streamed (issue 16): records and trees first (file built, no bytes), then Jackson (file written, bytes only)
        List<Long> planIds = AsUser.call(g.lead(), () -> plans.plansOf(p).stream().map(org.cjengage.core.plan.ActionPlan::id)
                .toList());
        outputs.put("  open-data part: whole activities", () -> plans.activitiesOfPlans(p, planIds));
        outputs.put("  open-data part: activities streamed", () -> {
            long[] seen = new long[1];
            plans.eachActivityOfPlans(p, planIds, a -> seen[0]++);
            return seen[0];
        });
        openDataExtensions.orderedStream().forEach(e -> outputs.put("  open-data part: " + e.name() + " reads",
                () -> Optional.ofNullable(e.export(p, new org.cjengage.core.opendata.OpenDataRefs()))));
        org.cjengage.core.opendata.OpenDataTreeWriter treeWriter = new org.cjengage.core.opendata.OpenDataTreeWriter(context);
        outputs.put("baseline: open-data JSON, tree writer", () -> treeWriter.exportJson(p, "2026-12-06T00:00:00Z"));
        org.cjengage.core.opendata.OpenDataFile[] built = new org.cjengage.core.opendata.OpenDataFile[1];
        outputs.put("  baseline part: file built (no bytes)", () -> built[0] = treeWriter.export(p, "2026-12-06T00:00:00Z"));
        tools.jackson.databind.json.JsonMapper openDataWriter = tools.jackson.databind.json.JsonMapper.builder()
                .enable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT).build();
        outputs.put("  baseline part: file written (bytes only)", () -> openDataWriter.writeValueAsBytes(built[0]));

        // -Dbench.outputs.only=open-data: only the outputs whose name contains it (a quicker run of one output's rows)
        String only = System.getProperty("bench.outputs.only");
        if (only != null && !only.isBlank()) {
            outputs.keySet().removeIf(name -> !name.contains(only));
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "load average at the start: %s", Files.readString(Path.of("/proc/loadavg")).strip()));
        lines.add(String.format(Locale.ROOT, "Outputs, one partnership of %,d activities (%,d in %d-%02d, %,d in other"
                + " years, %d undated; each with VOiCE texts, a purpose, communities, methods, one approved assessment"
                + " and two feedback responses), generated in %.1f s; %d warm-up and %d measured runs", activities,
                IN_YEAR, year, (year + 1) % 100, OTHER_YEARS, OutputsScaleData.UNDATED, generated, WARM_UP, RUNS));
        lines.add(String.format(Locale.ROOT, "%-42s %10s %10s %10s %11s %14s %10s", "output", "median ms", "max ms",
                "cpu ms", "statements", "per activity", "rows read"));
        AsUser.run(g.lead(), () -> {
            shown[0] = reports.report(p, year, PlanScope.CURRENT);
            shown[1] = statements.preview(plan);
            for (int i = 0; i < WARM_UP; i++) {
                outputs.values().forEach(Supplier::get);
            }
            Map<String, double[]> times = new LinkedHashMap<>();
            // the calling thread's processor time: what other work on the machine changes least (the database server's
            // own time is not in it)
            Map<String, double[]> cpu = new LinkedHashMap<>();
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            Map<String, StatementCounter.Measured<Object>> counts = new LinkedHashMap<>();
            for (int run = 0; run < RUNS; run++) {
                for (Map.Entry<String, Supplier<Object>> e : outputs.entrySet()) {
                    long c0 = threads.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    StatementCounter.Measured<Object> counted = StatementCounter.measure(e.getValue());
                    times.computeIfAbsent(e.getKey(), k -> new double[RUNS])[run] = (System.nanoTime() - t0) / 1e6;
                    cpu.computeIfAbsent(e.getKey(), k -> new double[RUNS])[run] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                    counts.put(e.getKey(), counted);
                }
            }
            times.forEach((name, ms) -> {
                double[] sorted = ms.clone();
                Arrays.sort(sorted);
                double[] processor = cpu.get(name).clone();
                Arrays.sort(processor);
                StatementCounter.Measured<Object> c = counts.get(name);
                lines.add(String.format(Locale.ROOT, "%-42s %10.1f %10.1f %10.1f %11d %14.4f %10d", name, sorted[RUNS / 2],
                        sorted[RUNS - 1], processor[RUNS / 2], c.statements(), (double) c.statements() / activities,
                        c.rows()));
            });
            // before issue 16 every output loaded the plan's activities like this (once for each use)
            long t0 = System.nanoTime();
            StatementCounter.Measured<Object> before = StatementCounter.measure(() -> activityRepository.findAllByPlanId(plan,
                    PageRequest.of(0, Integer.MAX_VALUE, Sort.by("id"))));
            double ms = (System.nanoTime() - t0) / 1e6;
            lines.add(String.format(Locale.ROOT, "%-42s %10.1f %10s %10s %11d %14.4f %10d",
                    "baseline: activities via repository", ms, "(1 run)", "", before.statements(),
                    (double) before.statements() / activities, before.rows()));
            assertThat(((List<?>) before.value())).hasSize(activities);
        });
        lines.add(String.format(Locale.ROOT, "load average at the end: %s", Files.readString(Path.of("/proc/loadavg")).strip()));
        Path report = Path.of("target", "benchmarks", "outputs.txt");
        Files.createDirectories(report.getParent());
        // the 10,000-activity documents, to look at (pdftoppm)
        Files.write(report.resolveSibling("outputs-annual-report.pdf"), AsUser.call(g.lead(),
                () -> exports.annualReport(p, year, OutputFormat.PDF)));
        Files.write(report.resolveSibling("outputs-statement.pdf"), AsUser.call(g.lead(),
                () -> exports.statementPreview(plan, OutputFormat.PDF)));
        OutputDocument statement = AsUser.call(g.lead(), () -> statements.preview(plan));
        Files.write(report.resolveSibling("outputs-statement-as-before.pdf"), renderedAsBefore(statement));
        Files.write(report.resolveSibling("outputs-statement-as-at-1147.pdf"), renderedAsThisMorning(statement));
        Files.write(report.resolveSibling("outputs-statement-as-at-1430.pdf"), renderedAsThisAfternoon(statement));
        // the same document, to render outside this JVM (docs/benchmarks.md, "2026-12-06 (evening)")
        Files.writeString(report.resolveSibling("outputs-statement.json"), DocumentJson.write(statement));
        OutputDocument before = AsUser.call(g.lead(), () -> statementFromWholeActivities(plan, statement.date()));
        assertThat(before).as("the statement read from summaries is the one read whole").isEqualTo(statement);
        Files.write(report, lines);
        lines.forEach(System.out::println);
    }
}
