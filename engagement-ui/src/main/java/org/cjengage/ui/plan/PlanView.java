package org.cjengage.ui.plan;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.PermitAll;

import org.cjengage.core.common.DomainException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityQuery;
import org.cjengage.core.plan.ActivityRow;
import org.cjengage.core.plan.DeliveryStatus;
import org.cjengage.core.plan.PlanFiles;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.plan.PlanTransferService;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.ui.common.ErrorMessages;
import org.cjengage.ui.common.Labels;
import org.cjengage.ui.common.Notifications;
import org.cjengage.ui.security.CurrentPartnership;

/**
 * The outline action plan: choose a plan, filter, search and sort its activities (loaded page by page
 * from the database), see delivery against plan, and manage plans, imports and exports. The plan and
 * every filter are in the URL; an activity opens on its own page.
 */
@Route("plans")
@RouteAlias("")
@PermitAll
public class PlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String CSS = "vaadin-grid::part(overdue){background-color:#fdeced;}"
            + "vaadin-grid::part(overdue first-column-cell){border-left:4px solid #a3111f;}";

    private final PlanService plans;
    private final PlanTransferService transfer;
    private final AccessGuard access;
    private final Labels labels;
    private final CurrentPartnership currentPartnership;

    final ComboBox<ActionPlan> planSelector = new ComboBox<>();
    final Grid<ActivityRow> grid = new Grid<>();
    final PlanFilterBar filters;
    final Button addActivity = new Button(), newPlan = new Button(), editPlan = new Button(),
            copyPlan = new Button(), deletePlan = new Button(), importActivities = new Button();
    final Anchor exportXlsx = new Anchor(), exportCsv = new Anchor(), print = new Anchor();
    final Span count = new Span();
    private final FlexLayout planActions = new FlexLayout();
    private final Paragraph empty = new Paragraph();
    private ActionPlan plan;
    private Dialog openDialog;

    public PlanView(PlanService plans, PlanTransferService transfer, AccessGuard access, Labels labels,
                    CurrentPartnership currentPartnership) {
        this.plans = plans;
        this.transfer = transfer;
        this.access = access;
        this.labels = labels;
        this.currentPartnership = currentPartnership;
        this.filters = new PlanFilterBar(labels);
        setSizeFull();
        planSelector.setLabel(getTranslation("plan.select"));
        planSelector.setItemLabelGenerator(p -> p.title() + " (" + p.periodStart().getYear() + "–" + p.periodEnd().getYear() + ")");
        planSelector.setWidth("28em");
        planSelector.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(PlanView.class, QueryParameters.of("plan", String.valueOf(e.getValue().id()))));
            }
        });
        button(addActivity, "activity.add", VaadinIcon.PLUS, () -> openCreator()).addThemeVariants(ButtonVariant.PRIMARY);
        button(newPlan, "plan.new", VaadinIcon.FILE_ADD, () -> openDialog(PlanDialog.create(draft -> {
            ActionPlan created = plans.createPlan(currentPartnership.get().orElseThrow().id(), draft);
            Notifications.success(getTranslation("plan.created"));
            showPlan(created.id());
        })));
        button(editPlan, "plan.edit", VaadinIcon.EDIT, () -> openDialog(PlanDialog.edit(plan, draft -> {
            plans.updatePlan(plan.id(), plan.version(), draft);
            Notifications.success(getTranslation("plan.saved"));
            showPlan(plan.id());
        })));
        button(copyPlan, "plan.copy", VaadinIcon.COPY, () -> openDialog(PlanDialog.copy(plan, draft -> {
            ActionPlan copy = plans.copyPlan(plan.id(), draft);
            Notifications.success(getTranslation("plan.copied", plans.countActivities(copy.id())));
            showPlan(copy.id());
        })));
        button(deletePlan, "plan.delete", VaadinIcon.TRASH, this::confirmDeletePlan).addThemeVariants(ButtonVariant.ERROR);
        button(importActivities, "plan.import", VaadinIcon.UPLOAD, () -> openDialog(
                new ImportDialog(transfer, plan.id(), () -> grid.getDataProvider().refreshAll())));
        print.setText(getTranslation("plan.print"));
        exportXlsx.setText(getTranslation("plan.export.xlsx"));
        exportCsv.setText(getTranslation("plan.export.csv"));
        planActions.add(editPlan, copyPlan, importActivities, exportXlsx, exportCsv, print, deletePlan);
        planActions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        planActions.setAlignItems(FlexComponent.Alignment.CENTER);
        planActions.getStyle().set("gap", "var(--lumo-space-m)");
        FlexLayout toolbar = new FlexLayout(planSelector, addActivity, newPlan);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.getStyle().set("gap", "var(--lumo-space-m)");
        configureGrid();
        filters.onChange(this::filtersChanged);
        add(new H2(getTranslation("plan.heading")), toolbar, planActions, filters, count, empty, grid);
        setFlexGrow(1, grid);
        addAttachListener(e -> e.getUI().getPage().executeJs("if(!document.getElementById('cj-plan-css')){"
                + "const s=document.createElement('style');s.id='cj-plan-css';s.textContent=$0;"
                + "document.head.appendChild(s);}", CSS));
    }

    private Button button(Button b, String key, VaadinIcon icon, Runnable action) {
        b.setText(getTranslation(key));
        b.setIcon(icon.create());
        b.addClickListener(e -> action.run());
        return b;
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("plan.grid"));
        grid.setMultiSort(true);
        grid.addComponentColumn(a -> DeliveryBadge.of(a.deliveryStatus(plans.today())))
                .setHeader(getTranslation("plan.rag")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(a -> new RouterLink(a.description(), ActivityView.class,
                        new RouteParameters("activityId", String.valueOf(a.id()))))
                .setHeader(getTranslation("activity.description")).setSortProperty("DESCRIPTION").setWidth("22em").setFlexGrow(4);
        grid.addColumn(a -> labels.level(a.levelCode())).setHeader(getTranslation("activity.level"))
                .setSortProperty("LEVEL").setAutoWidth(true);
        grid.addColumn(a -> labels.communities(a.communityCodes())).setHeader(getTranslation("activity.communities")).setWidth("12em").setFlexGrow(2);
        grid.addColumn(a -> getTranslation("status." + a.status().name())).setHeader(getTranslation("activity.status"))
                .setSortProperty("STATUS").setAutoWidth(true);
        grid.addColumn(a -> Optional.ofNullable(a.leadPerson()).orElse("")).setHeader(getTranslation("activity.lead"))
                .setSortProperty("LEAD").setWidth("10em").setFlexGrow(1);
        grid.addColumn(a -> labels.stage(a.stageCode())).setHeader(getTranslation("activity.stage"))
                .setSortProperty("STAGE").setAutoWidth(true);
        grid.addColumn(ActivityRow::plannedEnd).setHeader(getTranslation("activity.plannedEnd"))
                .setSortProperty("PLANNED_END").setAutoWidth(true);
        grid.setPartNameGenerator(a -> a.deliveryStatus(plans.today()) == DeliveryStatus.OVERDUE ? "overdue" : null);
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
        Optional<Long> planId = first(params, "plan").map(PlanView::parseId);
        Optional<Long> requested = first(params, "partnership").map(PlanView::parseId);
        Optional<Partnership> partnership = currentPartnership.get();
        if (planId.isPresent()) {
            plan = plans.plan(planId.get());
            currentPartnership.select(plan.partnershipId());
        } else if (requested.isPresent()) {
            // a dashboard link with no single plan: that partnership's first plan (plansOf checks membership)
            plan = plans.plansOf(requested.get()).stream().findFirst().orElse(null);
            currentPartnership.select(requested.get());
            partnership = currentPartnership.get();
        } else {
            plan = partnership.flatMap(p -> plans.plansOf(p.id()).stream().findFirst()).orElse(null);
        }
        long partnershipId = plan != null ? plan.partnershipId() : partnership.map(Partnership::id).orElse(-1L);
        boolean canEdit = partnershipId > 0 && access.hasRole(partnershipId, AccessGuard.PLAN_EDITORS);
        newPlan.setVisible(canEdit);
        addActivity.setVisible(canEdit && plan != null);
        List.of(editPlan, copyPlan, deletePlan, importActivities).forEach(b -> b.setVisible(canEdit));
        planActions.setVisible(plan != null);
        planSelector.setItems(partnershipId > 0 ? plans.plansOf(partnershipId) : List.of());
        planSelector.setValue(plan);
        grid.setVisible(plan != null);
        filters.setVisible(plan != null);
        empty.setVisible(plan == null);
        empty.setText(getTranslation("plan.none"));
        if (plan != null) {
            long id = plan.id();
            exportXlsx.setHref(download(id, PlanFiles.Format.XLSX));
            exportCsv.setHref(download(id, PlanFiles.Format.CSV));
            print.setHref(PrintPlanView.path(id));
            grid.setItems(q -> plans.findActivities(id, filters.query().sortedBy(sorts(q.getSortOrders())),
                    q.getOffset(), q.getLimit()).stream(), q -> (int) plans.countActivities(id, filters.query()));
        }
        filters.read(params);
    }

    private void filtersChanged() {
        if (plan == null) {
            return;
        }
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("plan.count", plans.countActivities(plan.id(), filters.query())));
        Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("plan", String.valueOf(plan.id()));
        p.putAll(filters.params());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("plans", QueryParameters.simple(p))));
    }

    private static List<ActivityQuery.SortOrder> sorts(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        return orders.stream().map(o -> new ActivityQuery.SortOrder(ActivityQuery.SortField.valueOf(o.getSorted()),
                o.getDirection() == SortDirection.ASCENDING)).toList();
    }

    private DownloadHandler download(long planId, PlanFiles.Format format) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = format == PlanFiles.Format.XLSX ? transfer.exportXlsx(planId) : transfer.exportCsv(planId);
            String type = format == PlanFiles.Format.XLSX
                    ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv;charset=UTF-8";
            return new DownloadResponse(new ByteArrayInputStream(bytes), transfer.exportFileName(planId, format), type,
                    bytes.length);
        });
    }

    private void openCreator() {
        ActivityForm form = new ActivityForm(labels, true);
        form.edit(new ActivityFormModel(), false);
        Dialog dialog = new Dialog(form);
        dialog.setHeaderTitle(getTranslation("activity.new"));
        dialog.setWidth("min(60em, 95vw)");
        form.addSaveListener(e -> {
            try {
                plans.createActivity(plan.id(), e.draft());
                Notifications.success(getTranslation("activity.saved"));
                dialog.close();
                filtersChanged();
            } catch (ValidationException ex) {
                form.showViolations(ex);
            } catch (DomainException ex) {
                ErrorMessages.show(ex);
            }
        });
        form.addCloseListener(e -> dialog.close());
        openDialog(dialog);
    }

    private void openDialog(Dialog dialog) {
        if (openDialog != null && openDialog.isOpened()) {
            openDialog.close();
        }
        openDialog = dialog;
        dialog.open();
    }

    private void confirmDeletePlan() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("plan.delete.title"), getTranslation("plan.delete.text"),
                getTranslation("action.delete"), e -> {
            try {
                plans.deletePlan(plan.id(), plan.version());
                Notifications.success(getTranslation("plan.deleted"));
                getUI().ifPresent(ui -> ui.navigate(PlanView.class));
            } catch (DomainException ex) {
                ErrorMessages.show(ex);
            }
        });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void showPlan(long planId) {
        getUI().ifPresent(ui -> ui.navigate(PlanView.class, QueryParameters.of("plan", String.valueOf(planId))));
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
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
