package org.cjengage.ui.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import jakarta.annotation.security.PermitAll;

import org.cjengage.core.common.DomainException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.ui.common.ErrorMessages;
import org.cjengage.ui.common.Labels;
import org.cjengage.ui.common.Notifications;
import org.cjengage.ui.security.CurrentPartnership;

/**
 * The outline action plan: pick a plan, see its activities, add, edit and delete them. The chosen plan
 * and activity are in the URL ({@code ?plan=..&activity=..}) so links and the back button work.
 */
@Route("plans")
@RouteAlias("")
@PermitAll
public class PlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanService plans;
    private final AccessGuard access;
    private final Labels labels;
    private final CurrentPartnership currentPartnership;

    final ComboBox<ActionPlan> planSelector = new ComboBox<>();
    final Grid<EngagementActivity> grid = new Grid<>();
    final Button addActivity = new Button();
    final Button newPlan = new Button();
    private final H2 heading = new H2();
    private final Paragraph empty = new Paragraph();
    private ActionPlan plan;
    private Dialog openDialog;

    public PlanView(PlanService plans, AccessGuard access, Labels labels, CurrentPartnership currentPartnership) {
        this.plans = plans;
        this.access = access;
        this.labels = labels;
        this.currentPartnership = currentPartnership;
        setSizeFull();
        heading.setText(getTranslation("plan.heading"));
        planSelector.setLabel(getTranslation("plan.select"));
        planSelector.setItemLabelGenerator(p -> p.title() + " (" + p.periodStart().getYear() + "–" + p.periodEnd().getYear() + ")");
        planSelector.setWidth("28em");
        planSelector.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                navigate(e.getValue().id(), null);
            }
        });
        addActivity.setText(getTranslation("activity.add"));
        addActivity.setIcon(VaadinIcon.PLUS.create());
        addActivity.addThemeVariants(ButtonVariant.PRIMARY);
        addActivity.addClickListener(e -> openEditor(null));
        newPlan.setText(getTranslation("plan.new"));
        newPlan.addClickListener(e -> new NewPlanDialog(draft -> {
            Partnership partnership = currentPartnership.get().orElseThrow();
            ActionPlan created = plans.createPlan(partnership.id(), draft);
            Notifications.success(getTranslation("plan.created"));
            navigate(created.id(), null);
        }).open());
        HorizontalLayout toolbar = new HorizontalLayout(planSelector, addActivity, newPlan);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        configureGrid();
        add(heading, toolbar, empty, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("plan.grid"));
        grid.addColumn(EngagementActivity::description).setHeader(getTranslation("activity.description")).setFlexGrow(4);
        grid.addColumn(a -> labels.level(a.levelCode())).setHeader(getTranslation("activity.level")).setAutoWidth(true);
        grid.addColumn(a -> labels.communities(a.communityCodes())).setHeader(getTranslation("activity.communities")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation("status." + a.status().name())).setHeader(getTranslation("activity.status")).setAutoWidth(true);
        grid.addColumn(a -> Optional.ofNullable(a.leadPerson()).orElse("")).setHeader(getTranslation("activity.lead")).setFlexGrow(1);
        grid.addColumn(EngagementActivity::plannedEnd).setHeader(getTranslation("activity.plannedEnd")).setAutoWidth(true);
        grid.addItemClickListener(e -> navigate(plan.id(), e.getItem().id()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        Optional<Long> planId = longParam(params, "plan");
        Optional<Long> activityId = longParam(params, "activity");
        Optional<Partnership> partnership = currentPartnership.get();
        if (planId.isPresent()) {
            plan = plans.plan(planId.get());
            currentPartnership.select(plan.partnershipId());
        } else {
            plan = partnership.flatMap(p -> plans.plansOf(p.id()).stream().findFirst()).orElse(null);
        }
        long partnershipId = plan != null ? plan.partnershipId() : partnership.map(Partnership::id).orElse(-1L);
        boolean canEdit = partnershipId > 0 && access.hasRole(partnershipId, AccessGuard.PLAN_EDITORS);
        newPlan.setVisible(canEdit);
        addActivity.setVisible(canEdit && plan != null);
        refresh(partnershipId);
        if (activityId.isPresent() && plan != null) {
            EngagementActivity activity = plans.activity(activityId.get());
            if (!activity.planId().equals(plan.id())) {
                throw new org.cjengage.core.common.NotFoundException("activity", activityId.get());
            }
            openEditor(activity);
        } else if (openDialog != null) {
            openDialog.close();
        }
    }

    private void refresh(long partnershipId) {
        planSelector.setItems(partnershipId > 0 ? plans.plansOf(partnershipId) : List.of());
        planSelector.setValue(plan);
        grid.setVisible(plan != null);
        empty.setVisible(plan == null);
        empty.setText(getTranslation("plan.none"));
        if (plan != null) {
            long planId = plan.id();
            grid.setItems(query -> plans.activities(planId, query.getOffset(), query.getLimit()).stream(),
                    query -> (int) plans.countActivities(planId));
        }
    }

    private void openEditor(EngagementActivity activity) {
        boolean canEdit = access.hasRole(plan.partnershipId(), AccessGuard.PLAN_EDITORS);
        ActivityForm form = new ActivityForm(labels, canEdit);
        form.edit(activity == null ? new ActivityFormModel() : ActivityFormModel.from(activity), canEdit && activity != null);
        Dialog dialog = new Dialog(form);
        dialog.setHeaderTitle(getTranslation(activity == null ? "activity.new" : "activity.edit"));
        dialog.setWidth("min(60em, 95vw)");
        form.addSaveListener(e -> {
            try {
                if (activity == null) {
                    plans.createActivity(plan.id(), e.draft());
                } else {
                    plans.updateActivity(activity.id(), activity.version(), e.draft());
                }
                Notifications.success(getTranslation("activity.saved"));
                dialog.close();
                grid.getDataProvider().refreshAll();
            } catch (ValidationException ex) {
                form.showViolations(ex);
            } catch (DomainException ex) {
                ErrorMessages.show(ex);
            }
        });
        form.addDeleteListener(e -> confirmDelete(activity, dialog));
        form.addCloseListener(e -> dialog.close());
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened() && activity != null) {
                navigate(plan.id(), null);
            }
        });
        if (openDialog != null && openDialog.isOpened()) {
            openDialog.close();
        }
        openDialog = dialog;
        dialog.open();
    }

    private void confirmDelete(EngagementActivity activity, Dialog editor) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("activity.delete.title"),
                getTranslation("activity.delete.text"), getTranslation("action.delete"), e -> {
            try {
                plans.deleteActivity(activity.id(), activity.version());
                Notifications.success(getTranslation("activity.deleted"));
                editor.close();
                grid.getDataProvider().refreshAll();
            } catch (DomainException ex) {
                ErrorMessages.show(ex);
            }
        });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void navigate(long planId, Long activityId) {
        var params = activityId == null ? QueryParameters.of("plan", String.valueOf(planId))
                : QueryParameters.simple(Map.of("plan", String.valueOf(planId), "activity", String.valueOf(activityId)));
        getUI().ifPresent(ui -> ui.navigate(PlanView.class, params));
    }

    private static Optional<Long> longParam(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(values.getFirst()));
        } catch (NumberFormatException e) {
            throw new org.cjengage.core.common.NotFoundException(name, values.getFirst());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.heading") + " | " + getTranslation("app.name");
    }
}
