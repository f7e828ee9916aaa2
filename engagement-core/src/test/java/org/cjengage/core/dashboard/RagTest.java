package org.cjengage.core.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.cjengage.core.plan.PlanStatus;
import org.junit.jupiter.api.Test;

/** The dashboard rates activities exactly as the action plan does (DeliveryStatus); SQL agreement is in DashboardServiceTest. */
class RagTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void completeIsGreenEvenWhenLate() {
        assertThat(Rag.of(PlanStatus.COMPLETE, TODAY.minusYears(1), TODAY.minusMonths(6), TODAY)).isEqualTo(Rag.GREEN);
    }

    @Test
    void notCompleteAfterThePlannedEndIsRed() {
        assertThat(Rag.of(PlanStatus.IN_PROGRESS, null, TODAY.minusDays(1), TODAY)).isEqualTo(Rag.RED);
        assertThat(Rag.of(PlanStatus.NOT_STARTED, null, TODAY.minusDays(1), TODAY)).isEqualTo(Rag.RED);
    }

    @Test
    void notStartedAndDueWithinThirtyDaysIsAmberButWorkInProgressIsNot() {
        assertThat(Rag.of(PlanStatus.NOT_STARTED, null, TODAY, TODAY)).isEqualTo(Rag.AMBER);
        assertThat(Rag.of(PlanStatus.NOT_STARTED, null, TODAY.plusDays(30), TODAY)).isEqualTo(Rag.AMBER);
        assertThat(Rag.of(PlanStatus.NOT_STARTED, null, TODAY.plusDays(31), TODAY)).isEqualTo(Rag.GREEN);
        assertThat(Rag.of(PlanStatus.IN_PROGRESS, null, TODAY.plusDays(10), TODAY)).isEqualTo(Rag.GREEN);
    }

    @Test
    void notStartedAfterThePlannedStartIsAmber() {
        assertThat(Rag.of(PlanStatus.NOT_STARTED, TODAY.minusDays(1), TODAY.plusYears(1), TODAY)).isEqualTo(Rag.AMBER);
        assertThat(Rag.of(PlanStatus.IN_PROGRESS, TODAY.minusDays(1), TODAY.plusYears(1), TODAY)).isEqualTo(Rag.GREEN);
        assertThat(Rag.of(PlanStatus.NOT_STARTED, TODAY, TODAY.plusYears(1), TODAY)).isEqualTo(Rag.GREEN);
    }

    @Test
    void anActivityWithoutAPlannedEndIsNotRated() {
        assertThat(Rag.of(PlanStatus.NOT_STARTED, null, null, TODAY)).isEqualTo(Rag.NONE);
        assertThat(Rag.of(PlanStatus.IN_PROGRESS, TODAY.minusDays(3), null, TODAY)).isEqualTo(Rag.NONE);
        assertThat(Rag.of(PlanStatus.NOT_STARTED, TODAY.minusDays(3), null, TODAY)).isEqualTo(Rag.AMBER);
    }
}
