package org.cjengage.ui.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.communication.UidlWriter;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.demo.DemoUsers;
import org.cjengage.core.plan.ActivityQuery;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Membership;
import org.cjengage.core.security.UserRepository;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.ui.outputs.StatementView;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The server's processor time to build the pages of the load test's visit, one at a time and without a browser
 * (docs/benchmarks.md, "Building the pages"): on the demo partnership, as its lead, from the plan grid: the first
 * activity opened and saved, the dashboard, the participation statement. Each step also writes the answer the
 * browser would get (Vaadin's UIDL JSON). Printed per step: the thread's processor time (median and 90th percentile
 * of {@value #BUILDS} visits after {@value #WARM_UP} to warm up), the page's elements and the answer's size.
 * {@code -Dpages.profile=file.jfr} also writes a Flight Recorder profile of the visits.
 */
@Tag("benchmark")
@SpringBootTest(classes = EngagementApplication.class)
@ViewPackages(packages = "org.cjengage.ui")
class PageBuildBenchmarkTest extends SpringBrowserlessTest {

    private static final int WARM_UP = 40;
    private static final int BUILDS = 100;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Autowired UserRepository users;
    @Autowired PlanService plans;

    private record Build(long cpuNanos, int elements, int uidlChars) {
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void printsTheProcessorTimeToBuildEachPageOfTheVisit() throws Exception {
        EngagementPrincipal lead = EngagementPrincipal.of(users.findByUsername(DemoUsers.LEAD).orElseThrow());
        long partnershipId = lead.memberships().stream().map(Membership::partnershipId).findFirst().orElseThrow();
        AsUser.signIn(lead);
        long planId = plans.currentPlan(partnershipId).orElseThrow().id();
        long activityId = plans.findActivities(planId, ActivityQuery.ALL, 0, 1).getFirst().id();
        // the partnership chosen in the header, as after signing in
        UI.getCurrent().navigate("dashboard", QueryParameters.of("partnership", String.valueOf(partnershipId)));
        answer();

        // the steps of the load test's visit, in its order; each is timed, the plan grid is where the visit starts
        Map<String, Runnable> steps = new LinkedHashMap<>();
        steps.put("open activity", () -> UI.getCurrent().navigate("activities/" + activityId));
        steps.put("save activity", () -> {
            test($(TextField.class).withLabel("Lead person").single()).setValue("Benchmark lead " + System.nanoTime());
            test($(Button.class).withText("Save").single()).click();
        });
        steps.put("dashboard", () -> UI.getCurrent().navigate("dashboard"));
        steps.put("statement", () -> UI.getCurrent().navigate("statement"));
        Map<String, Build[]> builds = new LinkedHashMap<>();
        steps.keySet().forEach(step -> builds.put(step, new Build[BUILDS]));
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Recording profile = profile();
        for (int i = -WARM_UP; i < BUILDS; i++) {
            UI.getCurrent().navigate("plans");
            answer();
            for (Map.Entry<String, Runnable> step : steps.entrySet()) {
                long start = THREADS.getCurrentThreadCpuTime();
                step.getValue().run();
                int chars = answer();
                long cpu = THREADS.getCurrentThreadCpuTime() - start;
                if (i >= 0) {
                    builds.get(step.getKey())[i] = new Build(cpu, elements(page()), chars);
                }
            }
        }
        if (profile != null) {
            profile.dump(Path.of(System.getProperty("pages.profile")));
            profile.close();
        }

        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nBuilding the pages (demo partnership, %d visits after %d to warm up; load average %.2f before, %.2f "
                        + "after)%n| step | CPU ms median | CPU ms p90 | elements | UIDL kB |%n|---|---|---|---|---|%n",
                BUILDS, WARM_UP, loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        builds.forEach((step, measured) -> out.append(row(step, measured)));
        System.out.print(out);
        assertThat(getCurrentView()).isInstanceOf(StatementView.class);
    }

    /** With {@code -Dpages.profile=file.jfr}: a Flight Recorder profile of the builds, to find where the time goes. */
    private static Recording profile() throws Exception {
        if (System.getProperty("pages.profile") == null) {
            return null;
        }
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.start();
        return recording;
    }

    /** The answer to the browser's request, as the server writes it: its length in characters. */
    private int answer() {
        int chars = new UidlWriter().createUidl(UI.getCurrent(), false).toString().length();
        roundTrip();
        return chars;
    }

    /** The page's outermost element: the main layout with the view in it. */
    private Element page() {
        com.vaadin.flow.component.Component top = (com.vaadin.flow.component.Component) getCurrentView();
        while (top.getParent().isPresent() && !(top.getParent().get() instanceof UI)) {
            top = top.getParent().get();
        }
        return top.getElement();
    }

    private static int elements(Element element) {
        int count = 1;
        for (Element child : element.getChildren().toList()) {
            count += elements(child);
        }
        return count;
    }

    private static String row(String name, Build[] builds) {
        long[] cpu = Arrays.stream(builds).mapToLong(Build::cpuNanos).sorted().toArray();
        Build last = builds[builds.length - 1];
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %d | %.1f |%n", name, cpu[cpu.length / 2] / 1e6,
                cpu[(int) (cpu.length * 0.9)] / 1e6, last.elements(), last.uidlChars() / 1024.0);
    }
}
