package org.cjengage.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.dashboard.DashboardFilter;
import org.cjengage.core.dashboard.DashboardService;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Its own application context, started when this class runs: Spring Security keeps the security context holder
 * strategy in a JVM-wide static, set by the application context started last. A cached context whose strategy has
 * since been replaced by a later test's context would sign the scraper in on one holder and read it from another
 * (one application per JVM in production, so this concerns tests only).
 */
@SpringBootTest(classes = EngagementApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "cjengage.test.context=dashboard-metrics")
class DashboardMetricsTest {

    @LocalServerPort int port;
    @Autowired DashboardService dashboards;
    @Autowired TestData data;
    @Autowired PlanService plans;

    /** Scrapes as Prometheus does: HTTP Basic as a national admin (the endpoint is closed to others, issue 14). */
    private HttpResponse<String> scrape() throws Exception {
        String username = data.user(Role.ADMIN, null).username();
        String basic = java.util.Base64.getEncoder().encodeToString((username + ":" + TestData.PASSWORD)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/prometheus")).header("Authorization", "Basic " + basic)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void dashboardBuildTimesAreExposedForPrometheus() throws Exception {
        Partnership partnership = data.partnership();
        AsUser.run(data.user(Role.PARTNER, partnership.id()),
                () -> dashboards.partnership(partnership.id(), DashboardFilter.NONE));

        HttpResponse<String> response = scrape();

        assertThat(response.statusCode()).as("status (redirected to %s)", response.headers().firstValue("Location")
                .orElse("nowhere")).isEqualTo(200);
        assertThat(response.body()).contains("dashboard_build_seconds_count{scope=\"partnership\"")
                .contains("dashboard_build_seconds_count{scope=\"national\"");
    }

    @Test
    void plannedActivitiesAreCountedForPrometheus() throws Exception {
        Partnership partnership = data.partnership();
        long planId = data.plan(partnership.id()).id();
        AsUser.run(data.user(Role.STRATEGY_LEAD, partnership.id()), () -> plans.createActivity(planId,
                ActivityDraft.of("Counted activity", "ENGAGE", java.util.Set.of("VICTIMS"))));

        HttpResponse<String> response = scrape();

        assertThat(response.body()).containsPattern("activities_planned_total\\{[^}]*level=\"ENGAGE\"[^}]*} [1-9]");
    }
}
