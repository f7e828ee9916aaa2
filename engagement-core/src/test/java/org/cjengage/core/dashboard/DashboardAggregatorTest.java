package org.cjengage.core.dashboard;

import org.cjengage.core.plan.DeliveryStatus.Rag;
import org.cjengage.core.disclosure.Audience;
import org.cjengage.core.disclosure.DisclosurePolicy;
import org.cjengage.core.disclosure.Figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cjengage.core.plan.PlanStatus;
import org.junit.jupiter.api.Test;

class DashboardAggregatorTest {

    private final Dimensions dimensions = new Dimensions(List.of("INFORM", "CONSULT", "ENGAGE"),
            List.of("VICTIMS", "THIRD_SECTOR", "PUBLIC_SECTOR"), List.of("ANALYSE", "PLAN", "DELIVER", "REVIEW"), "REVIEW");

    private final List<CubeRow> cube = List.of(
            new CubeRow(1, PlanStatus.COMPLETE, "INFORM", "DELIVER", Rag.GREEN, 7, 40),
            new CubeRow(1, PlanStatus.IN_PROGRESS, "ENGAGE", "REVIEW", Rag.RED, 2, 3),
            new CubeRow(1, PlanStatus.NOT_STARTED, "CONSULT", null, Rag.AMBER, 3),
            new CubeRow(1, PlanStatus.IN_PROGRESS, "ENGAGE", "PLAN", Rag.RED, 6, 25),
            new CubeRow(2, PlanStatus.COMPLETE, "ENGAGE", "REVIEW", Rag.GREEN, 10));
    private final List<CoverageRow> coverage = List.of(
            new CoverageRow(1, "VICTIMS", "INFORM", 7),
            new CoverageRow(1, "VICTIMS", "ENGAGE", 8),
            new CoverageRow(1, "THIRD_SECTOR", "CONSULT", 3),
            new CoverageRow(2, "PUBLIC_SECTOR", "ENGAGE", 10));

    private final DashboardAggregator aggregator = new DashboardAggregator(dimensions);

    @Test
    void countsAddUpByStatusRagLevelAndStage() {
        RawFigures f = aggregator.aggregate(1, cube, coverage);

        assertThat(f.total()).isEqualTo(18);
        assertThat(f.byStatus()).containsExactly(java.util.Map.entry("NOT_STARTED", 3L),
                java.util.Map.entry("IN_PROGRESS", 8L), java.util.Map.entry("COMPLETE", 7L));
        assertThat(f.byRag()).containsEntry("RED", 8L).containsEntry("AMBER", 3L).containsEntry("GREEN", 7L);
        assertThat(f.byLevel()).containsEntry("INFORM", 7L).containsEntry("CONSULT", 3L).containsEntry("ENGAGE", 8L);
        assertThat(f.byStage()).containsEntry("DELIVER", 7L).containsEntry("REVIEW", 2L).containsEntry("PLAN", 6L)
                .containsEntry("ANALYSE", 0L).containsEntry(Dimensions.NO_STAGE, 3L);
    }

    @Test
    void overdueReviewsAreRedActivitiesAtTheReviewStage() {
        assertThat(aggregator.aggregate(1, cube, coverage).overdueReviews()).isEqualTo(2);
        assertThat(aggregator.aggregate(2, cube, coverage).overdueReviews()).isZero();
    }

    @Test
    void theCoverageMapNamesCommunitiesNobodyEngagesAndEveryZeroCell() {
        RawFigures f = aggregator.aggregate(1, cube, coverage);
        CoverageMatrix matrix = CoverageMatrix.of(f.coverage(), dimensions.levels(), new DisclosurePolicy(5));

        assertThat(matrix.notInvolved()).containsExactly("PUBLIC_SECTOR");
        assertThat(matrix.gaps()).contains(new CoverageMatrix.Gap("VICTIMS", "CONSULT"),
                new CoverageMatrix.Gap("THIRD_SECTOR", "ENGAGE"), new CoverageMatrix.Gap("PUBLIC_SECTOR", "INFORM"));
        assertThat(matrix.cell("VICTIMS", "ENGAGE")).isEqualTo(Figure.exact(8));
    }

    @Test
    void beyondThePartnershipCountsOfActivitiesStayExactAndTilesMatchTheTables() {
        RawFigures f = aggregator.aggregate(1, cube, coverage);
        DashboardFigures shown = DashboardFigures.present(f, dimensions, new DisclosurePolicy(5), Audience.BEYOND,
                List.of(), List.of());

        assertThat(shown.total()).isEqualTo(Figure.exact(18));
        assertThat(shown.byStatus().figure("NOT_STARTED")).isEqualTo(Figure.exact(3));
        assertThat(shown.complete()).isEqualTo(shown.byStatus().figure("COMPLETE")).isEqualTo(Figure.exact(7));
        assertThat(shown.overdue()).isEqualTo(Figure.exact(8));
        assertThat(shown.overdueReviews()).isEqualTo(Figure.exact(2));
        assertThat(shown.coverage().cell("VICTIMS", "CONSULT")).isEqualTo(Figure.exact(0));
        assertThat(shown.people()).isEqualTo(shown.peopleByStage().total());
        assertThat(List.of(shown.byStatus(), shown.byRag(), shown.byLevel(), shown.byStage()))
                .noneMatch(Breakdown::anySuppressed);
    }

    @Test
    void peopleWhoTookPartAreAddedUpByStageAndSuppressedOnlyBeyondThePartnership() {
        RawFigures f = aggregator.aggregate(1, cube, coverage);
        assertThat(f.peopleByStage()).containsEntry("DELIVER", 40L).containsEntry("REVIEW", 3L)
                .containsEntry("PLAN", 25L).containsEntry(Dimensions.NO_STAGE, 0L);

        DashboardFigures beyond = DashboardFigures.present(f, dimensions, new DisclosurePolicy(5), Audience.BEYOND,
                List.of(), List.of());
        DashboardFigures members = DashboardFigures.present(f, dimensions, new DisclosurePolicy(5),
                Audience.PARTNERSHIP, List.of(), List.of());

        // REVIEW (3) is small; the first other non-zero stage (PLAN) is hidden so 3 cannot be subtracted out
        assertThat(beyond.peopleByStage().figure("REVIEW")).isEqualTo(Figure.small());
        assertThat(beyond.peopleByStage().figure("PLAN")).isEqualTo(Figure.hidden());
        assertThat(beyond.peopleByStage().figure("DELIVER")).isEqualTo(Figure.exact(40));
        assertThat(beyond.peopleByStage().figure(Dimensions.NO_STAGE)).isEqualTo(Figure.exact(0));
        assertThat(beyond.people()).isEqualTo(Figure.exact(68));
        assertThat(beyond.anySuppressed()).isTrue();
        assertThat(members.peopleByStage().figure("REVIEW")).isEqualTo(Figure.exact(3));
        assertThat(members.anySuppressed()).isFalse();
    }

    @Test
    void nationalFiguresAddEveryPartnershipTogether() {
        RawFigures f = aggregator.aggregate(cube, coverage);
        assertThat(f.total()).isEqualTo(28);
        assertThat(f.coverage().get("PUBLIC_SECTOR").get("ENGAGE")).isEqualTo(10);
    }
}
