package org.cjengage.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which plan is a partnership's current plan (docs/plan.md). */
class CurrentPlanRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    static ActionPlan plan(long id, String start, String end) {
        return new ActionPlan(id, 1L, "Plan " + id, null, LocalDate.parse(start), LocalDate.parse(end), 0, null, null);
    }

    final ActionPlan past = plan(1, "2022-04-01", "2025-03-31");
    final ActionPlan running = plan(2, "2025-04-01", "2028-03-31");
    final ActionPlan future = plan(3, "2028-04-01", "2031-03-31");

    @Test
    void theCurrentPlanIsTheOneWhosePeriodContainsTodayEvenWhenACopyForTheNextPeriodExists() {
        assertThat(CurrentPlanRule.choose(List.of(future, running, past), null, TODAY)).contains(running);
    }

    @Test
    void aPeriodContainsItsFirstAndLastDay() {
        assertThat(CurrentPlanRule.choose(List.of(past, running), null, LocalDate.of(2025, 4, 1))).contains(running);
        assertThat(CurrentPlanRule.choose(List.of(past, running), null, LocalDate.of(2025, 3, 31))).contains(past);
    }

    @Test
    void whenPeriodsOverlapTheLatestStartedOfThoseContainingTodayIsCurrent() {
        ActionPlan refresh = plan(4, "2026-04-01", "2029-03-31");

        assertThat(CurrentPlanRule.choose(List.of(running, refresh, future), null, TODAY)).contains(refresh);
    }

    @Test
    void whenNoPeriodContainsTodayTheLatestThatHasStartedIsCurrent() {
        ActionPlan older = plan(5, "2019-04-01", "2022-03-31");

        assertThat(CurrentPlanRule.choose(List.of(older, past, future), null, TODAY)).contains(past);
    }

    @Test
    void whenEveryPlanLiesInTheFutureTheOneStartingSoonestIsCurrent() {
        ActionPlan later = plan(6, "2031-04-01", "2034-03-31");

        assertThat(CurrentPlanRule.choose(List.of(later, future), null, TODAY)).contains(future);
    }

    @Test
    void aPlanALeadPinnedIsCurrentWhateverTheDates() {
        assertThat(CurrentPlanRule.choose(List.of(past, running, future), future.id(), TODAY)).contains(future);
        assertThat(CurrentPlanRule.choose(List.of(past, running, future), past.id(), TODAY)).contains(past);
    }

    @Test
    void aPinToAPlanThatNoLongerExistsIsIgnoredAndTheDatesDecide() {
        assertThat(CurrentPlanRule.choose(List.of(past, running), 99L, TODAY)).contains(running);
    }

    @Test
    void aPartnershipWithoutPlansHasNoCurrentPlan() {
        assertThat(CurrentPlanRule.choose(List.of(), null, TODAY)).isEmpty();
        assertThat(CurrentPlanRule.choose(List.of(), 7L, TODAY)).isEmpty();
    }
}
