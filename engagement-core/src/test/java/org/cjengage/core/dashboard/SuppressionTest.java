package org.cjengage.core.dashboard;

import org.cjengage.core.disclosure.Figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class SuppressionTest {

    private final Suppression partner = new Suppression(5, true);

    @Test
    void countsFromOneToFourAreSmallButZeroAndFiveAreShown() {
        assertThat(partner.single(0)).isEqualTo(Figure.exact(0));
        for (long n = 1; n <= 4; n++) {
            assertThat(partner.single(n)).isEqualTo(Figure.small());
        }
        assertThat(partner.single(5)).isEqualTo(Figure.exact(5));
        assertThat(partner.single(120)).isEqualTo(Figure.exact(120));
    }

    @Test
    void leadsStaffAndAdminsSeeExactFiguresEvenWhenSmall() {
        Suppression exact = new Suppression(5, false);
        assertThat(exact.single(3)).isEqualTo(Figure.exact(3));
        assertThat(exact.breakdown(List.of(3L, 0L, 10L))).containsExactly(Figure.exact(3), Figure.exact(0), Figure.exact(10));
    }

    @Test
    void theThresholdIsConfigurable() {
        Suppression ten = new Suppression(10, true);
        assertThat(ten.single(9)).isEqualTo(Figure.small());
        assertThat(ten.single(10)).isEqualTo(Figure.exact(10));
        assertThatThrownBy(() -> new Suppression(0, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSingleSmallCellOfAShownTotalTakesTheSmallestOtherNonZeroCellWithIt() {
        // total 3 + 0 + 12 + 7 = 22 is shown elsewhere: 22 - 0 - 12 - 7 would reveal the 3
        assertThat(partner.breakdown(List.of(3L, 0L, 12L, 7L)))
                .containsExactly(Figure.small(), Figure.exact(0), Figure.exact(12), Figure.hidden());
    }

    @Test
    void smallCellsThatCouldOnlyBeAllOnesOrAllFoursAreProtectedToo() {
        assertThat(partner.breakdown(List.of(1L, 1L, 9L, 6L)))
                .containsExactly(Figure.small(), Figure.small(), Figure.exact(9), Figure.hidden());
        assertThat(partner.breakdown(List.of(4L, 4L, 9L)))
                .containsExactly(Figure.small(), Figure.small(), Figure.hidden());
    }

    @Test
    void twoSmallCellsWithAnAmbiguousSumNeedNoSecondaryCell() {
        assertThat(partner.breakdown(List.of(2L, 3L, 9L)))
                .containsExactly(Figure.small(), Figure.small(), Figure.exact(9));
    }

    @Test
    void aBreakdownWithoutSmallCellsIsUntouched() {
        assertThat(partner.breakdown(List.of(0L, 5L, 40L)))
                .containsExactly(Figure.exact(0), Figure.exact(5), Figure.exact(40));
    }

    @Test
    void aSuppressedFigureCarriesNoValue() {
        assertThat(Figure.small().value()).isNull();
        assertThatThrownBy(() -> new Figure(3L, Figure.Kind.SMALL)).isInstanceOf(IllegalArgumentException.class);
    }
}
