package org.cjengage.core.dashboard;

import org.cjengage.core.disclosure.Audience;
import org.cjengage.core.disclosure.DisclosurePolicy;
import org.cjengage.core.disclosure.Figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SectionSuppressionTest {

    private final DisclosurePolicy policy = new DisclosurePolicy(5);

    @Test
    void countsOfAssessmentsAndMeansWithTheirNAreShownAsTheyAreToEveryAudience() {
        DashboardSection radar = new DashboardSection("standards-radar", "x.title", DashboardSection.ChartKind.RADAR,
                List.of("x.standard", "x.average", "x.assessments"),
                List.of(new DashboardSection.Row("Inclusion", List.of(new SectionCell.Average(4.5, 12), new SectionCell.Count(12))),
                        new DashboardSection.Row("Support", List.of(new SectionCell.Average(3.0, 2), new SectionCell.Count(2)))),
                6.0);

        DashboardSection shown = radar.disclosed(policy, Audience.BEYOND);

        assertThat(shown.rows().get(0).cells()).containsExactly(new SectionCell.ShownAverage(4.5, Figure.exact(12)),
                new SectionCell.Shown(Figure.exact(12)));
        assertThat(shown.rows().get(1).cells()).containsExactly(new SectionCell.ShownAverage(3.0, Figure.exact(2)),
                new SectionCell.Shown(Figure.exact(2)));
        assertThat(shown.anySuppressed()).isFalse();
    }

    @Test
    void aSmallCountOfPeopleIsSuppressedOnlyBeyondThePartnership() {
        DashboardSection survey = new DashboardSection("survey", "x.title", DashboardSection.ChartKind.BAR,
                List.of("x.question", "x.respondents"),
                List.of(new DashboardSection.Row("Q1", List.of(new SectionCell.People(3))),
                        new DashboardSection.Row("Q2", List.of(new SectionCell.People(0)))), null);

        assertThat(survey.disclosed(policy, Audience.BEYOND).rows()).extracting(r -> r.cells().getFirst())
                .containsExactly(new SectionCell.Shown(Figure.small()), new SectionCell.Shown(Figure.exact(0)));
        assertThat(survey.disclosed(policy, Audience.BEYOND).anySuppressed()).isTrue();
        assertThat(survey.disclosed(policy, Audience.PARTNERSHIP).rows().getFirst().cells())
                .containsExactly(new SectionCell.Shown(Figure.exact(3)));
    }
}
