package org.cjengage.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.StatementCounter;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Import and export of a 10,000-activity plan on the embedded MariaDB; prints the seconds of each step
 * and writes them to target/benchmarks/plan-import-export.txt. Not part of the normal build (tag
 * "benchmark"); the command is in docs/benchmarks.md.
 */
@Tag("benchmark")
@SpringBootTest(classes = CoreTestApplication.class)
class PlanFileBenchmarkTest {

    static final int ACTIVITIES = 10_000;
    /** Untimed warm-up rounds; -Dbench.warmUp=0 measures the first import after start-up (a cold JVM). */
    static final int WARM_UP = Integer.getInteger("bench.warmUp", 3);

    @Autowired PlanService plans;
    @Autowired PlanTransferService transfer;
    @Autowired StandardsCatalogue standards;
    @Autowired TestData data;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void importAndExportTenThousandActivities() throws Exception {
        Partnership partnership = data.partnership();
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        ActionPlan xlsxPlan = data.plan(partnership.id());
        ActionPlan csvPlan = data.plan(partnership.id());
        PlanFileMapping mapping = new PlanFileMapping(standards);
        List<ActivityDraft> drafts = generate();
        byte[] xlsxIn = PlanFiles.writeXlsx("Plan", mapping.header(), mapping.rows(drafts));
        byte[] csvIn = PlanFiles.writeCsv(mapping.header(), mapping.rows(drafts));

        // Warm-up (class loading, JIT, connection pool) on scratch plans, not timed: a running server is warm.
        List<ActivityDraft> few = drafts.subList(0, 2_000);
        byte[] fewXlsx = PlanFiles.writeXlsx("Plan", mapping.header(), mapping.rows(few));
        byte[] fewCsv = PlanFiles.writeCsv(mapping.header(), mapping.rows(few));
        for (int round = 0; round < WARM_UP; round++) {
            ActionPlan scratch = data.plan(partnership.id());
            AsUser.run(lead, () -> {
                transfer.importFile(scratch.id(), "w.xlsx", fewXlsx);
                transfer.importFile(scratch.id(), "w.csv", fewCsv);
                transfer.exportXlsx(scratch.id());
                transfer.exportCsv(scratch.id());
            });
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Action plan import/export, %d activities (%d KB XLSX, %d KB CSV),"
                + " after %d warm-up rounds", ACTIVITIES, xlsxIn.length / 1024, csvIn.length / 1024, WARM_UP));
        int importedXlsx = AsUser.call(lead, () -> timeImport(lines, "import XLSX", xlsxPlan, "plan.xlsx", xlsxIn));
        int importedCsv = AsUser.call(lead, () -> timeImport(lines, "import CSV ", csvPlan, "plan.csv", csvIn));
        byte[] xlsxOut = AsUser.call(lead, () -> time(lines, "export XLSX", () -> transfer.exportXlsx(xlsxPlan.id())));
        byte[] csvOut = AsUser.call(lead, () -> time(lines, "export CSV ", () -> transfer.exportCsv(xlsxPlan.id())));
        lines.add("Where an import's time goes (the same steps one at a time, on a scratch plan):");
        AsUser.run(lead, () -> {
            phases(lines, "XLSX", data.plan(partnership.id()), "plan.xlsx", xlsxIn);
            phases(lines, "CSV ", data.plan(partnership.id()), "plan.csv", csvIn);
        });

        Path report = Path.of("target", "benchmarks", "plan-import-export.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, lines);
        lines.forEach(System.out::println);
        assertThat(importedXlsx).isEqualTo(ACTIVITIES);
        assertThat(importedCsv).isEqualTo(ACTIVITIES);
        assertThat(mapping.parse(PlanFiles.read("out.csv", csvOut)).drafts()).hasSize(ACTIVITIES);
        assertThat(xlsxOut.length).isPositive();
    }

    /** The whole import as a person starts it, with the statements it sends to the database. */
    private int timeImport(List<String> lines, String step, ActionPlan plan, String name, byte[] file) {
        long start = System.nanoTime();
        StatementCounter.Measured<Integer> run = StatementCounter.measure(() -> transfer.importFile(plan.id(), name, file));
        lines.add(String.format(Locale.ROOT, "%s: %.2f s, %d statements (%d inserts)", step,
                (System.nanoTime() - start) / 1e9, run.counts().total(), run.counts().startingWith("INSERT")));
        return run.result();
    }

    /** Parse (file to cells), validate (layout and every row checked into drafts), write (insert and audit). */
    private void phases(List<String> lines, String format, ActionPlan plan, String name, byte[] file) {
        PlanFileMapping mapping = new PlanFileMapping(standards);
        long t0 = System.nanoTime();
        List<PlanFiles.Table> sheets;
        try {
            sheets = PlanFiles.sheets(name, file);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        long t1 = System.nanoTime();
        List<List<String>> rows = sheets.getFirst().rows();
        ImportResult result = mapping.parse(rows, mapping.layout(rows, 0, java.util.Map.of()));
        long t2 = System.nanoTime();
        StatementCounter.Counts written = StatementCounter.count(() -> transactions.executeWithoutResult(
                t -> plans.addAll(plan, result.drafts())));
        long t3 = System.nanoTime();
        lines.add(String.format(Locale.ROOT, "  %s parse %.2f s, validate %.2f s, write %.2f s (%d statements,"
                + " %.2f s of it executing them)", format, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
                written.total(), written.executeSeconds()));
    }

    private static <T> T time(List<String> lines, String step, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        lines.add(String.format(Locale.ROOT, "%s: %.2f s", step, (System.nanoTime() - start) / 1e9));
        return result;
    }

    private static List<ActivityDraft> generate() {
        String[] levels = {"INFORM", "CONSULT", "ENGAGE"};
        String[] communities = {"PEOPLE_WITH_CONVICTIONS", "AFFECTED_COMMUNITIES", "VICTIMS", "THIRD_SECTOR",
                "PUBLIC_SECTOR", "COMMUNITIES_OF_INTEREST"};
        String[] stages = {"ANALYSE", "PLAN", "DELIVER", "REVIEW"};
        List<ActivityDraft> drafts = new ArrayList<>(ACTIVITIES);
        LocalDate start = LocalDate.of(2026, 4, 1);
        for (int i = 0; i < ACTIVITIES; i++) {
            LocalDate planned = start.plusDays(i % 900);
            drafts.add(new ActivityDraft("Engagement activity number " + i + " with local people and partners",
                    levels[i % 3], Set.of(communities[i % 6], communities[(i + 2) % 6]), Set.of("AGE"),
                    PlanStatus.values()[i % 3], "Lead officer " + (i % 40),
                    Set.of(new ActivityPurpose("PARTICIPATION", "Residents of area " + (i % 12), "Community hub", null,
                            null)), Set.of("FACE_TO_FACE", "QUESTIONNAIRE"), stages[i % 4], planned,
                    planned.plusMonths(3), null, null,
                    new VoiceCycle("Issue " + i, null, null, null, "Outcome " + i, null, null, null, null, null,
                            i % 50, null, null, null)));
        }
        return drafts;
    }
}
