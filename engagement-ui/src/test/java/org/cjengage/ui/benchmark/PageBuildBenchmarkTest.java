package org.cjengage.ui.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import org.cjengage.ui.plan.ActivityView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The server's processor time to build the pages the load test opens, one at a time and without a browser
 * (docs/benchmarks.md, "Building the pages"): the demo lead's activity page (opened and saved), dashboard and
 * participation statement, on the demo partnership. Each build navigates from an empty page (so the view is made
 * afresh, as when a person comes from the plan grid) and writes the answer the browser would get (Vaadin's UIDL
 * JSON); the figures are the thread's processor time per build (median and 90th percentile of {@value #BUILDS}
 * builds after {@value #WARM_UP} to warm up), the elements the page has and the answer's size.
 */
@Tag("benchmark")
@SpringBootTest(classes = EngagementApplication.class)
@ViewPackages(packages = "org.cjengage.ui")
class PageBuildBenchmarkTest extends SpringBrowserlessTest {

    private static final int WARM_UP = 40;
    private static final int BUILDS = 60;
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
    void printsTheProcessorTimeToBuildEachPageOfTheVisit() {
        EngagementPrincipal lead = EngagementPrincipal.of(users.findByUsername(DemoUsers.LEAD).orElseThrow());
        long partnershipId = lead.memberships().stream().map(Membership::partnershipId).findFirst().orElseThrow();
        AsUser.signIn(lead);
        long planId = plans.currentPlan(partnershipId).orElseThrow().id();
        long activityId = plans.findActivities(planId, ActivityQuery.ALL, 0, 1).getFirst().id();
        UI.getCurrent().navigate("dashboard", QueryParameters.of("partnership", String.valueOf(partnershipId))); // chooses the partnership in the header

        Map<String, Runnable> pages = new LinkedHashMap<>();
        pages.put("open activity", () -> UI.getCurrent().navigate("activities/" + activityId));
        pages.put("dashboard", () -> UI.getCurrent().navigate("dashboard"));
        pages.put("statement", () -> UI.getCurrent().navigate("statement"));

        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nBuilding the pages (demo partnership, %d builds each after %d to warm up; load average %.2f)%n"
                        + "| page | CPU ms median | CPU ms p90 | elements | UIDL kB |%n|---|---|---|---|---|%n",
                BUILDS, WARM_UP, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        pages.forEach((name, open) -> out.append(row(name, measure(open, null))));
        out.append(row("save activity", measure(() -> UI.getCurrent().navigate("activities/" + activityId), () -> {
            test($(TextField.class).withLabel("Lead person").single()).setValue("Benchmark lead " + System.nanoTime());
            test($(Button.class).withText("Save").single()).click();
        })));
        out.append(String.format(Locale.ROOT, "(load average after: %.2f)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        System.out.print(out);
        assertThat(getCurrentView()).isInstanceOf(ActivityView.class);
    }

    /** {@code open} from an empty page, then (when given) {@code act} on it: the part timed is the last of the two. */
    private Build[] measure(Runnable open, Runnable act) {
        Build[] builds = new Build[BUILDS];
        for (int i = -WARM_UP; i < BUILDS; i++) {
            UI.getCurrent().navigate("access-changed");
            answer();
            if (act != null) {
                open.run();
                answer();
            }
            long start = THREADS.getCurrentThreadCpuTime();
            (act == null ? open : act).run();
            int chars = answer();
            long cpu = THREADS.getCurrentThreadCpuTime() - start;
            if (i >= 0) {
                builds[i] = new Build(cpu, elements(page()), chars);
            }
        }
        return builds;
    }

    /** The answer to the browser's request, as the server writes it. */
    private int answer() {
        String uidl = new UidlWriter().createUidl(UI.getCurrent(), false).toString();
        int chars = uidl.length();
        if (System.getProperty("pages.dump") != null) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("pages.dump") + chars + ".json"), uidl);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
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
