package org.cjengage.core.outputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cjengage.core.common.NotPermittedException;
import org.cjengage.core.opendata.OpenDataService;
import org.cjengage.core.participation.DistanceTravelledService;
import org.cjengage.core.participation.Observation;
import org.cjengage.core.participation.ObservationDraft;
import org.cjengage.core.participation.ParticipationDistanceSource;
import org.cjengage.core.participation.Sector;
import org.cjengage.core.participation.ServiceDraft;
import org.cjengage.core.participation.TrackedService;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.plan.PlanStatus;
import org.cjengage.core.scoring.Assessment;
import org.cjengage.core.scoring.AssessmentRepository;
import org.cjengage.core.scoring.AssessmentStatus;
import org.cjengage.core.scoring.CycleStage;
import org.cjengage.core.scoring.IndicatorScore;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.standards.StandardIds;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The annual report with the real scoring, participation and security beans behind its seams: standards
 * results from approved assessments of the year's activities, distance travelled from observations, and an
 * EXPORT security event for every file made.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class AnnualReportSourcesTest {

    static final int YEAR = 2025;

    @Autowired AnnualReportService reports;
    @Autowired OutputExportService exports;
    @Autowired OpenDataService openData;
    @Autowired PlanService plans;
    @Autowired AssessmentRepository assessments;
    @Autowired DistanceTravelledService participation;
    @Autowired ParticipationDistanceSource distanceSource;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    Partnership partnership;
    EngagementPrincipal admin;
    ActionPlan plan;

    @BeforeEach
    void givenAPartnershipWithScoredActivitiesAndTrackedServices() {
        partnership = data.partnership();
        admin = data.user(Role.ADMIN, partnership.id());
        plan = data.plan(partnership.id());
        AsUser.signIn(admin);
        // Inclusion (element 1) means per assessment 5, 5, 4, 6, 3 -> 4.6; Support (element 2) once.
        approved(inYear(), IndicatorScore.scored("1", "1a", 4, "sheets"), IndicatorScore.scored("1", "1b", 6, null),
                IndicatorScore.scored("2", "2a", 2, null));
        approved(inYear(), IndicatorScore.scored("1", "1a", 5, null));
        approved(inYear(), IndicatorScore.scored("1", "1a", 4, null));
        approved(inYear(), IndicatorScore.scored("1", "1a", 6, null));
        approved(inYear(), IndicatorScore.scored("1", "1a", 3, null), IndicatorScore.notApplicable("1", "1b", null));
        EngagementActivity drafted = inYear();
        assessments.save(new Assessment(null, drafted.id(), partnership.id(), admin.userId(), 0,
                StandardIds.NATIONAL_STANDARDS, "2016.1", CycleStage.REVIEW, AssessmentStatus.DRAFT,
                Set.of(IndicatorScore.scored("3", "3a", 1, null)), null, null, null, null, null, Instant.now(), Instant.now()));
        EngagementActivity earlier = plans.createActivity(plan.id(), dated("Earlier forum", LocalDate.of(2023, 5, 1)));
        approved(earlier, IndicatorScore.scored("4", "4a", 1, null));

        TrackedService unpaid = service("A unpaid work", 6, LocalDate.of(2028, 3, 31));
        observe(unpaid, LocalDate.of(2024, 10, 1), 2, true, null);
        observe(unpaid, LocalDate.of(2025, 8, 1), 3, false, null);
        Observation typo = observe(unpaid, LocalDate.of(2025, 12, 1), 5, false, null);
        observe(unpaid, LocalDate.of(2025, 12, 1), 4, false, typo.id());
        observe(unpaid, LocalDate.of(2026, 6, 1), 6, false, null);
        TrackedService peers = service("B peer group", 4, LocalDate.of(2025, 12, 31));
        observe(peers, LocalDate.of(2025, 5, 1), 1, true, null);
        observe(peers, LocalDate.of(2025, 11, 1), 2, false, null);
        TrackedService later = service("C later service", 4, LocalDate.of(2028, 12, 31));
        observe(later, LocalDate.of(2026, 5, 1), 3, true, null);
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void standardsResultsAreMeansOfTheYearsApprovedAssessmentsShownWithTheirN() {
        OutputDocument report = reports.report(partnership.id(), YEAR);

        Block.Table standards = table(report, "Results against the National Standards for Community Engagement");
        assertThat(standards.rows()).containsExactly(List.of("Inclusion", "5", "4.6", "Very good"),
                List.of("Support", "1", "2.0", "Weak"));
    }

    @Test
    void distanceTravelledShowsEachServiceFromStartToEndOfTheYearWithCorrectionsApplied() {
        OutputDocument report = reports.report(partnership.id(), YEAR);

        Block.Table distance = table(report, "Distance travelled");
        assertThat(distance.rows()).containsExactly(
                List.of("A unpaid work", "Informed", "Consulted", "Co-designing", "+2", "On track"),
                List.of("B peer group", "", "Informed", "Consulted", "+1", "At risk"));
    }

    @Test
    void theSourcesRefuseReadersOfAnotherPartnership() {
        Partnership other = data.partnership();
        EngagementPrincipal stranger = data.user(Role.STRATEGY_LEAD, other.id());

        assertThatThrownBy(() -> AsUser.call(stranger, () -> distanceSource.progress(partnership.id(),
                LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)))).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void everyPdfDocxAndJsonExportIsRecordedAsAnExportSecurityEvent() {
        exports.annualReport(partnership.id(), YEAR, OutputFormat.PDF);
        exports.annualReport(partnership.id(), YEAR, OutputFormat.DOCX);
        openData.exportJson(partnership.id());

        List<String> events = jdbc.sql("SELECT CONCAT(username, ' ', details) FROM security_event "
                        + "WHERE partnership_id = :p AND event_type = 'EXPORT' ORDER BY id")
                .param("p", partnership.id()).query(String.class).list();
        assertThat(events).containsExactly(admin.username() + " annual-report as PDF",
                admin.username() + " annual-report as DOCX", admin.username() + " open-data as JSON");
    }

    private static Block.Table table(OutputDocument report, String heading) {
        return report.sections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow()
                .blocks().stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast).findFirst().orElseThrow();
    }

    private EngagementActivity inYear() {
        return plans.createActivity(plan.id(), dated(TestData.unique("Forum"), LocalDate.of(2025, 6, 1)));
    }

    private static ActivityDraft dated(String description, LocalDate start) {
        return new ActivityDraft(description, "CONSULT", Set.of("VICTIMS"), Set.of(), PlanStatus.COMPLETE, null, Set.of(),
                Set.of(), null, start, start.plusMonths(2), start, start.plusMonths(2));
    }

    private void approved(EngagementActivity activity, IndicatorScore... scores) {
        Instant now = Instant.now();
        assessments.save(new Assessment(null, activity.id(), partnership.id(), admin.userId(), 0,
                StandardIds.NATIONAL_STANDARDS, "2016.1", CycleStage.REVIEW, AssessmentStatus.APPROVED, Set.of(scores),
                null, null, now, now, null, now, now));
    }

    private TrackedService service(String name, int target, LocalDate targetDate) {
        return participation.createService(partnership.id(), new ServiceDraft(name, "Justice social work", Sector.STATUTORY,
                Set.of("VICTIMS"), target, targetDate));
    }

    private Observation observe(TrackedService service, LocalDate on, int stage, boolean baseline, Long corrects) {
        return participation.recordObservation(service.id(), new ObservationDraft(on, stage, "Evidence " + stage, baseline,
                Set.of(), corrects));
    }
}
