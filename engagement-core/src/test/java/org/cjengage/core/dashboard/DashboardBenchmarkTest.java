package org.cjengage.core.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

import javax.sql.DataSource;

import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Dashboard build times at national scale, against the best hand-written SQL for the same figures on the
 * same data in the same run. Run with {@code ./cj bench}; prints a table (and writes it to
 * target/benchmark-dashboard.txt). Figures, not pass/fail timings: the only assertions check that the
 * service and the SQL saw the same data.
 */
@Tag("benchmark")
@SpringBootTest(classes = CoreTestApplication.class)
class DashboardBenchmarkTest {

    private static final int PARTNERSHIPS = 32;
    private static final int ACTIVITIES = 500;
    private static final int RUNS = 50;
    private static final int WARM_UP = 20;

    @Autowired DashboardService service;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired TestData data;

    @Test
    void dashboardBuildTimesAtNationalScale() throws IOException {
        LocalDate today = service.today();
        long started = System.nanoTime();
        var generated = new NationalScaleData(jdbc).generate(PARTNERSHIPS, ACTIVITIES, today);
        double generateSeconds = (System.nanoTime() - started) / 1e9;
        List<Long> ids = generated.stream().map(NationalScaleData.GeneratedPartnership::partnershipId).toList();
        List<EngagementPrincipal> partners = ids.stream().map(id -> data.user(Role.PARTNER, id)).toList();
        EngagementPrincipal national = data.user(Role.NATIONAL_VIEWER, null);

        // Interleaved: run i of every variant happens back to back, so load from other processes hits all alike.
        List<IntConsumer> variants = List.of(
                i -> AsUser.call(partners.get(i % PARTNERSHIPS), () -> service.partnership(ids.get(i % PARTNERSHIPS),
                        DashboardFilter.NONE)),
                i -> AsUser.call(national, () -> service.national(DashboardFilter.NONE)),
                i -> sql(ids.get(i % PARTNERSHIPS), today, true),
                i -> sql(ids.get(i % PARTNERSHIPS), today, false),
                i -> sql(null, today, true),
                i -> sql(null, today, false));
        double[][] times = time(variants);
        double[] partnership = times[0];
        double[] nationalRollUp = times[1];
        double[] sqlPartnershipCombined = times[2];
        double[] sqlPartnershipPerFigure = times[3];
        double[] sqlNationalCombined = times[4];
        double[] sqlNationalPerFigure = times[5];

        var check = AsUser.call(national, () -> service.national(DashboardFilter.NONE));
        assertThat(check.comparison()).hasSizeGreaterThanOrEqualTo(PARTNERSHIPS);

        double[] bestPartnership = median(sqlPartnershipCombined) <= median(sqlPartnershipPerFigure)
                ? sqlPartnershipCombined : sqlPartnershipPerFigure;
        double[] bestNational = median(sqlNationalCombined) <= median(sqlNationalPerFigure)
                ? sqlNationalCombined : sqlNationalPerFigure;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nDashboards benchmark: %d partnerships x %d activities (%d activities, "
                + "generated in %.1f s), %d runs after %d warm-up runs, times in ms%n", PARTNERSHIPS, ACTIVITIES,
                PARTNERSHIPS * ACTIVITIES, generateSeconds, RUNS, WARM_UP));
        out.append(String.format(Locale.ROOT, "%-46s %8s %8s%n", "what", "median", "p95"));
        row(out, "partnership dashboard (service, as PARTNER)", partnership);
        row(out, "  hand-written SQL, 3 combined aggregates", sqlPartnershipCombined);
        row(out, "  hand-written SQL, 7 per-figure aggregates", sqlPartnershipPerFigure);
        row(out, "national roll-up (service, NATIONAL_VIEWER)", nationalRollUp);
        row(out, "  hand-written SQL, 3 combined aggregates", sqlNationalCombined);
        row(out, "  hand-written SQL, 7 per-figure aggregates", sqlNationalPerFigure);
        out.append(String.format(Locale.ROOT, "ratio service / best SQL, partnership: median %.2f, p95 %.2f%n",
                median(partnership) / median(bestPartnership), p95(partnership) / p95(bestPartnership)));
        out.append(String.format(Locale.ROOT, "ratio service / best SQL, national:    median %.2f, p95 %.2f%n",
                median(nationalRollUp) / median(bestNational), p95(nationalRollUp) / p95(bestNational)));
        out.append("targets: partnership p95 < 150 ms, national p95 < 500 ms, ratio < 2\n");
        out.append("machine: " + Runtime.getRuntime().availableProcessors() + " cores, load average at the end "
                + Files.readString(Path.of("/proc/loadavg")).trim() + "\n");
        PrintStream console = System.out;
        console.print(out);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "benchmark-dashboard.txt"), out.toString());
    }

    private static double[][] time(List<IntConsumer> variants) {
        for (int i = 0; i < WARM_UP; i++) {
            for (IntConsumer v : variants) {
                v.accept(i);
            }
        }
        double[][] ms = new double[variants.size()][RUNS];
        for (int i = 0; i < RUNS; i++) {
            for (int v = 0; v < variants.size(); v++) {
                long t = System.nanoTime();
                variants.get(v).accept(i);
                ms[v][i] = (System.nanoTime() - t) / 1e6;
            }
        }
        return ms;
    }

    /** Which '?' of the RAG CASE (the first placeholders of a query using it) is the due-soon date. */
    private static final int DUE_SOON_POSITION = placeholderPosition(Rag.SQL_CASE, ":dueSoonUntil");

    private static int placeholderPosition(String sql, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(":(today|dueSoonUntil)").matcher(sql);
        for (int position = 1; m.find(); position++) {
            if (m.group().equals(name)) {
                return position;
            }
        }
        throw new IllegalStateException(name + " not in " + sql);
    }

    /** The same figures as the service, by hand: either its three combined aggregates or one query per figure. */
    private void sql(Long partnershipId, LocalDate today, boolean combined) {
        String where = partnershipId == null ? "1 = 1" : "a.partnership_id = " + partnershipId;
        String rag = Rag.SQL_CASE.replace(":today", "?").replace(":dueSoonUntil", "?");
        String overdue = "SELECT a.id, a.plan_id, a.partnership_id, p.name, a.description, a.planned_end, a.status, "
                + "a.stage_code, a.lead_person FROM engagement_activity a JOIN partnership p ON p.id = a.partnership_id "
                + "WHERE " + where + " AND a.status <> 'COMPLETE' AND a.planned_end < ? ORDER BY a.planned_end, a.id LIMIT 50";
        String coverage = "SELECT a.partnership_id, c.community_code, a.level_code, COUNT(*) FROM engagement_activity a "
                + "JOIN activity_community c ON c.activity_id = a.id WHERE " + where
                + " GROUP BY a.partnership_id, c.community_code, a.level_code";
        List<String> queries = new ArrayList<>();
        if (combined) {
            queries.add("SELECT a.partnership_id, a.status, a.level_code, a.stage_code, " + rag + " AS rag, COUNT(*) "
                    + "FROM engagement_activity a WHERE " + where
                    + " GROUP BY a.partnership_id, a.status, a.level_code, a.stage_code, rag");
        } else {
            queries.add("SELECT a.partnership_id, a.status, COUNT(*) FROM engagement_activity a WHERE " + where
                    + " GROUP BY a.partnership_id, a.status");
            queries.add("SELECT a.partnership_id, " + rag + " AS rag, COUNT(*) FROM engagement_activity a WHERE " + where
                    + " GROUP BY a.partnership_id, rag");
            queries.add("SELECT a.partnership_id, a.level_code, COUNT(*) FROM engagement_activity a WHERE " + where
                    + " GROUP BY a.partnership_id, a.level_code");
            queries.add("SELECT a.partnership_id, a.stage_code, COUNT(*) FROM engagement_activity a WHERE " + where
                    + " GROUP BY a.partnership_id, a.stage_code");
            queries.add("SELECT a.partnership_id, COUNT(*) FROM engagement_activity a WHERE " + where
                    + " AND a.stage_code = 'REVIEW' AND a.status <> 'COMPLETE' AND a.planned_end < ?"
                    + " GROUP BY a.partnership_id");
        }
        queries.add(coverage);
        queries.add(overdue);
        try (Connection c = dataSource.getConnection()) {
            c.setReadOnly(true);
            for (String q : queries) {
                try (PreparedStatement ps = c.prepareStatement(q)) {
                    int n = (int) q.chars().filter(ch -> ch == '?').count();
                    for (int i = 1; i <= n; i++) {
                        boolean amberUntil = q.contains("AS rag") && i == DUE_SOON_POSITION;
                        ps.setDate(i, Date.valueOf(amberUntil ? today.plusDays(Rag.AMBER_WINDOW_DAYS) : today));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int i = 1; i <= columns; i++) {
                                rs.getObject(i);
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void row(StringBuilder out, String what, double[] ms) {
        out.append(String.format(Locale.ROOT, "%-46s %8.1f %8.1f%n", what, median(ms), p95(ms)));
    }

    private static double median(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return (s[(s.length - 1) / 2] + s[s.length / 2]) / 2;
    }

    private static double p95(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return s[(int) Math.ceil(0.95 * s.length) - 1];
    }
}
