package org.cjengage.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.plan.ActivityRepository;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.ui.layout.DomainErrorView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = EngagementApplication.class)
@ViewPackages(packages = "org.cjengage.ui")
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired TestData data;
    @Autowired ActivityRepository activities;

    DashboardFixture fixture;

    @BeforeEach
    void givenAPartnershipWithThirteenActivities() {
        fixture = DashboardFixture.create(data, activities);
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private DashboardView open(EngagementPrincipal user, Map<String, String> query) {
        AsUser.signIn(user);
        UI.getCurrent().navigate(DashboardView.class, QueryParameters.simple(query));
        return (DashboardView) getCurrentView();
    }

    private String tile(DashboardView view, String id) {
        return $(com.vaadin.flow.component.Component.class).id(id).getElement().getTextRecursively();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsMarkedOnTheEndDateAndNotApplied() {
        DashboardView view = open(data.user(Role.PARTNER, fixture.partnership().id()), Map.of());

        test(view.filters.from).setValue(java.time.LocalDate.of(2026, 6, 1));
        test(view.filters.to).setValue(java.time.LocalDate.of(2026, 1, 1));

        assertThat(view.filters.to.isInvalid()).isTrue();
        assertThat(view.filters.to.getErrorMessage()).isEqualTo("The end date cannot be before the start date.");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .doesNotContainKey("to");
        assertThat(tile(view, "dashboard-tile-total")).startsWith("13");
    }

    @Test
    void aPartnerIsAMemberAndSeesEveryFigureExactlyWithNoSuppressionNote() {
        DashboardView view = open(data.user(Role.PARTNER, fixture.partnership().id()), Map.of());

        assertThat(view.heading.getText()).contains(fixture.partnership().name());
        assertThat(tile(view, "dashboard-tile-total")).startsWith("13");
        assertThat(tile(view, "dashboard-tile-complete")).startsWith("6");
        assertThat(tile(view, "dashboard-tile-overdue")).startsWith("5");
        assertThat(tile(view, "dashboard-tile-people")).startsWith("70");
        assertThat(view.suppressionNote.isVisible()).isFalse();
        ChartSection stage = $(ChartSection.class).id("dashboard-stage");
        assertThat(DashboardFixture.cellTexts(stage.table.getElement()))
                .containsSubsequence("Plan", "2", "Deliver", "6", "Review", "5");
        ChartSection people = $(ChartSection.class).id("dashboard-people");
        assertThat(DashboardFixture.cellTexts(people.table.getElement()))
                .containsSubsequence("Plan", "2", "Deliver", "48", "Review", "20", "Total", "70");
        ChartSection coverage = $(ChartSection.class).id("dashboard-coverage");
        assertThat(DashboardFixture.cellTexts(coverage.table.getElement()))
                .containsSubsequence("Victims of crime", "6", "0", "0");
        assertThat(coverage.getElement().getTextRecursively()).contains("Not involved at all: People with convictions");
    }

    @Test
    void beyondThePartnershipOnlySmallCountsOfPeopleAreSuppressedAndNoSuppressedFigureLinks() {
        DashboardView view = open(data.user(Role.NATIONAL_VIEWER, null),
                Map.of("partnership", String.valueOf(fixture.partnership().id())));

        assertThat(tile(view, "dashboard-tile-total")).startsWith("13");
        assertThat(tile(view, "dashboard-tile-complete")).startsWith("6");
        assertThat(tile(view, "dashboard-tile-people")).startsWith("70");
        assertThat(view.suppressionNote.isVisible()).isTrue();
        assertThat(view.suppressionNote.getText()).contains("count of people from 1 to 4", "\"<5\"");
        assertThat(DashboardFixture.cellTexts($(ChartSection.class).id("dashboard-stage").table.getElement()))
                .containsSubsequence("Plan", "2", "Deliver", "6", "Review", "5");
        ChartSection people = $(ChartSection.class).id("dashboard-people");
        assertThat(DashboardFixture.cellTexts(people.table.getElement()))
                .containsSubsequence("Plan", "<5", "Deliver", "hidden", "Review", "20", "Total", "70");
        assertThat(people.chart.optionJson()).contains("\"formatter\":\"<5\"").doesNotContain("\"value\":2,")
                .doesNotContain("\"value\":48");
        // counts of people never link (the plan grid lists activities); the activity tiles still do
        assertThat(DashboardFixture.hrefs(people.getElement())).isEmpty();
        assertThat($(com.vaadin.flow.component.Component.class).id("dashboard-tile-people").getElement()
                .hasAttribute("href")).isFalse();
        assertThat($(com.vaadin.flow.component.Component.class).id("dashboard-tile-complete").getElement()
                .getAttribute("href")).endsWith("&status=COMPLETE");
    }

    @Test
    void everyTileAndRowLinksToTheFilteredPlan() {
        DashboardView view = open(data.user(Role.PARTNER, fixture.partnership().id()), Map.of("level", "ENGAGE"));
        long plan = fixture.plan().id();

        assertThat($(com.vaadin.flow.component.Component.class).id("dashboard-tile-complete").getElement()
                .getAttribute("href")).isEqualTo("plans?plan=" + plan + "&level=ENGAGE&status=COMPLETE");
        assertThat(DashboardFixture.hrefs(view.figures.getElement())).contains(
                "plans?plan=" + plan + "&level=ENGAGE&overdue=true",
                "plans?plan=" + plan + "&level=ENGAGE&stage=REVIEW&overdue=true",
                "plans?plan=" + plan + "&level=ENGAGE&stage=PLAN",
                "plans?plan=" + plan + "&level=ENGAGE&community=THIRD_SECTOR");
        assertThat(tile(view, "dashboard-tile-total")).startsWith("7");
    }

    @Test
    void aLeadSeesExactFiguresWithoutTheSuppressionNote() {
        DashboardView view = open(data.user(Role.STRATEGY_LEAD, fixture.partnership().id()), Map.of());

        assertThat(view.suppressionNote.isVisible()).isFalse();
        assertThat(DashboardFixture.cellTexts($(ChartSection.class).id("dashboard-stage").table.getElement()))
                .containsSubsequence("Plan", "2", "Deliver", "6", "Review", "5");
        assertThat(DashboardFixture.cellTexts($(ChartSection.class).id("dashboard-people").table.getElement()))
                .containsSubsequence("Plan", "2", "Deliver", "48");
    }

    @Test
    void changingAFilterPutsItInTheUrl() {
        DashboardView view = open(data.user(Role.PARTNER, fixture.partnership().id()), Map.of());

        test(view.filters.community).selectItem("Victims of crime");

        var location = UI.getCurrent().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("dashboard");
        assertThat(location.getQueryParameters().getParameters()).isEqualTo(Map.of(
                "partnership", java.util.List.of(String.valueOf(fixture.partnership().id())),
                "community", java.util.List.of("VICTIMS")));
        assertThat(tile((DashboardView) getCurrentView(), "dashboard-tile-total")).startsWith("6");
    }

    @Test
    void aPartnerOfAnotherPartnershipGetsTheNotFoundPage() {
        var stranger = data.user(Role.PARTNER, data.partnership().id());
        AsUser.signIn(stranger);
        UI.getCurrent().navigate(DashboardView.class,
                QueryParameters.of("partnership", String.valueOf(fixture.partnership().id())));

        assertThat(getCurrentView()).isInstanceOf(DomainErrorView.class);
    }

    @Test
    void aNationalViewerSeesTheRollUpWithAComparisonRowPerPartnership() {
        AsUser.signIn(data.user(Role.NATIONAL_VIEWER, null));
        UI.getCurrent().navigate(NationalDashboardView.class);
        NationalDashboardView view = (NationalDashboardView) getCurrentView();

        var cells = DashboardFixture.cellTexts(view.comparison.getElement());
        var row = cells.subList(cells.indexOf(fixture.partnership().name()), cells.indexOf(fixture.partnership().name()) + 7);
        // counts of activities: exact in a national view too
        assertThat(row.get(1)).isEqualTo("13");
        assertThat(row.get(2)).isEqualTo("6");
        assertThat(row.get(4)).isEqualTo("7");
        assertThat(row.get(6)).isEqualTo("4");
        assertThat(DashboardFixture.hrefs(view.comparison.getElement()))
                .contains("dashboard?partnership=" + fixture.partnership().id());
    }

    @Test
    void aPartnerCannotOpenTheNationalRollUp() {
        AsUser.signIn(data.user(Role.PARTNER, fixture.partnership().id()));
        UI.getCurrent().navigate(NationalDashboardView.class);

        assertThat(getCurrentView()).isInstanceOf(DomainErrorView.class);
    }
}
