package org.cjengage.core.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cjengage.core.common.ValidationException;
import org.cjengage.core.common.Violation;
import org.cjengage.core.standards.Scale;
import org.cjengage.core.standards.ScalePoint;
import org.cjengage.core.standards.Term;
import org.cjengage.core.standards.Vocabulary;
import org.junit.jupiter.api.Test;

class ParticipationRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    final Scale scale = new Scale("participation-scale", "1.0", "Participation", "d", null,
            java.util.stream.IntStream.rangeClosed(1, 8).mapToObj(i -> new ScalePoint(i, "S" + i, "Stage " + i, ""))
                    .toList(), null, 8);
    final Vocabulary communities = new Vocabulary("community-types", "1.0", "C", "d",
            List.of(new Term("VICTIMS", 3, "Victims", "", null, List.of())));
    final ParticipationRules rules = new ParticipationRules(scale, communities);

    static Observation existing(long id, Long corrects) {
        return new Observation(id, 1L, 1L, TODAY.minusMonths(1), 3, "participation-scale", "1.0", "e", false, corrects,
                1L, Instant.now(), Set.of());
    }

    static List<String> fields(ValidationException e) {
        return e.violations().stream().map(Violation::field).toList();
    }

    @Test
    void anObservationDatedTodayOnTheScaleIsAccepted() {
        assertThatCode(() -> rules.checkObservation(ObservationDraft.of(TODAY, 8, "Seen"), List.of(), Set.of(), TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void aFutureDatedObservationIsRefused() {
        assertThatThrownBy(() -> rules.checkObservation(ObservationDraft.of(TODAY.plusDays(1), 3, "Seen"), List.of(),
                Set.of(), TODAY)).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .containsExactly(new Violation("observedOn", "participation.validation.futureDate")));
    }

    @Test
    void aStageOutsideTheScaleIsRefused() {
        for (int stage : new int[] {0, 9, -1}) {
            assertThatThrownBy(() -> rules.checkObservation(ObservationDraft.of(TODAY, stage, "Seen"), List.of(),
                    Set.of(), TODAY)).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                    .containsExactly(new Violation("stage", "participation.validation.stageOutsideScale", 1, 8)));
        }
    }

    @Test
    void missingDateStageAndEvidenceAreAllReported() {
        assertThatThrownBy(() -> rules.checkObservation(new ObservationDraft(null, null, " ", false, Set.of(), null),
                List.of(), Set.of(), TODAY)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(fields(e)).containsExactlyInAnyOrder("observedOn", "stage", "evidence"));
    }

    @Test
    void anActivityOfAnotherPartnershipCannotBeLinked() {
        ObservationDraft draft = ObservationDraft.of(TODAY, 3, "Seen").linkedTo(Set.of(7L, 99L));

        assertThatThrownBy(() -> rules.checkObservation(draft, List.of(), Set.of(7L), TODAY))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("activities"));
    }

    @Test
    void aCorrectionMustNameAnObservationOfTheSameService() {
        ObservationDraft draft = ObservationDraft.of(TODAY, 3, "Fixed").correcting(42L);

        assertThatThrownBy(() -> rules.checkObservation(draft, List.of(existing(1, null)), Set.of(), TODAY))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("corrects", "participation.validation.correctsOtherService")));
    }

    @Test
    void anObservationCanBeCorrectedOnlyOnceThenTheCorrectionIsCorrected() {
        List<Observation> history = List.of(existing(1, null), existing(2, 1L));

        assertThatThrownBy(() -> rules.checkObservation(ObservationDraft.of(TODAY, 4, "Again").correcting(1L), history,
                Set.of(), TODAY)).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .containsExactly(new Violation("corrects", "participation.validation.alreadyCorrected")));
        assertThatCode(() -> rules.checkObservation(ObservationDraft.of(TODAY, 4, "Again").correcting(2L), history,
                Set.of(), TODAY)).doesNotThrowAnyException();
    }

    @Test
    void aServiceWithoutTargetStageGetsTheScalesTarget() {
        ServiceDraft draft = new ServiceDraft("Drop-in", "Council", Sector.STATUTORY, Set.of(), null, TODAY.plusYears(1));

        assertThat(rules.withDefaults(draft).targetStage()).isEqualTo(8);
    }

    @Test
    void aServiceNeedsNameOrganisationSectorAndTargetDateAndKnownCommunitiesAndAStageOnTheScale() {
        ServiceDraft bad = new ServiceDraft("", null, null, Set.of("MARTIANS"), 12, null);

        assertThatThrownBy(() -> rules.checkService(bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(fields(e)).containsExactlyInAnyOrder("name", "owningOrganisation", "sector",
                        "targetDate", "communities", "targetStage"));
    }
}
