package org.cjengage.ui.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import com.vaadin.flow.router.QueryParameters;

import jakarta.annotation.security.PermitAll;

import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.PlanScope;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.scoring.AssessmentOverviewRow;
import org.cjengage.core.scoring.AssessmentService;
import org.cjengage.ui.common.GridLinks;
import org.cjengage.ui.common.GridStyles;
import org.cjengage.ui.common.NarrowColumns;
import org.cjengage.ui.common.PlanScopeField;
import org.cjengage.ui.security.CurrentPartnership;

/**
 * The activities of the current partnership with the status of their assessments, on its current plan unless
 * another plan or all plans are chosen (URL: {@code assessments?plan=..}, a plan id or {@code all}); search by words
 * in the activity or plan, sort by any column (activities waiting for review first by default).
 */
@Route(value = "assessments", registerAtStartup = false)
@PermitAll
public class AssessmentsOverviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /**
     * Below this width (rem) the grid shows only the activity column with the figures in its cells: its columns
     * need 62.5em of the grid's small text (0.875 rem) side by side, about 55 rem.
     */
    static final double NARROW_REM = 55;

    private final AssessmentService service;
    private final CurrentPartnership currentPartnership;
    private final PlanService plans;
    final PlanScopeField plan = new PlanScopeField(true);
    final Grid<AssessmentOverviewRow> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    final TextField search = new TextField();
    final Span count = new Span();
    /** The filters above the grid: plan, then search. */
    final HorizontalLayout filters = new HorizontalLayout();
    private List<AssessmentOverviewRow> rows = List.of();
    /** When the grid is too narrow for its columns, the activity cell carries the figures. */
    final NarrowColumns<AssessmentOverviewRow> narrow = new NarrowColumns<>(grid, NARROW_REM,
            "scoring-overview-summary");

    public AssessmentsOverviewView(AssessmentService service, CurrentPartnership currentPartnership,
                                   PlanService plans) {
        this.service = service;
        this.currentPartnership = currentPartnership;
        this.plans = plans;
        plan.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                String value = e.getValue().scope().parameter();
                getUI().ifPresent(ui -> ui.navigate(AssessmentsOverviewView.class, value == null
                        ? QueryParameters.empty() : QueryParameters.of("plan", value)));
            }
        });
        setSizeFull();
        grid.setAriaLabel(getTranslation("scoring.overview.grid"));
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        GridStyles.dense(grid);
        // each column once, with one label: its header and, on a phone, its line under the activity
        var activity = narrow.addMain("activity", getTranslation("scoring.overview.activity"), AssessmentsOverviewView::link)
                .setComparator(row -> row.description().toLowerCase(Locale.ROOT)).setWidth("18em").setFlexGrow(4);
        narrow.addText("plan", getTranslation("scoring.overview.plan"), AssessmentOverviewRow::planTitle)
                .setComparator(row -> row.planTitle().toLowerCase(Locale.ROOT)).setWidth("9em").setFlexGrow(1);
        // the counts sort as numbers (their comparators), whatever their text
        narrow.addText("drafts", getTranslation("scoring.status.DRAFT"), row -> String.valueOf(row.drafts()))
                .setComparator(Comparator.comparingInt(AssessmentOverviewRow::drafts)).setWidth("8.5em").setFlexGrow(0);
        var submitted = narrow.addText("submitted", getTranslation("scoring.status.SUBMITTED"),
                        row -> String.valueOf(row.submitted()))
                .setComparator(Comparator.comparingInt(AssessmentOverviewRow::submitted)).setWidth("8.5em")
                .setFlexGrow(0);
        narrow.addText("approved", getTranslation("scoring.status.APPROVED"), row -> String.valueOf(row.approved()))
                .setComparator(Comparator.comparingInt(AssessmentOverviewRow::approved)).setWidth("8.5em")
                .setFlexGrow(0);
        narrow.addText("state", getTranslation("scoring.overview.state"), row -> getTranslation(stateKey(row)))
                .setComparator(Comparator.comparingInt(AssessmentsOverviewView::stateRank)).setWidth("10em")
                .setFlexGrow(1);
        grid.setMultiSort(true);
        grid.sort(List.of(new GridSortOrder<>(submitted, SortDirection.DESCENDING),
                new GridSortOrder<>(activity, SortDirection.ASCENDING)));

        search.setLabel(getTranslation("scoring.overview.search"));
        search.setHelperText(getTranslation("scoring.overview.searchHelper"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("20em");
        search.setMaxWidth("100%");
        search.addValueChangeListener(e -> applySearch());
        filters.add(plan, search);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true); // on a phone the search goes under the plan
        filters.setMaxWidth("100%"); // so that a field's max-width of 100% means the screen's width
        empty.setText(getTranslation("scoring.overview.none"));
        RouterLink partnershipLink = new RouterLink(getTranslation("scoring.partnership.link"),
                PartnershipAssessmentsView.class);
        add(new H2(getTranslation("scoring.overview.heading")), partnershipLink, filters, count, empty, grid);
        setFlexGrow(1, grid);
    }

    private static RouterLink link(AssessmentOverviewRow row) {
        return GridLinks.tall(new RouterLink(row.description(), ActivityAssessmentsView.class,
                new RouteParameters("activityId", String.valueOf(row.activityId()))));
    }

    private static String stateKey(AssessmentOverviewRow row) {
        return row.total() == 0 ? "scoring.overview.notAssessed"
                : row.approved() > 0 ? "scoring.overview.hasApproved" : "scoring.overview.inProgress";
    }

    /** In progress first, then not assessed, then those with an approved assessment. */
    private static int stateRank(AssessmentOverviewRow row) {
        return row.total() == 0 ? 1 : row.approved() > 0 ? 2 : 0;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> values = event.getLocation().getQueryParameters().getParameters().get("plan");
        PlanScope scope;
        try {
            scope = PlanScope.parse(values == null || values.isEmpty() ? null : values.getFirst());
        } catch (NumberFormatException e) {
            throw new NotFoundException("plan", values.getFirst());
        }
        PlanScope chosen = scope;
        plan.setVisible(currentPartnership.get().isPresent());
        rows = currentPartnership.get().map(p -> {
            plan.show(plans.plansOf(p.id()), plans.currentPlan(p.id()).map(ActionPlan::id).orElse(null), chosen);
            return service.overview(p.id(), plans.plansIn(p.id(), chosen).stream().map(ActionPlan::id).toList());
        }).orElse(List.of());
        grid.setItems(new ListDataProvider<>(new ArrayList<>(rows)));
        applySearch();
    }

    private void applySearch() {
        String[] words = search.getValue().strip().toLowerCase(Locale.ROOT).split("\\s+");
        @SuppressWarnings("unchecked")
        ListDataProvider<AssessmentOverviewRow> data = (ListDataProvider<AssessmentOverviewRow>) grid.getDataProvider();
        data.setFilter(row -> {
            String text = (row.description() + " " + row.planTitle()).toLowerCase(Locale.ROOT);
            for (String word : words) {
                if (!word.isEmpty() && !text.contains(word)) {
                    return false;
                }
            }
            return true;
        });
        long shown = rows.stream().filter(row -> data.getFilter() == null || data.getFilter().test(row)).count();
        count.setText(getTranslation("scoring.overview.count", shown, rows.size()));
        grid.setVisible(shown > 0);
        count.setVisible(!rows.isEmpty());
        filters.setVisible(plan.isVisible() || !rows.isEmpty()); // the plan can be changed even when it has none
        empty.setText(getTranslation(rows.isEmpty() ? "scoring.overview.none" : "scoring.overview.noMatch"));
        empty.setVisible(shown == 0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scoring.overview.heading") + " | " + getTranslation("app.name");
    }
}
