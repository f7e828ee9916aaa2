package org.cjengage.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** What "Copy to a new period" proposes and how activities are carried over (docs/plan.md). */
class PlanCopyTest {

    static final LocalDate OLD_START = LocalDate.of(2025, 4, 1);
    static final LocalDate OLD_END = LocalDate.of(2028, 3, 31);
    static final LocalDate NEW_START = LocalDate.of(2028, 4, 1);
    static final LocalDate NEW_END = LocalDate.of(2031, 3, 31);

    static String proposed(String title) {
        return PlanCopy.proposedTitle(title, OLD_START, OLD_END, NEW_START, NEW_END);
    }

    @Test
    void theOldPeriodsYearsInTheTitleAreReplacedByTheNewOnesWrittenTheSameWay() {
        assertThat(proposed("Engagement plan 2025-2028")).isEqualTo("Engagement plan 2028-2031");
        assertThat(proposed("Engagement plan 2025–28")).isEqualTo("Engagement plan 2028–31");
        assertThat(proposed("CJOIP 2025/28: engagement")).isEqualTo("CJOIP 2028/31: engagement");
        assertThat(proposed("Plan 2025 to 2028")).isEqualTo("Plan 2028 to 2031");
    }

    @Test
    void aTitleNamingOnlyTheStartYearGetsTheNewStartYear() {
        assertThat(proposed("Engagement from 2025")).isEqualTo("Engagement from 2028");
    }

    @Test
    void aTitleWithoutThePeriodsYearsGetsTheNewPeriodAppended() {
        assertThat(proposed("Engagement plan")).isEqualTo("Engagement plan 2028–2031");
        assertThat(proposed("Plan for 1999 and beyond")).isEqualTo("Plan for 1999 and beyond 2028–2031");
        assertThat(proposed("x".repeat(PlanDraft.TITLE_MAX))).hasSize(PlanDraft.TITLE_MAX).endsWith(" 2028–2031");
    }

    @Test
    void theProposedTitleIsNeverTheOldTitle() {
        for (String title : new String[] {"Plan", "Plan 2025-2028", "Plan 2025", "2025–28"}) {
            assertThat(proposed(title)).isNotEqualTo(title);
        }
    }

    static ActivityDraft planned(LocalDate start, LocalDate end) {
        return new ActivityDraft("Forum", "ENGAGE", Set.of("VICTIMS"), Set.of(), PlanStatus.COMPLETE, "Ann", Set.of(),
                Set.of(), null, start, end, start, end);
    }

    @Test
    void shiftedDatesThatWouldFallAfterTheNewPeriodAreKeptInsideIt() {
        // Given a four-year old period copied into a three-year new one: the shift moves late dates past its end
        long shift = ChronoUnit.DAYS.between(LocalDate.of(2024, 4, 1), NEW_START);
        ActivityDraft copy = PlanCopy.forNewPeriod(planned(LocalDate.of(2027, 10, 1), LocalDate.of(2028, 3, 1)), shift,
                NEW_START, NEW_END);

        assertThat(copy.plannedStart()).isEqualTo(NEW_END);
        assertThat(copy.plannedEnd()).isEqualTo(NEW_END);
        assertThat(copy.status()).isEqualTo(PlanStatus.NOT_STARTED);
        assertThat(copy.actualStart()).isNull();
        assertThat(copy.actualEnd()).isNull();
    }

    @Test
    void shiftedDatesBeforeTheNewPeriodMoveToItsStartAndAnEndIsNeverBeforeItsStart() {
        long shift = ChronoUnit.DAYS.between(OLD_START, NEW_START);
        ActivityDraft early = PlanCopy.forNewPeriod(planned(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 1)),
                shift, NEW_START, NEW_END);
        ActivityDraft inverted = PlanCopy.forNewPeriod(planned(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 1)),
                shift, NEW_START, NEW_END);

        assertThat(early.plannedStart()).isEqualTo(NEW_START);
        assertThat(early.plannedEnd()).isEqualTo(LocalDate.of(2028, 6, 1));
        assertThat(inverted.plannedEnd()).isEqualTo(inverted.plannedStart());
    }

    @Test
    void datesInsideTheNewPeriodMoveByTheShiftAndMissingDatesStayMissing() {
        long shift = ChronoUnit.DAYS.between(OLD_START, NEW_START);
        ActivityDraft copy = PlanCopy.forNewPeriod(planned(LocalDate.of(2025, 5, 1), null), shift, NEW_START, NEW_END);

        assertThat(copy.plannedStart()).isEqualTo(LocalDate.of(2028, 5, 1));
        assertThat(copy.plannedEnd()).isNull();
    }
}
