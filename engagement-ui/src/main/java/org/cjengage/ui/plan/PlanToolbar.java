package org.cjengage.ui.plan;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.cjengage.core.common.PluginPaths;
import org.cjengage.core.common.DomainException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.DeletionImpact;
import org.cjengage.core.plan.PlanFiles;
import org.cjengage.core.plan.PlanScope;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.plan.PlanTransferService;
import org.cjengage.ui.common.ErrorMessages;
import org.cjengage.ui.common.Labels;
import org.cjengage.ui.common.Notifications;
import org.cjengage.ui.common.PlanScopeField;
import org.cjengage.ui.security.CurrentPartnership;

/**
 * The plan view's toolbar: choose a plan, add an activity, and manage the plan (new, edit, copy, delete,
 * import, export, print). Choosing, creating or deleting a plan navigates, so the URL stays the one place
 * that says which plan is shown; activities added or imported are reported to {@code onActivitiesChanged}.
 */
class PlanToolbar extends Composite<VerticalLayout> {

    final PlanScopeField planSelector = new PlanScopeField(true);
    final Button addActivity = new Button(), newPlan = new Button(), editPlan = new Button(),
            copyPlan = new Button(), deletePlan = new Button(), importActivities = new Button(),
            makeCurrent = new Button(), followDates = new Button();
    final Span currentNote = new Span();
    final Anchor exportXlsx = new Anchor(), exportCsv = new Anchor(), print = new Anchor();
    private final FlexLayout planActions = new FlexLayout();
    private final PlanService plans;
    private final PlanTransferService transfer;
    private final Labels labels;
    private final Runnable onActivitiesChanged;
    private final PluginPaths paths;
    private ActionPlan plan;
    private long partnershipId;
    private Dialog openDialog;

    PlanToolbar(PlanService plans, PlanTransferService transfer, Labels labels, CurrentPartnership currentPartnership,
                PluginPaths paths, Runnable onActivitiesChanged) {
        this.paths = paths;
        this.plans = plans;
        this.transfer = transfer;
        this.labels = labels;
        this.onActivitiesChanged = onActivitiesChanged;
        planSelector.setLabel(getTranslation("plan.select"));
        planSelector.setWidth("28em");
        planSelector.setMaxWidth("100%"); // a phone's width, not wider
        planSelector.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                if (e.getValue().plan() != null) {
                    showPlan(e.getValue().plan().id());
                } else {
                    getUI().ifPresent(ui -> ui.navigate(PlanView.class, QueryParameters.simple(java.util.Map.of(
                            "plan", PlanScope.ALL_PARAMETER, "partnership", String.valueOf(partnershipId)))));
                }
            }
        });
        currentNote.addClassName("cje-current-plan");
        button(makeCurrent, "planScope.makeCurrent", VaadinIcon.PIN, () -> pin(plan.id(), "planScope.madeCurrent"));
        button(followDates, "planScope.followDates", VaadinIcon.CALENDAR, () -> pin(null, "planScope.followingDates"));
        makeCurrent.addThemeVariants(ButtonVariant.TERTIARY);
        followDates.addThemeVariants(ButtonVariant.TERTIARY);
        button(addActivity, "activity.add", VaadinIcon.PLUS, this::openCreator).addThemeVariants(ButtonVariant.PRIMARY);
        button(newPlan, "plan.new", VaadinIcon.FILE_ADD, () -> openDialog(PlanDialog.create(plans.today(), draft -> {
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
                new ImportDialog(transfer, plan.id(), onActivitiesChanged)));
        print.setText(getTranslation("plan.print"));
        exportXlsx.setText(getTranslation("plan.export.xlsx"));
        exportCsv.setText(getTranslation("plan.export.csv"));
        planActions.add(currentNote, makeCurrent, followDates, editPlan, copyPlan, importActivities, exportXlsx,
                exportCsv, print, deletePlan);
        planActions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        planActions.setAlignItems(FlexComponent.Alignment.CENTER);
        planActions.getStyle().set("gap", "var(--lumo-space-m)");
        FlexLayout choice = new FlexLayout(planSelector, addActivity, newPlan);
        choice.setAlignItems(FlexComponent.Alignment.BASELINE);
        choice.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        choice.setMaxWidth("100%");
        choice.getStyle().set("gap", "var(--lumo-space-m)");
        getContent().setPadding(false);
        getContent().add(choice, planActions);
    }

    /**
     * Shows {@code plan} (null: none, or all plans) chosen among {@code choices}, with the actions the user
     * may take on it.
     *
     * @param canEdit the user may change plans of this partnership
     * @param current the partnership's current plan and whether a lead pinned it
     */
    void show(long partnershipId, ActionPlan plan, boolean allPlans, List<ActionPlan> choices, boolean canEdit,
              CurrentPlan current) {
        this.partnershipId = partnershipId;
        this.plan = plan;
        newPlan.setVisible(canEdit);
        addActivity.setVisible(canEdit && plan != null);
        List.of(editPlan, copyPlan, deletePlan, importActivities).forEach(b -> b.setVisible(canEdit));
        planActions.setVisible(plan != null);
        planSelector.show(choices, current.planId(), allPlans ? PlanScope.ALL
                : plan == null ? PlanScope.CURRENT : PlanScope.of(plan.id()));
        boolean isCurrent = plan != null && plan.id().equals(current.planId());
        currentNote.setText(getTranslation(!isCurrent ? "planScope.notCurrent"
                : current.pinned() ? "planScope.pinned" : "planScope.byDates"));
        makeCurrent.setVisible(canEdit && plan != null && !isCurrent);
        followDates.setVisible(canEdit && isCurrent && current.pinned());
        if (plan != null) {
            exportXlsx.setHref(download(plan.id(), PlanFiles.Format.XLSX));
            exportCsv.setHref(download(plan.id(), PlanFiles.Format.CSV));
            print.setHref(paths.route(PrintPlanView.path(plan.id())));
        }
    }

    /** The partnership's current plan (null if it has none) and whether a lead pinned it. */
    record CurrentPlan(Long planId, boolean pinned) {
    }

    private void pin(Long planId, String doneKey) {
        try {
            plans.pinCurrentPlan(partnershipId, planId);
            Notifications.success(getTranslation(doneKey));
            showPlan(plan.id());
        } catch (DomainException ex) {
            ErrorMessages.show(ex);
        }
    }

    private Button button(Button b, String key, VaadinIcon icon, Runnable action) {
        b.setText(getTranslation(key));
        b.setIcon(icon.create());
        b.addClickListener(e -> action.run());
        return b;
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
        ActivityForm form = new ActivityForm(labels, ActivityForm.Mode.PLAN);
        form.edit(new ActivityFormModel(), false);
        Dialog dialog = new Dialog(form);
        dialog.setHeaderTitle(getTranslation("activity.new"));
        dialog.setWidth("min(60em, 95vw)");
        form.addSaveListener(e -> {
            try {
                plans.createActivity(plan.id(), e.draft());
                Notifications.success(getTranslation("activity.saved"));
                dialog.close();
                onActivitiesChanged.run();
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
        DeletionImpact impact;
        try {
            impact = plans.planDeletion(plan.id());
        } catch (DomainException ex) {
            ErrorMessages.show(ex);
            return;
        }
        DeletionDialogs.open(impact, getTranslation("plan.delete.refused"), getTranslation("plan.delete.title"),
                getTranslation("plan.delete.text"), impact.activities() == 0 ? List.of()
                        : List.of(getTranslation("plan.delete.activities", impact.activities())),
                getTranslation("plan.delete.permanent"), () -> {
            try {
                plans.deletePlan(plan.id(), plan.version());
                Notifications.success(getTranslation("plan.deleted"));
                getUI().ifPresent(ui -> ui.navigate(PlanView.class));
            } catch (DomainException ex) {
                ErrorMessages.show(ex);
            }
        });
    }

    private void showPlan(long planId) {
        getUI().ifPresent(ui -> ui.navigate(PlanView.class, QueryParameters.of("plan", String.valueOf(planId))));
    }
}
