package org.cjengage.ui.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.participation.DistanceTravelledService;
import org.cjengage.core.participation.ObservationDraft;
import org.cjengage.core.participation.ParticipationTestData;
import org.cjengage.core.participation.TrackedService;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.ui.common.chart.ChartChecks;
import org.cjengage.ui.common.chart.ChartPalette;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The distance-travelled views in a simulated browser (no real browser, real services and database). */
@SpringBootTest(classes = EngagementApplication.class)
class ParticipationViewsTest extends SpringBrowserlessTest {

    @Autowired TestData data;
    @Autowired ParticipationTestData participationData;
    @Autowired DistanceTravelledService participation;

    Partnership partnership;
    EngagementPrincipal lead;
    LocalDate today = LocalDate.now(org.cjengage.core.EngagementCoreAutoConfiguration.ZONE);

    @BeforeEach
    void setUp() {
        partnership = data.partnership();
        lead = data.user(Role.STRATEGY_LEAD, partnership.id());
    }

    @AfterEach
    void tearDown() {
        AsUser.signOut();
    }

    void observe(TrackedService service, LocalDate on, int stage) {
        AsUser.run(lead, () -> participation.recordObservation(service.id(), ObservationDraft.of(on, stage, "Seen on " + on)));
    }

    static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    @Test
    void thePartnershipViewShowsEachServicesFiguresWithStatusInWordsAndTheReviewFlag() {
        TrackedService atRisk = participationData.service(partnership.id(), "Housing options", today.plusMonths(6));
        observe(atRisk, today.minusMonths(24), 1);
        observe(atRisk, today.minusMonths(8), 3);
        TrackedService onTrack = participationData.service(partnership.id(), "Recovery café", today.plusMonths(12));
        observe(onTrack, today.minusMonths(22), 3);
        observe(onTrack, today.minusMonths(1), 7);
        AsUser.signIn(lead);

        ServicesView view = navigate(ServicesView.class);

        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(2);
        int housing = IntStream.range(0, 2).filter(i -> grid.getRow(i).service().id().equals(atRisk.id())).findFirst().orElseThrow();
        int cafe = 1 - housing;
        assertThat(grid.getCellText(housing, grid.getColumnPosition("travelled"))).isEqualTo("+2 stages");
        assertThat(text(grid.getCellComponent(housing, "status"))).isEqualTo("At risk");
        assertThat(text(grid.getCellComponent(housing, "review"))).isEqualTo("Review due");
        assertThat(grid.getCellText(cafe, grid.getColumnPosition("travelled"))).isEqualTo("+4 stages");
        assertThat(text(grid.getCellComponent(cafe, "status"))).isEqualTo("On track");
        assertThat(text(grid.getCellComponent(cafe, "review"))).isEqualTo("Up to date");
        assertThat(grid.isColumnSortable("status")).isTrue();
        assertThat(view.newService.isVisible()).isTrue();
    }

    @Test
    void whereverTheScaleIsUsedItsNoteSaysTheStageNamesAreALocalDefault() {
        TrackedService service = participationData.service(partnership.id());
        AsUser.signIn(lead);

        ServicesView list = navigate(ServicesView.class);
        assertThat(list.scaleNote.isVisible()).isTrue();
        assertThat(list.scaleNote.getText()).startsWith("Stage names are a local default")
                .contains("stage 8 as co-production", "standards/README.md");
        ServiceJourneyView journey = navigate(ServiceJourneyView.class, service.id());
        assertThat(text(journey)).contains("Stage names are a local default");
    }

    @Test
    void aPartnerSeesTheServicesButCannotAddOne() {
        participationData.service(partnership.id());
        AsUser.signIn(data.user(Role.PARTNER, partnership.id()));

        ServicesView view = navigate(ServicesView.class);

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(view.newService.isVisible()).isFalse();
    }

    @Test
    void recordingABaselineAndAnObservationUpdatesTheFiguresChartTableAndHistory() {
        TrackedService service = participationData.service(partnership.id(), "Unpaid work", today.plusYears(2));
        AsUser.signIn(lead);
        ServiceJourneyView view = navigate(ServiceJourneyView.class, service.id());

        record(view, today.minusMonths(6), "2 Informed", "Leaflets only");
        record(view, today.minusMonths(1), "4 Consulted", "Exit questionnaire running");

        assertThat(test(view.history).size()).isEqualTo(2);
        assertThat(text(view.figures)).contains("Baseline", "2 Informed", "4 Consulted", "+2 stages", "4 stages");
        assertThat(view.chart.chart.optionJson()).contains("\"symbol\":\"none\"", "8 Co-producing");
        assertThat(text(view.chart.table)).contains("2 Informed", "4 Consulted", "8 Co-producing", "Target");
        assertThat(participation.journey(service.id()).journey().distanceTravelled()).contains(2);
    }

    @Test
    void theJourneyLinesHaveEnoughContrastAndDifferByDashPatternNotOnlyColour() {
        TrackedService service = participationData.service(partnership.id(), "Restorative justice", today.plusYears(1));
        observe(service, today.minusMonths(4), 2);
        observe(service, today.minusMonths(1), 3);
        AsUser.signIn(lead);

        String option = navigate(ServiceJourneyView.class, service.id()).chart.chart.optionJson();

        // recorded stages, target and expected progress
        assertThat(ChartChecks.dashes(option)).containsExactly("\"solid\"", "\"dashed\"", "\"dotted\"");
        assertThat(ChartChecks.seriesColours(option)).hasSizeGreaterThanOrEqualTo(3).allSatisfy(colour ->
                assertThat(ChartChecks.contrast(colour, ChartPalette.BACKGROUND)).as(colour).isGreaterThanOrEqualTo(3.0));
        assertThat(ChartChecks.tree(option).path("backgroundColor").asString()).isEqualTo(ChartPalette.BACKGROUND);
    }

    @Test
    void aFutureDateIsMarkedOnTheDateFieldAndNothingIsRecorded() {
        TrackedService service = participationData.service(partnership.id());
        AsUser.signIn(lead);
        ServiceJourneyView view = navigate(ServiceJourneyView.class, service.id());

        record(view, today.plusDays(3), "3 Educated", "Not yet happened");

        assertThat(view.form.observedOn.isInvalid()).isTrue();
        assertThat(view.form.observedOn.getErrorMessage()).isEqualTo("An observation cannot be dated in the future.");
        assertThat(test(view.history).size()).isZero();
    }

    @Test
    void correctingAnObservationKeepsItInTheHistoryAsSuperseded() {
        TrackedService service = participationData.service(partnership.id());
        observe(service, today.minusMonths(3), 2);
        observe(service, today.minusMonths(1), 6);
        AsUser.signIn(lead);
        ServiceJourneyView view = navigate(ServiceJourneyView.class, service.id());

        Button correctNewest = (Button) test(view.history).getCellComponent(0, 6);
        test(correctNewest).click();
        test(view.form.stage).selectItem("3 Educated");
        test(view.form.submit).click();

        var history = test(view.history);
        assertThat(history.size()).isEqualTo(3);
        assertThat(history.getCellText(0, 5)).startsWith("Corrects the entry of");
        assertThat(history.getCellText(1, 5)).isEqualTo("Superseded by a correction");
        assertThat(text(view.figures)).contains("3 Educated", "+1 stage");
    }

    @Test
    void aPartnerReadsTheJourneyButGetsNoRecordingForm() {
        TrackedService service = participationData.service(partnership.id());
        AsUser.signIn(data.user(Role.PARTNER, partnership.id()));

        ServiceJourneyView view = navigate(ServiceJourneyView.class, service.id());

        assertThat(view.form.isAttached()).isFalse();
        assertThat(view.editService.isVisible()).isFalse();
        assertThat($(Span.class).all()).isNotEmpty();
    }

    private void record(ServiceJourneyView view, LocalDate date, String stage, String evidence) {
        view.form.observedOn.setValue(date);
        test(view.form.stage).selectItem(stage);
        test(view.form.evidence).setValue(evidence);
        test(view.form.submit).click();
    }
}
