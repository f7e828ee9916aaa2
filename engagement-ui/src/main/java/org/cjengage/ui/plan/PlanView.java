package org.cjengage.ui.plan;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.PermitAll;

import org.cjengage.core.common.PluginPaths;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityQuery;
import org.cjengage.core.plan.ActivityRow;
import org.cjengage.core.plan.DeliveryStatus;
import org.cjengage.core.plan.PlanPage;
import org.cjengage.core.plan.PlanScope;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.plan.PlanTransferService;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.ui.common.ColumnChooser;
import org.cjengage.ui.common.GridStyles;
import org.cjengage.ui.common.PageStyles;
import org.cjengage.ui.common.Labels;
import org.cjengage.ui.common.NarrowColumns;
import org.cjengage.ui.security.CurrentPartnership;

/**
 * The outline action plan: choose a plan, filter, search and sort its activities (loaded page by page
 * from the database), see delivery against plan, and manage plans, imports and exports. The plan and
 * every filter are in the URL; an activity opens on its own page. Choosing and managing plans is
 * {@link PlanToolbar}. Without a plan in the URL the partnership's current plan opens (docs/plan.md);
 * {@code plan=all&partnership=..} lists the activities of every plan (the dashboard's "All plans").
 */
@Route(value = "plans", registerAtStartup = false)
@PermitAll
public class PlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String CSS = "vaadin-grid::part(overdue){background-color:#fdeced;}"
            + "vaadin-grid::part(overdue first-column-cell){border-left:4px solid #a3111f;}" + DeliveryBadge.CSS;

    private final PlanService plans;
    private final AccessGuard access;
    private final Labels labels;
    private final CurrentPartnership currentPartnership;
    private final PluginPaths paths;

    final PlanToolbar toolbar;
    final Grid<ActivityRow> grid = new Grid<>();
    final PlanFilterBar filters;
    final Span count = new Span();
    final ColumnChooser columns = new ColumnChooser("plan");
    /**
     * Below 60 rem (the key columns need about 69em of the grid's small text side by side) only the activity column
     * is shown, its cells listing the other chosen columns' values with their names.
     */
    final NarrowColumns<ActivityRow> narrow = new NarrowColumns<>(grid, 60, "plan-activity-summary");
    private final Paragraph empty = new Paragraph();
    private ActionPlan plan;
    private Long allPlansOf;
    private Map<Long, String> planTitles = Map.of();
    private com.vaadin.flow.component.grid.Grid.Column<ActivityRow> planColumn;
    private Counted justCounted;

    public PlanView(PlanService plans, PlanTransferService transfer, AccessGuard access, Labels labels,
                    CurrentPartnership currentPartnership, PluginPaths paths) {
        this.paths = paths;
        this.plans = plans;
        this.access = access;
        this.labels = labels;
        this.currentPartnership = currentPartnership;
        this.toolbar = new PlanToolbar(plans, transfer, labels, currentPartnership, paths, this::filtersChanged);
        this.filters = new PlanFilterBar(labels);
        setSizeFull();
        configureGrid();
        filters.onChange(this::filtersChanged);
        HorizontalLayout countBar = new HorizontalLayout(count, columns);
        countBar.setWidthFull();
        countBar.setAlignItems(FlexComponent.Alignment.CENTER);
        countBar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        add(new H2(getTranslation("plan.heading")), toolbar, filters, countBar, empty, grid);
        setFlexGrow(1, grid);
        grid.setMinHeight("20em"); // on a phone the filters above would leave it no height
        addAttachListener(e -> PageStyles.addOnce(e.getUI(), "cj-plan-css", CSS));
    }

    /**
     * The outline-plan columns, sized so that the key ones (delivery, activity, level, community, status, lead,
     * purpose, stage, planned end) fit a 1366 px screen side by side; methods and planned start can be added
     * from the column menu.
     */
    private void configureGrid() {
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        GridStyles.dense(grid);
        grid.setAriaLabel(getTranslation("plan.grid"));
        grid.setMultiSort(true);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        narrow.chosenIn(columns);
        ValueProvider<ActivityRow, String> levelOf = a -> labels.level(a.levelCode());
        ValueProvider<ActivityRow, String> communitiesOf = a -> labels.communities(a.communityCodes());
        ValueProvider<ActivityRow, String> statusOf = a -> getTranslation("status." + a.status().name());
        ValueProvider<ActivityRow, String> leadOf = a -> Optional.ofNullable(a.leadPerson()).orElse("");
        ValueProvider<ActivityRow, String> purposesOf = a -> a.purposeCodes().stream().map(labels::purpose)
                .sorted().collect(java.util.stream.Collectors.joining(", "));
        ValueProvider<ActivityRow, String> stageOf = a -> labels.stage(a.stageCode());
        ValueProvider<ActivityRow, String> startOf = a -> a.plannedStart() == null ? ""
                : dates.format(a.plannedStart());
        ValueProvider<ActivityRow, String> endOf = a -> a.plannedEnd() == null ? "" : dates.format(a.plannedEnd());
        ValueProvider<ActivityRow, String> planOf = a -> planTitles.getOrDefault(a.planId(), "");
        // each column once, with one label: its header, its entry in the column menu and, on a phone, its line
        // under the activity (in the grid's order)
        narrow.add(grid.addColumn(DeliveryBadge.renderer(ActivityRow::delivery, this)).setKey("rag").setWidth("7.5em")
                .setFlexGrow(0), getTranslation("plan.rag"), a -> getTranslation("plan.rag." + a.delivery().name()));
        // drawn by the browser: a link per row, no component per row kept in the session
        narrow.addMainLink("activity", getTranslation("activity.description"), ActivityRow::description,
                        a -> paths.route("activities/" + a.id()))
                .setSortProperty("DESCRIPTION").setWidth("12em").setFlexGrow(3);
        narrow.addText("level", getTranslation("activity.level"), levelOf).setSortProperty("LEVEL").setWidth("5.5em")
                .setFlexGrow(0);
        narrow.addText("communities", getTranslation("activity.communities"), communitiesOf).setWidth("8em")
                .setFlexGrow(1);
        narrow.addText("status", getTranslation("activity.status"), statusOf).setSortProperty("STATUS")
                .setWidth("6.5em").setFlexGrow(0);
        narrow.addText("lead", getTranslation("activity.lead"), leadOf).setSortProperty("LEAD").setWidth("8.5em")
                .setFlexGrow(1);
        narrow.addText("purpose", getTranslation("plan.column.purpose"), purposesOf).setWidth("9em").setFlexGrow(2);
        narrow.addText("stage", getTranslation("plan.column.stage"), stageOf).setSortProperty("STAGE").setWidth("5.5em")
                .setFlexGrow(0);
        // hidden by default: can be added from the column menu
        narrow.addText("plannedStart", getTranslation("activity.plannedStart"), startOf, false)
                .setSortProperty("PLANNED_START").setWidth("6.5em").setFlexGrow(0);
        narrow.addText("plannedEnd", getTranslation("activity.plannedEnd"), endOf).setSortProperty("PLANNED_END")
                .setWidth("6.5em").setFlexGrow(0);
        // shown only with "All plans" (not in the column menu), last so the other columns keep their places
        narrow.chosenIn(null);
        planColumn = narrow.addText("plan", getTranslation("planScope.planColumn"), planOf).setWidth("8em")
                .setFlexGrow(1);
        grid.setPartNameGenerator(a -> a.delivery() == DeliveryStatus.OVERDUE ? "overdue" : null);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ActivityView.class,
                new RouteParameters("activityId", String.valueOf(e.getItem().id())))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        Optional<String> legacyActivity = first(params, "activity");
        if (legacyActivity.isPresent()) {
            event.forwardTo(ActivityView.class, new RouteParameters("activityId", legacyActivity.get()));
            return;
        }
        PlanScope scope = first(params, "plan").map(PlanView::parseScope).orElse(PlanScope.CURRENT);
        Optional<Long> requested = first(params, "partnership").map(PlanView::parseId);
        // one read for the page's frame (it checks membership before a requested partnership is chosen); the
        // chosen partnership is read only when the URL names neither a plan nor a partnership
        Long asked = scope.planId() != null ? null
                : requested.orElseGet(() -> currentPartnership.get().map(Partnership::id).orElse(null));
        PlanPage page = plans.planPage(scope, asked);
        if (page.partnershipId() != null) {
            currentPartnership.select(page.partnershipId());
        }
        plan = page.plan();
        allPlansOf = page.allPlans() ? page.partnershipId() : null;
        long partnershipId = page.partnershipId() == null ? -1L : page.partnershipId();
        boolean canEdit = partnershipId > 0 && access.hasRole(partnershipId, AccessGuard.PLAN_EDITORS);
        List<ActionPlan> choices = page.choices();
        planTitles = choices.stream().collect(java.util.stream.Collectors.toMap(ActionPlan::id, ActionPlan::title));
        PlanToolbar.CurrentPlan current = new PlanToolbar.CurrentPlan(page.currentPlanId(), page.pinned());
        toolbar.show(partnershipId, plan, allPlansOf != null, choices, canEdit, current);
        boolean rows = plan != null || allPlansOf != null;
        grid.setVisible(rows);
        filters.setVisible(rows);
        columns.setVisible(rows);
        empty.setVisible(!rows);
        empty.setText(getTranslation("plan.none"));
        narrow.setShown(planColumn, allPlansOf != null);
        grid.setAriaLabel(getTranslation(allPlansOf != null ? "planScope.allPlansGrid" : "plan.grid"));
        if (plan != null) {
            long id = plan.id();
            grid.setItems(q -> plans.findActivities(id, filters.query().sortedBy(sorts(q.getSortOrders())),
                    q.getOffset(), q.getLimit()).stream(), q -> (int) counted(filters.query()));
        } else if (allPlansOf != null) {
            long id = allPlansOf;
            grid.setItems(q -> plans.findActivitiesOfAllPlans(id, filters.query().sortedBy(sorts(q.getSortOrders())),
                    q.getOffset(), q.getLimit()).stream(), q -> (int) counted(filters.query()));
        }
        filters.read(params);
    }

    private void filtersChanged() {
        if (plan == null && allPlansOf == null) {
            return;
        }
        ActivityQuery query = filters.query();
        long shown = count(query);
        count.setText(getTranslation("plan.count", shown));
        justCounted = new Counted(query, shown);
        grid.getDataProvider().refreshAll();
        Map<String, String> p = new java.util.LinkedHashMap<>();
        if (plan != null) {
            p.put("plan", String.valueOf(plan.id()));
        } else {
            p.put("plan", PlanScope.ALL_PARAMETER);
            p.put("partnership", String.valueOf(allPlansOf));
        }
        p.putAll(filters.params());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(paths.route("plans"), QueryParameters.simple(p))));
    }

    private long count(ActivityQuery query) {
        return plan != null ? plans.countActivities(plan.id(), query) : plans.countActivitiesOfAllPlans(allPlansOf, query);
    }

    /** The grid's count: the one just shown above it if it is for the same filters (once), else a new count. */
    private long counted(ActivityQuery query) {
        Counted known = justCounted;
        justCounted = null;
        return known != null && known.query().equals(query) ? known.count() : count(query);
    }

    /** The count shown for these filters, which the grid's refresh that follows reuses instead of counting again. */
    private record Counted(ActivityQuery query, long count) {
    }

    private static List<ActivityQuery.SortOrder> sorts(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        return orders.stream().map(o -> new ActivityQuery.SortOrder(ActivityQuery.SortField.valueOf(o.getSorted()),
                o.getDirection() == SortDirection.ASCENDING)).toList();
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    private static PlanScope parseScope(String value) {
        try {
            return PlanScope.parse(value);
        } catch (NumberFormatException e) {
            throw new org.cjengage.core.common.NotFoundException("plan", value);
        }
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new org.cjengage.core.common.NotFoundException("plan", value);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.heading") + " | " + getTranslation("app.name");
    }
}
