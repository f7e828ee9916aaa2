package org.cjengage.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cjengage.core.common.NotPermittedException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.common.Violation;
import org.cjengage.core.participation.DistanceTravelledService;
import org.cjengage.core.participation.Observation;
import org.cjengage.core.participation.ObservationDraft;
import org.cjengage.core.participation.ParticipationTestData;
import org.cjengage.core.participation.Sector;
import org.cjengage.core.participation.ServiceDraft;
import org.cjengage.core.participation.TrackedService;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.scoring.Assessment;
import org.cjengage.core.scoring.AssessmentService;
import org.cjengage.core.scoring.AssessmentStatus;
import org.cjengage.core.scoring.CycleStage;
import org.cjengage.core.scoring.ScoreInput;
import org.cjengage.core.standards.StandardIds;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What the access matrix cannot see: a write in one's own partnership that names a record of another
 * (a correction, a linked activity), a role held in one partnership used in another, and one assessor
 * changing another's assessment. All are refused and change nothing.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class CrossPartnershipReferencesTest {

    @Autowired AssessmentService scoring;
    @Autowired DistanceTravelledService distanceTravelled;
    @Autowired ParticipationTestData participation;
    @Autowired TestData data;

    Partnership own;
    Partnership other;
    EngagementPrincipal lead;
    EngagementPrincipal otherLead;

    @BeforeEach
    void setUp() {
        own = data.partnership();
        other = data.partnership();
        lead = data.user(Role.STRATEGY_LEAD, own.id());
        otherLead = data.user(Role.STRATEGY_LEAD, other.id());
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void anObservationCannotCorrectAnotherPartnershipsObservation() {
        TrackedService mine = participation.service(own.id());
        TrackedService theirs = participation.service(other.id());
        Observation foreign = AsUser.call(otherLead, () -> distanceTravelled.recordObservation(theirs.id(),
                ObservationDraft.of(LocalDate.now(org.cjengage.core.EngagementCoreAutoConfiguration.ZONE), 5, "Their evidence")));

        assertThatThrownBy(() -> AsUser.run(lead, () -> distanceTravelled.recordObservation(mine.id(),
                ObservationDraft.of(LocalDate.now(org.cjengage.core.EngagementCoreAutoConfiguration.ZONE), 1, "Hijack").correcting(foreign.id()))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).contains("corrects"));

        assertThat(AsUser.call(lead, () -> distanceTravelled.journey(mine.id())).history()).isEmpty();
        assertThat(AsUser.call(otherLead, () -> distanceTravelled.journey(theirs.id())).journey().current().id())
                .isEqualTo(foreign.id());
    }

    @Test
    void anObservationCannotLinkAnotherPartnershipsActivity() {
        TrackedService mine = participation.service(own.id());
        EngagementActivity foreign = data.activity(data.plan(other.id()), "Their activity");

        assertThatThrownBy(() -> AsUser.run(lead, () -> distanceTravelled.recordObservation(mine.id(),
                ObservationDraft.of(LocalDate.now(org.cjengage.core.EngagementCoreAutoConfiguration.ZONE), 3, "Evidence").linkedTo(Set.of(foreign.id())))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).contains("activities"));
        assertThat(AsUser.call(lead, () -> distanceTravelled.journey(mine.id())).history()).isEmpty();
    }

    @Test
    void aRoleInOnePartnershipGivesNoWriteRightsInAnother() {
        EngagementPrincipal mixed = data.userWith(Set.of(Membership.in(own.id(), Role.PARTNER),
                Membership.in(other.id(), Role.STRATEGY_LEAD)));
        EngagementPrincipal staff = data.user(Role.STAFF, own.id());
        EngagementActivity activity = data.activity(data.plan(own.id()), "Open day");
        Assessment started = AsUser.call(staff, () -> scoring.start(activity.id(), StandardIds.NATIONAL_STANDARDS,
                CycleStage.REVIEW));
        Assessment submitted = AsUser.call(staff, () -> scoring.submit(started.id(), started.version(),
                List.of(ScoreInput.of("1a", 4, "Notes"))));
        TrackedService service = participation.service(own.id());
        ServiceDraft draft = new ServiceDraft(TestData.unique("Mixed"), "Council", Sector.STATUTORY, Set.of(), null,
                LocalDate.now(org.cjengage.core.EngagementCoreAutoConfiguration.ZONE).plusYears(1));

        AsUser.run(mixed, () -> {
            assertThatThrownBy(() -> scoring.approve(submitted.id(), submitted.version()))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> scoring.returnToDraft(submitted.id(), submitted.version(), "No"))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> scoring.start(activity.id(), StandardIds.NATIONAL_STANDARDS, CycleStage.REVIEW))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> distanceTravelled.createService(own.id(), draft))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> distanceTravelled.recordObservation(service.id(),
                    ObservationDraft.of(LocalDate.now(org.cjengage.core.EngagementCoreAutoConfiguration.ZONE), 2, "x"))).isInstanceOf(NotPermittedException.class);
            assertThat(scoring.canReview(own.id())).isFalse();
            assertThat(scoring.canReview(other.id())).isTrue();
            assertThat(distanceTravelled.canEditServices(own.id())).isFalse();
            assertThat(distanceTravelled.createService(other.id(), draft).partnershipId()).isEqualTo(other.id());
        });
        assertThat(AsUser.call(staff, () -> scoring.assessment(submitted.id())).status())
                .isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(AsUser.call(lead, () -> distanceTravelled.services(own.id()))).hasSize(1);
    }

    @Test
    void nobodyChangesAnotherAssessorsAssessmentNotEvenTheirAdmin() {
        EngagementPrincipal staff = data.user(Role.STAFF, own.id());
        EngagementPrincipal admin = data.user(Role.ADMIN, own.id());
        EngagementActivity activity = data.activity(data.plan(own.id()), "Survey");
        Assessment started = AsUser.call(staff, () -> scoring.start(activity.id(), StandardIds.NATIONAL_STANDARDS,
                CycleStage.REVIEW));
        List<ScoreInput> scores = List.of(ScoreInput.of("1a", 1, "Overwritten"));

        for (EngagementPrincipal intruder : List.of(admin, lead, data.user(Role.ADMIN, null))) {
            assertThatThrownBy(() -> AsUser.run(intruder, () -> scoring.saveDraft(started.id(), started.version(),
                    scores))).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> AsUser.run(intruder, () -> scoring.submit(started.id(), started.version(),
                    scores))).isInstanceOf(NotPermittedException.class);
        }
        Assessment read = AsUser.call(staff, () -> scoring.assessment(started.id()));
        assertThat(read.scores()).isEmpty();
        assertThat(read.version()).isEqualTo(started.version());
    }
}
