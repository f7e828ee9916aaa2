package org.cjengage.core.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The frameworks, scales and vocabularies shipped in the standards module load and say what they should. */
class ShippedStandardsTest {

    private static final StandardsCatalogue CATALOGUE = new StandardsLoader().load(StandardsLoader.DEFAULT_LOCATION);

    @Test
    void nationalStandardsHaveSevenStandardsAndThirtyFiveIndicators() {
        Framework standards = CATALOGUE.nationalStandards();

        assertThat(standards.elements()).extracting(FrameworkElement::name).containsExactly(
                "Inclusion", "Support", "Planning", "Working together", "Methods", "Communication", "Impact");
        assertThat(standards.elements()).extracting(element -> element.indicators().size())
                .containsExactly(4, 3, 6, 4, 5, 6, 7);
        assertThat(standards.indicatorCount()).isEqualTo(35);
        assertThat(standards.allIndicators()).hasSize(35);
        assertThat(standards.scaleId()).isEqualTo(StandardIds.SCORING_SCALE);
    }

    @Test
    void onlySupportAndWorkingTogetherAreMarkedUnverified() {
        assertThat(CATALOGUE.nationalStandards().elements())
                .filteredOn(FrameworkElement::unverified)
                .extracting(FrameworkElement::code)
                .containsExactly("2", "4");
    }

    @Test
    void indicatorsAreFoundByCodeTogetherWithTheirStandard() {
        Framework standards = CATALOGUE.nationalStandards();

        assertThat(standards.indicator("7g")).hasValueSatisfying(indicator -> assertThat(indicator.evidenceRequired()).isTrue());
        assertThat(standards.elementOf("3d")).map(FrameworkElement::name).hasValue("Planning");
        assertThat(standards.indicator("8a")).isEmpty();
    }

    @Test
    void thirdSectorFactorsHaveNineElementsWithTwoIndicatorsEach() {
        Framework factors = CATALOGUE.framework(StandardIds.THIRD_SECTOR_FACTORS);

        assertThat(factors.elements()).hasSize(9)
                .allSatisfy(element -> assertThat(element.indicators()).hasSize(2));
    }

    @Test
    void qualityMeasuresHaveSixElementsWithOneIndicatorEach() {
        Framework measures = CATALOGUE.framework(StandardIds.QUALITY_MEASURES);

        assertThat(measures.elements()).hasSize(6)
                .allSatisfy(element -> assertThat(element.indicators()).hasSize(1));
    }

    @Test
    void scoringScaleRunsFromOneToSixWithNotApplicable() {
        Scale scale = CATALOGUE.scoringScale();

        assertThat(scale.min()).isEqualTo(1);
        assertThat(scale.max()).isEqualTo(6);
        assertThat(scale.points()).extracting(ScalePoint::code).containsExactly(
                "UNSATISFACTORY", "WEAK", "ADEQUATE", "GOOD", "VERY_GOOD", "EXCELLENT");
        assertThat(scale.point(3)).map(ScalePoint::label).hasValue("Satisfactory / adequate");
        assertThat(scale.notApplicable()).isNotNull();
        assertThat(scale.notApplicable().code()).isEqualTo("NA");
        assertThat(scale.byCode("NA")).containsSame(scale.notApplicable());
        assertThat(scale.contains(0)).isFalse();
        assertThat(scale.contains(7)).isFalse();
    }

    @Test
    void participationScaleHasEightStagesWithTargetEight() {
        Scale scale = CATALOGUE.participationScale();

        assertThat(scale.points()).hasSize(8);
        assertThat(scale.point(1)).map(ScalePoint::label).hasValue("Not involved");
        assertThat(scale.point(8)).map(ScalePoint::label).hasValue("Co-producing");
        assertThat(scale.target()).isEqualTo(8);
        assertThat(scale.notApplicable()).isNull();
        assertThat(scale.note()).containsIgnoringCase("default");
    }

    @Test
    void theParticipationScaleSaysItsStageNamesAreALocalDefaultAndHowToReplaceThem() {
        Scale scale = CATALOGUE.participationScale();

        assertThat(scale.note()).contains("local default", "stage 8", "co-production", "participation-scale.yaml",
                "standards/README.md");
    }

    @Test
    void engagementLevelsAreInformConsultEngage() {
        assertThat(CATALOGUE.levels().points()).extracting(ScalePoint::value, ScalePoint::code)
                .containsExactly(
                        tuple(1, "INFORM"),
                        tuple(2, "CONSULT"),
                        tuple(3, "ENGAGE"));
    }

    @Test
    void thereAreSixNumberedCommunityTypes() {
        assertThat(CATALOGUE.communityTypes().terms()).extracting(Term::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(CATALOGUE.communityTypes().contains("PEOPLE_WITH_CONVICTIONS")).isTrue();
    }

    @Test
    void subFocusTagsHoldNineProtectedCharacteristicsAndFourProtectiveFactors() {
        Vocabulary tags = CATALOGUE.subFocusTags();

        assertThat(tags.inGroup("PROTECTED_CHARACTERISTIC")).hasSize(9);
        assertThat(tags.inGroup("PROTECTIVE_FACTOR")).extracting(Term::code)
                .containsExactly("EMPLOYABILITY", "EDUCATION", "HEALTH_WELLBEING", "HOUSING");
        assertThat(tags.terms()).hasSize(13);
    }

    @Test
    void thereAreThirteenMethods() {
        assertThat(CATALOGUE.methods().terms()).hasSize(13);
    }

    @Test
    void fivePurposesCarryTheirQualifiers() {
        Vocabulary purposes = CATALOGUE.purposes();

        assertThat(purposes.terms()).extracting(Term::qualifiers).containsExactly(
                List.of("WHO"),
                List.of("WHO", "WHERE"),
                List.of("WHO", "WHERE", "WHAT"),
                List.of("WHO", "WHERE", "HOW"),
                List.of("WHO"));
    }

    @Test
    void commissioningCycleHasFourNumberedStages() {
        assertThat(CATALOGUE.cycleStages().terms()).extracting(Term::number, Term::code).containsExactly(
                tuple(1, "ANALYSE"),
                tuple(2, "PLAN"),
                tuple(3, "DELIVER"),
                tuple(4, "REVIEW"));
    }

    @Test
    void everyLoadedFileHasANonBlankIdAndVersion() {
        List<String[]> idsAndVersions = Stream.of(
                        CATALOGUE.frameworks().stream().map(f -> new String[] {f.id(), f.version()}),
                        CATALOGUE.scales().stream().map(s -> new String[] {s.id(), s.version()}),
                        CATALOGUE.vocabularies().stream().map(v -> new String[] {v.id(), v.version()}))
                .flatMap(s -> s)
                .toList();

        assertThat(idsAndVersions).hasSize(11).allSatisfy(pair -> {
            assertThat(pair[0]).isNotBlank();
            assertThat(pair[1]).isNotBlank();
        });
    }

    @Test
    void everyWellKnownIdIsInTheCatalogue() {
        assertThat(StandardIds.REQUIRED.keySet()).hasSize(11).allSatisfy(id ->
                assertThat(CATALOGUE.findFramework(id).isPresent()
                        || CATALOGUE.findScale(id).isPresent()
                        || CATALOGUE.findVocabulary(id).isPresent()).as(id).isTrue());
    }

    @Test
    void askingForAnUnknownFrameworkNamesTheId() {
        assertThatThrownBy(() -> CATALOGUE.framework("no-such-framework"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-framework");
        assertThat(CATALOGUE.findFramework("no-such-framework")).isEmpty();
    }
}
