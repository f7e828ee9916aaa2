package org.cjengage.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cjengage.core.standards.Framework;
import org.cjengage.core.standards.FrameworkElement;
import org.cjengage.core.standards.Indicator;
import org.cjengage.core.standards.StandardIds;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.core.standards.StandardsLoader;
import org.junit.jupiter.api.Test;

/** Scoring arithmetic on the shipped frameworks: means of applicable indicators, comparisons, flags. */
class ScoreCalculatorTest {

    static final StandardsCatalogue CATALOGUE = new StandardsLoader().load(StandardsLoader.DEFAULT_LOCATION);
    static final Framework NATIONAL = CATALOGUE.nationalStandards();
    static final Framework THIRD_SECTOR = CATALOGUE.framework(StandardIds.THIRD_SECTOR_FACTORS);

    @Test
    void elementMeanIsTheMeanOfItsScoredIndicatorsAndCountsEachKind() {
        // Inclusion has 1a-1d: 4, 5, not applicable, not scored
        List<IndicatorScore> scores = List.of(IndicatorScore.scored("1", "1a", 4, "e"),
                IndicatorScore.scored("1", "1b", 5, "e"), IndicatorScore.notApplicable("1", "1c", null));

        AssessmentResult result = ScoreCalculator.results(NATIONAL, scores);

        ScoreSummary inclusion = result.element("1").orElseThrow().summary();
        assertThat(inclusion.mean()).isEqualTo(4.5);
        assertThat(inclusion).extracting(ScoreSummary::scored, ScoreSummary::notApplicable, ScoreSummary::missing)
                .containsExactly(2, 1, 1);
        assertThat(result.element("1").orElseThrow().name()).isEqualTo("Inclusion");
    }

    @Test
    void overallMeanIsOverApplicableIndicatorsNotOverElementMeans() {
        // Inclusion: 6, 6, 6 (mean 6); Support: 2 (mean 2). Mean of element means would be 4; of indicators 5.
        List<IndicatorScore> scores = List.of(IndicatorScore.scored("1", "1a", 6, "e"),
                IndicatorScore.scored("1", "1b", 6, "e"), IndicatorScore.scored("1", "1c", 6, "e"),
                IndicatorScore.scored("2", "2a", 2, "e"));

        AssessmentResult result = ScoreCalculator.results(NATIONAL, scores);

        assertThat(result.overall().mean()).isEqualTo(5.0);
        assertThat(result.overall().scored()).isEqualTo(4);
        assertThat(result.overall().missing()).isEqualTo(NATIONAL.indicatorCount() - 4);
    }

    @Test
    void anElementWithEveryIndicatorNotApplicableHasNoResultRatherThanZero() {
        List<IndicatorScore> scores = new ArrayList<>();
        NATIONAL.element("2").orElseThrow().indicators()
                .forEach(i -> scores.add(IndicatorScore.notApplicable("2", i.code(), null)));

        AssessmentResult result = ScoreCalculator.results(NATIONAL, scores);

        ScoreSummary support = result.element("2").orElseThrow().summary();
        assertThat(support.hasResult()).isFalse();
        assertThat(support.result()).isEmpty();
        assertThat(support.notApplicable()).isEqualTo(3);
        assertThat(result.overall().hasResult()).isFalse();
    }

    @Test
    void anEmptyAssessmentHasNoResultAnywhereAndCountsEveryIndicatorAsMissing() {
        AssessmentResult result = ScoreCalculator.results(NATIONAL, List.of());

        assertThat(result.elements()).hasSize(7).allMatch(e -> !e.summary().hasResult());
        assertThat(result.overall().missing()).isEqualTo(35);
    }

    @Test
    void theNineThirdSectorSuccessFactorsAreScoredByTheSameCode() {
        List<IndicatorScore> scores = everyIndicator(THIRD_SECTOR, 3);

        AssessmentResult result = ScoreCalculator.results(THIRD_SECTOR, scores);

        assertThat(result.elements()).hasSize(9).allMatch(e -> e.summary().mean() == 3.0 && e.summary().missing() == 0);
        assertThat(result.elements()).extracting(AssessmentResult.ElementResult::name)
                .containsExactlyElementsOf(THIRD_SECTOR.elements().stream().map(FrameworkElement::name).toList());
        assertThat(result.overall().scored()).isEqualTo(THIRD_SECTOR.indicatorCount());
    }

    @Test
    void scoresStoredAgainstAnElementTheDataNoLongerHasStayReadableUnderTheirCode() {
        List<IndicatorScore> scores = List.of(IndicatorScore.scored("8", "8a", 5, "old standard"));

        AssessmentResult result = ScoreCalculator.results(NATIONAL, scores);

        assertThat(result.element("8")).hasValueSatisfying(e -> {
            assertThat(e.name()).isEqualTo("8");
            assertThat(e.summary().mean()).isEqualTo(5.0);
        });
        assertThat(result.overall().mean()).isEqualTo(5.0);
    }

    @Test
    void oneAssessorHasNoSpreadAndIsNeverFlagged() {
        AssessmentResult only = ScoreCalculator.results(NATIONAL, everyIndicator(NATIONAL, 4));

        AssessorComparison comparison = ScoreCalculator.compareAssessors(NATIONAL, Map.of("Ann", only));

        assertThat(comparison.rows()).hasSize(7).allSatisfy(row -> {
            assertThat(row.mean()).isEqualTo(4.0);
            assertThat(row.spread()).isZero();
            assertThat(row.flagged()).isFalse();
        });
    }

    @Test
    void assessorsTwoPointsApartAreFlaggedButOnePointApartAreNot() {
        Map<String, AssessmentResult> results = new LinkedHashMap<>();
        results.put("Ann", ScoreCalculator.results(NATIONAL, List.of(IndicatorScore.scored("1", "1a", 5, "e"),
                IndicatorScore.scored("3", "3a", 4, "e"))));
        results.put("Bob", ScoreCalculator.results(NATIONAL, List.of(IndicatorScore.scored("1", "1a", 3, "e"),
                IndicatorScore.scored("3", "3a", 3, "e"))));

        AssessorComparison comparison = ScoreCalculator.compareAssessors(NATIONAL, results);

        AssessorComparison.Row inclusion = comparison.rows().get(0);
        assertThat(inclusion.perAssessor()).containsExactly(5.0, 3.0);
        assertThat(inclusion.mean()).isEqualTo(4.0);
        assertThat(inclusion.spread()).isEqualTo(2.0);
        assertThat(inclusion.flagged()).isTrue();
        AssessorComparison.Row planning = comparison.rows().get(2);
        assertThat(planning.spread()).isEqualTo(1.0);
        assertThat(planning.flagged()).isFalse();
        assertThat(comparison.anyFlagged()).isTrue();
        assertThat(comparison.assessors()).containsExactly("Ann", "Bob");
    }

    @Test
    void anAssessorWithNoResultForAStandardIsLeftOutOfItsMeanAndSpread() {
        Map<String, AssessmentResult> results = new LinkedHashMap<>();
        results.put("Ann", ScoreCalculator.results(NATIONAL, List.of(IndicatorScore.scored("1", "1a", 6, "e"))));
        results.put("Bob", ScoreCalculator.results(NATIONAL, List.of(IndicatorScore.notApplicable("1", "1a", null))));

        AssessorComparison.Row inclusion = ScoreCalculator.compareAssessors(NATIONAL, results).rows().get(0);

        assertThat(inclusion.perAssessor()).containsExactly(6.0, null);
        assertThat(inclusion.mean()).isEqualTo(6.0);
        assertThat(inclusion.spread()).isZero();
        assertThat(ScoreCalculator.compareAssessors(NATIONAL, results).rows().get(1).mean()).isNull();
    }

    @Test
    void stageComparisonSaysWhatImprovedWhatFellAndTreatsTiesAsUnchanged() {
        AssessorComparison planning = single(List.of(IndicatorScore.scored("1", "1a", 3, "e"),
                IndicatorScore.scored("2", "2a", 5, "e"), IndicatorScore.scored("3", "3a", 4, "e"),
                IndicatorScore.scored("3", "3b", 5, "e")));
        AssessorComparison review = single(List.of(IndicatorScore.scored("1", "1a", 5, "e"),
                IndicatorScore.scored("2", "2a", 4, "e"), IndicatorScore.scored("3", "3a", 6, "e"),
                IndicatorScore.scored("3", "3b", 3, "e"), IndicatorScore.scored("4", "4a", 2, "e")));

        StageComparison comparison = ScoreCalculator.compareStages(NATIONAL, planning, review);

        assertThat(comparison.rows()).extracting(StageComparison.Row::change).containsExactly(Change.IMPROVED,
                Change.FELL, Change.UNCHANGED, Change.NOT_COMPARABLE, Change.NOT_COMPARABLE, Change.NOT_COMPARABLE,
                Change.NOT_COMPARABLE);
        assertThat(comparison.rows().get(2).planning()).isEqualTo(4.5);
        assertThat(comparison.rows().get(2).review()).isEqualTo(4.5);
        assertThat(comparison.rows().get(3).review()).isEqualTo(2.0);
    }

    @Test
    void stageComparisonUsesTheMeanOfSeveralAssessors() {
        Map<String, AssessmentResult> reviewers = new LinkedHashMap<>();
        reviewers.put("Ann", ScoreCalculator.results(THIRD_SECTOR, List.of(IndicatorScore.scored("1", "1a", 2, "e"))));
        reviewers.put("Bob", ScoreCalculator.results(THIRD_SECTOR, List.of(IndicatorScore.scored("1", "1a", 5, "e"))));
        AssessorComparison planning = ScoreCalculator.compareAssessors(THIRD_SECTOR,
                Map.of("Cy", ScoreCalculator.results(THIRD_SECTOR, List.of(IndicatorScore.scored("1", "1a", 3, "e")))));

        StageComparison comparison = ScoreCalculator.compareStages(THIRD_SECTOR, planning,
                ScoreCalculator.compareAssessors(THIRD_SECTOR, reviewers));

        assertThat(comparison.rows()).hasSize(9);
        assertThat(comparison.rows().get(0).review()).isCloseTo(3.5, within(1e-9));
        assertThat(comparison.rows().get(0).change()).isEqualTo(Change.IMPROVED);
    }

    @Test
    void noAssessmentsAtAStageMeansNothingIsComparable() {
        StageComparison comparison = ScoreCalculator.compareStages(NATIONAL,
                ScoreCalculator.compareAssessors(NATIONAL, Map.of()), single(everyIndicator(NATIONAL, 4)));

        assertThat(comparison.rows()).hasSize(7).allMatch(r -> r.change() == Change.NOT_COMPARABLE && r.review() == 4.0);
    }

    static AssessorComparison single(List<IndicatorScore> scores) {
        return ScoreCalculator.compareAssessors(NATIONAL, Map.of("One", ScoreCalculator.results(NATIONAL, scores)));
    }

    static List<IndicatorScore> everyIndicator(Framework framework, int value) {
        List<IndicatorScore> scores = new ArrayList<>();
        for (FrameworkElement element : framework.elements()) {
            for (Indicator indicator : element.indicators()) {
                scores.add(IndicatorScore.scored(element.code(), indicator.code(), value, "evidence"));
            }
        }
        return scores;
    }
}
