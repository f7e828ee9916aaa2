package org.cjengage.core.disclosure;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DisclosurePolicyTest {

    private final DisclosurePolicy policy = new DisclosurePolicy(5);

    @Test
    void countsThatAreNotOfPeopleAreAlwaysExact() {
        assertThat(policy.count(2)).isEqualTo(Figure.exact(2));
        assertThat(policy.count(0)).isEqualTo(Figure.exact(0));
    }

    @Test
    void aSmallCountOfPeopleIsSuppressedOnlyBeyondThePartnership() {
        assertThat(policy.people(3, Audience.BEYOND)).isEqualTo(Figure.small());
        assertThat(policy.people(3, Audience.PARTNERSHIP)).isEqualTo(Figure.exact(3));
        assertThat(policy.people(5, Audience.BEYOND)).isEqualTo(Figure.exact(5));
    }

    @Test
    void aTrueZeroIsShownAsZero() {
        assertThat(policy.people(0, Audience.BEYOND)).isEqualTo(Figure.exact(0));
    }

    @Test
    void givenOneSmallCellWhenShownWithItsTotalThenTheFirstOtherNonZeroCellIsHiddenToo() {
        PeopleTable table = policy.people(List.of(0L, 2L, 30L, 12L), Audience.BEYOND);

        assertThat(table.cells()).containsExactly(Figure.exact(0), Figure.small(), Figure.hidden(), Figure.exact(12));
        assertThat(table.total()).isEqualTo(Figure.exact(44));
    }

    @Test
    void givenOneSmallCellAndOnlyZerosBesideItThenTheTotalIsHidden() {
        PeopleTable table = policy.people(List.of(0L, 3L, 0L), Audience.BEYOND);

        assertThat(table.cells()).containsExactly(Figure.exact(0), Figure.small(), Figure.exact(0));
        assertThat(table.total()).isEqualTo(Figure.hidden());
    }

    @Test
    void givenSmallCellsThatCouldOnlyBeAllOnesThenTheTotalIsHidden() {
        assertThat(policy.people(List.of(1L, 1L, 9L), Audience.BEYOND).total()).isEqualTo(Figure.hidden());
        assertThat(policy.people(List.of(2L, 3L, 9L), Audience.BEYOND).total()).isEqualTo(Figure.exact(14));
    }

    @Test
    void noSmallCellMeansEverythingExact() {
        PeopleTable table = policy.people(List.of(5L, 0L, 12L), Audience.BEYOND);

        assertThat(table.anySuppressed()).isFalse();
        assertThat(table.total()).isEqualTo(Figure.exact(17));
    }

    @Test
    void aThresholdOfOneSuppressesNothingAndTwoIsRefused() {
        assertThat(new DisclosurePolicy(1).suppresses(Audience.BEYOND)).isFalse();
        assertThat(new DisclosurePolicy(1).people(1, Audience.BEYOND)).isEqualTo(Figure.exact(1));
        assertThatThrownBy(() -> new DisclosurePolicy(2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DisclosureProperties(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
