package org.cjengage.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.cjengage.core.plan.DeliveryStatus.Rag;
import org.junit.jupiter.api.Test;

class DeliveryStatusTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Test
    void aCompleteActivityIsGreenEvenWhenItsPlannedEndHasPassed() {
        DeliveryStatus s = DeliveryStatus.of(PlanStatus.COMPLETE, TODAY.minusYears(1), TODAY.minusMonths(6), TODAY);
        assertThat(s).isEqualTo(DeliveryStatus.COMPLETE);
        assertThat(s.rag()).isEqualTo(Rag.GREEN);
    }

    @Test
    void anUnfinishedActivityPastItsPlannedEndIsRedOverdue() {
        assertThat(DeliveryStatus.of(PlanStatus.IN_PROGRESS, null, TODAY.minusDays(1), TODAY))
                .isEqualTo(DeliveryStatus.OVERDUE).extracting(DeliveryStatus::rag).isEqualTo(Rag.RED);
        assertThat(DeliveryStatus.of(PlanStatus.NOT_STARTED, TODAY.minusMonths(2), TODAY.minusDays(1), TODAY))
                .isEqualTo(DeliveryStatus.OVERDUE);
    }

    @Test
    void endingTodayIsNotYetOverdue() {
        assertThat(DeliveryStatus.of(PlanStatus.IN_PROGRESS, TODAY.minusDays(10), TODAY, TODAY))
                .isEqualTo(DeliveryStatus.ON_TRACK);
    }

    @Test
    void notStartedAfterItsPlannedStartIsAmber() {
        assertThat(DeliveryStatus.of(PlanStatus.NOT_STARTED, TODAY.minusDays(1), TODAY.plusMonths(3), TODAY))
                .isEqualTo(DeliveryStatus.START_SLIPPED).extracting(DeliveryStatus::rag).isEqualTo(Rag.AMBER);
    }

    @Test
    void notStartedWithThePlannedEndWithinThirtyDaysIsAmber() {
        assertThat(DeliveryStatus.of(PlanStatus.NOT_STARTED, null, TODAY.plusDays(30), TODAY))
                .isEqualTo(DeliveryStatus.DUE_SOON);
        assertThat(DeliveryStatus.of(PlanStatus.NOT_STARTED, null, TODAY.plusDays(31), TODAY))
                .isEqualTo(DeliveryStatus.ON_TRACK);
    }

    @Test
    void inProgressBeforeItsEndIsGreenAndWithoutAnEndHasNoRating() {
        assertThat(DeliveryStatus.of(PlanStatus.IN_PROGRESS, TODAY.minusDays(5), TODAY.plusDays(3), TODAY).rag())
                .isEqualTo(Rag.GREEN);
        assertThat(DeliveryStatus.of(PlanStatus.IN_PROGRESS, null, null, TODAY))
                .isEqualTo(DeliveryStatus.UNSCHEDULED).extracting(DeliveryStatus::rag).isEqualTo(Rag.NONE);
    }
}
