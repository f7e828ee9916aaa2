package org.cjengage.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.DeliveryStatus.Rag;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The grid filters the dashboard links use (rating, no stage, period), in SQL on the real database. */
@SpringBootTest(classes = CoreTestApplication.class)
class PlanFiltersTest {

    @Autowired PlanService service;
    @Autowired TestData data;

    Partnership own;
    EngagementPrincipal lead;
    ActionPlan plan;
    LocalDate today;

    @BeforeEach
    void setUp() {
        own = data.partnership();
        lead = data.user(Role.STRATEGY_LEAD, own.id());
        plan = AsUser.call(lead, () -> service.createPlan(own.id(), new PlanDraft("Plan " + TestData.unique("f"),
                "Communities take part", LocalDate.of(2025, 4, 1), LocalDate.of(2028, 3, 31))));
        today = AsUser.call(lead, () -> service.today());
    }

    @AfterEach
    void tearDown() {
        AsUser.signOut();
    }

    private ActivityDraft draft(String description, PlanStatus status, String stage, LocalDate start, LocalDate end) {
        return new ActivityDraft(description, "CONSULT", Set.of("VICTIMS"), Set.of(), status, "Lead", Set.of(),
                Set.of(), stage, start, end, null, null);
    }

    private List<String> find(ActivityQuery query) {
        return AsUser.call(lead, () -> service.findActivities(plan.id(), query, 0, 500)).stream()
                .map(ActivityRow::description).toList();
    }

    @Test
    void theRatingFilterInSqlAgreesWithDeliveryStatusOnATableOfCases() {
        List<LocalDate> starts = Arrays.asList(null, today.minusDays(10), today.minusDays(1), today,
                today.plusDays(1), today.plusDays(40));
        List<LocalDate> ends = Arrays.asList(null, today.minusDays(1), today, today.plusDays(1),
                today.plusDays(DeliveryStatus.DUE_SOON_DAYS), today.plusDays(DeliveryStatus.DUE_SOON_DAYS + 1),
                today.plusDays(100));
        Map<Rag, List<String>> expected = new HashMap<>();
        Arrays.stream(Rag.values()).forEach(r -> expected.put(r, new ArrayList<>()));
        List<ActivityDraft> drafts = new ArrayList<>();
        for (PlanStatus status : PlanStatus.values()) {
            for (LocalDate start : starts) {
                for (LocalDate end : ends) {
                    if (start != null && end != null && end.isBefore(start)) {
                        continue;
                    }
                    String name = status + " " + start + " " + end;
                    drafts.add(draft(name, status, "PLAN", start, end));
                    expected.get(DeliveryStatus.of(status, start, end, today).rag()).add(name);
                }
            }
        }
        AsUser.run(lead, () -> drafts.forEach(d -> service.createActivity(plan.id(), d)));

        for (Rag rag : Rag.values()) {
            assertThat(expected.get(rag)).as("the case table covers %s", rag).isNotEmpty();
            assertThat(find(ActivityQuery.ALL.withRag(rag))).as("activities rated %s", rag)
                    .containsExactlyInAnyOrderElementsOf(expected.get(rag));
            assertThat(AsUser.call(lead, () -> service.countActivities(plan.id(), ActivityQuery.ALL.withRag(rag))))
                    .isEqualTo(expected.get(rag).size());
        }
    }

    @Test
    void stageNoneFindsOnlyActivitiesWithoutAStage() {
        AsUser.run(lead, () -> {
            service.createActivity(plan.id(), draft("Staged", PlanStatus.IN_PROGRESS, "REVIEW", null, null));
            service.createActivity(plan.id(), draft("Unstaged", PlanStatus.IN_PROGRESS, null, null, null));
        });

        assertThat(find(ActivityQuery.ALL.withStage(ActivityQuery.NO_STAGE))).containsExactly("Unstaged");
        assertThat(find(ActivityQuery.ALL.withStage("REVIEW"))).containsExactly("Staged");
    }

    @Test
    void thePeriodFindsActivitiesWhosePlannedDatesOverlapIt() {
        LocalDate from = LocalDate.of(2026, 4, 1);
        LocalDate to = LocalDate.of(2027, 3, 31);
        AsUser.run(lead, () -> {
            service.createActivity(plan.id(), draft("Before", PlanStatus.COMPLETE, null,
                    LocalDate.of(2025, 5, 1), LocalDate.of(2026, 3, 31)));
            service.createActivity(plan.id(), draft("Ends inside", PlanStatus.COMPLETE, null,
                    LocalDate.of(2025, 5, 1), from));
            service.createActivity(plan.id(), draft("Spans", PlanStatus.IN_PROGRESS, null,
                    LocalDate.of(2025, 5, 1), LocalDate.of(2028, 1, 1)));
            service.createActivity(plan.id(), draft("Starts inside", PlanStatus.NOT_STARTED, null, to,
                    LocalDate.of(2028, 1, 1)));
            service.createActivity(plan.id(), draft("After", PlanStatus.NOT_STARTED, null,
                    LocalDate.of(2027, 4, 1), LocalDate.of(2028, 1, 1)));
            service.createActivity(plan.id(), draft("Undated", PlanStatus.NOT_STARTED, null, null, null));
            service.createActivity(plan.id(), draft("Open end", PlanStatus.IN_PROGRESS, null,
                    LocalDate.of(2025, 5, 1), null));
        });

        assertThat(find(ActivityQuery.ALL.withPeriod(from, to))).containsExactlyInAnyOrder("Ends inside", "Spans",
                "Starts inside", "Undated", "Open end");
        assertThat(find(ActivityQuery.ALL.withPeriod(from, null))).containsExactlyInAnyOrder("Ends inside", "Spans",
                "Starts inside", "After", "Undated", "Open end");
        assertThat(find(ActivityQuery.ALL.withPeriod(null, to))).containsExactlyInAnyOrder("Before", "Ends inside",
                "Spans", "Starts inside", "Undated", "Open end");
        assertThat(find(ActivityQuery.ALL.withPeriod(from, to).withRag(Rag.NONE)))
                .containsExactlyInAnyOrder("Undated", "Open end");
    }
}
