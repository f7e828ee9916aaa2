package org.cjengage.core.dashboard;

import org.cjengage.core.disclosure.Figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SectionSuppressionTest {

    @Test
    void contributedCountsAreSuppressedAndAnAverageOverTooFewItemsIsHidden() {
        DashboardSection radar = new DashboardSection("standards-radar", "x.title", DashboardSection.ChartKind.RADAR,
                List.of("x.standard", "x.average", "x.assessments"),
                List.of(new DashboardSection.Row("Inclusion", List.of(new SectionCell.Average(4.5, 12), new SectionCell.Count(12))),
                        new DashboardSection.Row("Support", List.of(new SectionCell.Average(3.0, 2), new SectionCell.Count(2)))),
                6.0);

        DashboardSection shown = radar.suppressed(new Suppression(5, true));

        assertThat(shown.rows().get(0).cells()).containsExactly(new SectionCell.ShownAverage(4.5, Figure.exact(12)),
                new SectionCell.Shown(Figure.exact(12)));
        assertThat(shown.rows().get(1).cells()).containsExactly(new SectionCell.ShownAverage(null, Figure.small()),
                new SectionCell.Shown(Figure.small()));
        assertThat(radar.suppressed(Suppression.none()).rows().get(1).cells().getFirst())
                .isEqualTo(new SectionCell.ShownAverage(3.0, Figure.exact(2)));
    }
}
