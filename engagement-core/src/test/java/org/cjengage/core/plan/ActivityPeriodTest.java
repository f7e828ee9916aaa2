package org.cjengage.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.cjengage.core.outputs.AnnualReportBuilder;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The period rule in SQL ({@link ActivityPeriod}, what the annual report reads) picks exactly the activities the
 * rule in Java ({@link AnnualReportBuilder#inPeriod}) does, for every combination of missing, early, inside, late
 * and out-of-order planned and actual dates; and the set-based reading gives the same activities as the page-wise one.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class ActivityPeriodTest {

    static final LocalDate FROM = LocalDate.of(2025, 4, 1);
    static final LocalDate TO = LocalDate.of(2026, 3, 31);
    /** No date, before the year, its first day, inside, its last day, after it. */
    static final LocalDate[] DATES = {null, LocalDate.of(2024, 6, 1), FROM, LocalDate.of(2025, 9, 1), TO,
            LocalDate.of(2026, 8, 1)};

    @Autowired PlanService plans;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void theSqlRulePicksTheSameActivitiesAsTheJavaRuleForEveryCombinationOfDates() {
        Partnership partnership = data.partnership();
        ActionPlan plan = data.plan(partnership.id());
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        int combinations = (int) Math.pow(DATES.length, 4);
        List<ActivityDraft> drafts = new ArrayList<>();
        for (int i = 0; i < combinations; i++) {
            drafts.add(new ActivityDraft("Dates " + i, "INFORM", Set.of("VICTIMS"), Set.of(), PlanStatus.NOT_STARTED,
                    null, Set.of(), Set.of(), null, null, null, null, null));
        }
        List<Long> ids = AsUser.call(lead, () -> plans.addActivities(plan.id(), drafts));
        // any combination, also those the form refuses (an end before its start), straight into the table
        List<Object[]> dates = new ArrayList<>();
        for (int i = 0; i < combinations; i++) {
            dates.add(new Object[] {DATES[i % 6], DATES[i / 6 % 6], DATES[i / 36 % 6], DATES[i / 216 % 6], ids.get(i)});
        }
        jdbc.batchUpdate("UPDATE engagement_activity SET planned_start = ?, planned_end = ?, actual_start = ?,"
                + " actual_end = ? WHERE id = ?", dates);

        List<EngagementActivity> all = AsUser.call(lead, () -> plans.activities(plan.id(), 0, Integer.MAX_VALUE));
        List<Long> inYear = AsUser.call(lead, () -> plans.activitiesInPeriod(partnership.id(), List.of(plan.id()), FROM, TO))
                .stream().map(EngagementActivity::id).toList();
        long undated = AsUser.call(lead, () -> plans.countUndatedActivities(partnership.id(), List.of(plan.id())));

        assertThat(all).hasSize(combinations);
        assertThat(inYear).isNotEmpty().hasSizeLessThan(combinations)
                .isEqualTo(all.stream().filter(a -> AnnualReportBuilder.inPeriod(a, FROM, TO)).map(EngagementActivity::id).toList());
        assertThat(undated).isEqualTo(all.stream().filter(a -> a.plannedStart() == null && a.plannedEnd() == null
                && a.actualStart() == null).count()).isEqualTo(DATES.length);
    }

    @Test
    void readingAllActivitiesAtOnceGivesWhatTheRepositoryGivesOneByOne() {
        Partnership partnership = data.partnership();
        ActionPlan plan = data.plan(partnership.id());
        ActionPlan other = data.plan(partnership.id());
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        List<Long> ids = AsUser.call(lead, () -> {
            List<Long> made = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                made.add(plans.createActivity(i % 2 == 0 ? plan.id() : other.id(), new ActivityDraft("Activity " + i,
                        "CONSULT", Set.of("VICTIMS", "THIRD_SECTOR"), Set.of("AGE"), PlanStatus.IN_PROGRESS, "Lead " + i,
                        Set.of(new ActivityPurpose("PARTICIPATION", "Residents", "Hub", null, null)),
                        Set.of("FACE_TO_FACE", "QUESTIONNAIRE"), "PLAN", FROM, TO, null, null,
                        new VoiceCycle("Issue", null, null, null, null, null, null, null, null, null, 12, null,
                                "You said", "We did"))).id());
            }
            return made;
        });

        List<EngagementActivity> atOnce = AsUser.call(lead, () -> plans.activitiesOfPlans(partnership.id(),
                List.of(plan.id(), other.id())));
        List<EngagementActivity> oneByOne = AsUser.call(lead, () -> ids.stream().map(plans::activity).toList());
        List<EngagementActivity> page = AsUser.call(lead, () -> plans.activities(plan.id(), 1, 2));

        assertThat(atOnce).usingRecursiveComparison().isEqualTo(oneByOne);
        assertThat(page).extracting(EngagementActivity::id).containsExactly(ids.get(2), ids.get(4));
        assertThat(Arrays.asList(page.getFirst().communityCodes().toArray())).containsExactlyInAnyOrder("VICTIMS",
                "THIRD_SECTOR");
        assertThat(AsUser.call(lead, () -> plans.activitiesOfPlans(partnership.id(), List.of(data.plan(data.partnership().id()).id()))))
                .as("a plan of another partnership gives nothing").isEmpty();
    }

    @Test
    void theStatementsSummariesGiveWhatTheWholeActivitiesGiveInOneQuery() {
        // Given activities with and without methods, stage and people who took part, in two plans
        Partnership partnership = data.partnership();
        ActionPlan plan = data.plan(partnership.id());
        ActionPlan other = data.plan(partnership.id());
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        AsUser.run(lead, () -> {
            for (int i = 0; i < 6; i++) {
                plans.createActivity(i % 3 == 2 ? other.id() : plan.id(), new ActivityDraft("Activity, number " + i,
                        i % 2 == 0 ? "CONSULT" : "ENGAGE", i % 2 == 0 ? Set.of("VICTIMS", "THIRD_SECTOR") : Set.of("VICTIMS"),
                        Set.of("AGE"), PlanStatus.IN_PROGRESS, null, Set.of(),
                        i == 1 ? Set.of() : Set.of("FACE_TO_FACE", "QUESTIONNAIRE"), i % 2 == 0 ? "PLAN" : null, FROM, TO,
                        null, null, new VoiceCycle("Issue", null, null, null, null, null, null, null, null, null,
                        i == 3 ? null : 10 + i, null, "You said", "We did")));
            }
        });

        // When the statement's summaries are read
        org.cjengage.core.testsupport.StatementCounter.Measured<List<ActivitySummary>> read = AsUser.call(lead,
                () -> org.cjengage.core.testsupport.StatementCounter.measure(
                        () -> plans.activitySummaries(partnership.id(), List.of(plan.id()))));

        // Then they are the plan's whole activities summarised, in id order, read with one query
        List<ActivitySummary> expected = AsUser.call(lead, () -> plans.activitiesOfPlans(partnership.id(),
                List.of(plan.id()))).stream().map(ActivitySummary::of).toList();
        assertThat(read.value()).hasSize(4).isEqualTo(expected);
        assertThat(read.value()).filteredOn(a -> a.methodCodes().isEmpty()).hasSize(1);
        assertThat(read.value()).filteredOn(a -> a.participants() == null).hasSize(1);
        assertThat(read.counts().statements()).as("the activities with their communities and methods: one query")
                .filteredOn(sql -> sql.contains("engagement_activity")).hasSize(1);
        assertThat(AsUser.call(lead, () -> plans.activitySummaries(partnership.id(),
                List.of(data.plan(data.partnership().id()).id())))).as("a plan of another partnership gives nothing").isEmpty();
    }
}
