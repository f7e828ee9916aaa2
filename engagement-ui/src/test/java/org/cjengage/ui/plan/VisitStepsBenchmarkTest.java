package org.cjengage.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.UI;

import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.StatementCounter;
import org.cjengage.ui.outputs.StatementView;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The server's processor time and database statements per step of the load test's visit (docs/benchmarks.md,
 * "processor time of the activity and statement steps"), the visit of {@link LoadTestVisit} (the same steps as
 * {@link VisitStatementsTest}) repeated in-process: {@value #WARM_UP} visits to warm up, then {@value #VISITS}
 * measured; the steps of one visit run one after another, so every step sees the machine as the others do. Each step
 * is one request of the browser, as in {@link VisitStatementsTest}: the sign-in read once per request, the work, the
 * round trip. Printed per step: the median and 90th percentile of the test thread's processor time (ThreadMXBean) and
 * the median number of statements; also written to target/benchmarks/visit-steps.txt, and the statements of the last
 * visit's steps to visit-steps-statements.txt.
 * <p>
 * A proxy, not the load test: without a browser Vaadin does not encode its answer as JSON, and there is no HTTP,
 * Spring Security filter chain or session locking, so the figures are lower than the load test's processor time per
 * step; they show what the views and services cost. The saved activity's change history grows by one entry a visit,
 * as in the load test. {@code -Dvisit.profile=file.jfr} also writes a Flight Recorder profile of the measured visits.
 * Not part of the normal build (tag "benchmark"): {@code mvn -B -pl engagement-ui -am test -Pbenchmark
 * -Dtest=VisitStepsBenchmarkTest}.
 */
@Tag("benchmark")
class VisitStepsBenchmarkTest extends LoadTestVisit {

    static final int WARM_UP = 40;
    static final int VISITS = 100;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Autowired AccessGuard access;

    private record Step(long cpuNanos, int statements, List<String> sql) {
    }

    @AfterEach
    void signOut() {
        RequestContextHolder.resetRequestAttributes();
        AsUser.signOut();
    }

    @Test
    void printsTheProcessorTimeAndStatementsOfEachStep() throws Exception {
        signedInLeadWithPlan();
        UI.getCurrent().navigate("access-changed");
        roundTrip();
        String loadBefore = loadAverage();
        Map<String, List<Step>> measured = new LinkedHashMap<>();
        Recording profile = null;
        for (int i = -WARM_UP; i < VISITS; i++) {
            if (i == 0) {
                profile = profile();
            }
            savedLead = "Benchmark lead " + i;
            Map<String, Step> visit = visit(this::request, grid -> { });
            if (i >= 0) {
                visit.forEach((step, figures) -> measured.computeIfAbsent(step, s -> new ArrayList<>()).add(figures));
            }
        }
        if (profile != null) {
            profile.dump(Path.of(System.getProperty("visit.profile")));
            profile.close();
        }

        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Steps of the load test's visit, in-process (%d visits after %d to warm up; "
                + "30 activities; load average %s before, %s after)", VISITS, WARM_UP, loadBefore, loadAverage()));
        lines.add("| step | CPU ms median | CPU ms p90 | statements |");
        lines.add("|---|---|---|---|");
        measured.forEach((step, figures) -> lines.add(row(step, figures)));
        Path report = Path.of("target", "benchmarks", "visit-steps.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, lines);
        // what the last visit's steps sent, to see which statements could go
        List<String> sent = new ArrayList<>();
        measured.forEach((step, figures) -> {
            sent.add("## " + step);
            sent.addAll(figures.getLast().sql());
        });
        Files.write(report.resolveSibling("visit-steps-statements.txt"), sent);
        lines.forEach(System.out::println);
        assertThat(getCurrentView()).isInstanceOf(StatementView.class);
    }

    /** One request of the browser (as in VisitStatementsTest), measured: the thread's processor time, the statements. */
    private Step request(Runnable work) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        try {
            long start = THREADS.getCurrentThreadCpuTime();
            StatementCounter.Counts counts = StatementCounter.count(() -> {
                access.currentUser();
                work.run();
                roundTrip();
            });
            return new Step(THREADS.getCurrentThreadCpuTime() - start, counts.total(), counts.statements());
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    /** With {@code -Dvisit.profile=file.jfr}: a Flight Recorder profile of the measured visits. */
    private static Recording profile() throws Exception {
        if (System.getProperty("visit.profile") == null) {
            return null;
        }
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        // a sample a millisecond: a step takes 2-20 ms
        recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(1));
        recording.start();
        return recording;
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }

    private static String row(String step, List<Step> figures) {
        long[] cpu = figures.stream().mapToLong(Step::cpuNanos).sorted().toArray();
        int[] statements = figures.stream().mapToInt(Step::statements).sorted().toArray();
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %d |", step, cpu[cpu.length / 2] / 1e6,
                cpu[(int) (cpu.length * 0.9)] / 1e6, statements[statements.length / 2]);
    }
}
