package org.cjengage.ui.plan;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.QueryParameters;

import jakarta.annotation.security.PermitAll;

import org.cjengage.core.common.PluginPaths;
import org.cjengage.core.common.ConcurrentEditException;
import org.cjengage.core.common.DomainException;
import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.DeletionImpact;
import org.cjengage.core.plan.DeliveryDraft;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.ui.common.ActivityLink;
import org.cjengage.ui.common.ActivitySection;
import org.cjengage.ui.common.ErrorMessages;
import org.cjengage.ui.common.Labels;
import org.cjengage.ui.common.Notifications;

/**
 * One activity on its own page ({@code activities/42}): every outline-plan column, the purposes' details,
 * the VOiCE cycle, links other features add, and the change history (read when the person opens it).
 */
@Route(value = "activities/:activityId", registerAtStartup = false)
@PermitAll
public class ActivityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanService plans;
    private final AccessGuard access;
    private final Labels labels;
    private final List<ActivityLink> links;
    private final List<ActivitySection> sections;
    private final PluginPaths paths;
    ActivityForm form;
    private EngagementActivity activity;
    private ActionPlan plan;
    private H2 heading;
    private AuditHistory history;
    private ActivityForm.Mode mode;

    public ActivityView(PlanService plans, AccessGuard access, Labels labels, List<ActivityLink> links,
                        List<ActivitySection> sections, PluginPaths paths) {
        this.paths = paths;
        this.plans = plans;
        this.access = access;
        this.labels = labels;
        this.links = links.stream().sorted(Comparator.comparingInt(ActivityLink::order)).toList();
        this.sections = sections.stream().sorted(Comparator.comparingInt(ActivitySection::order)).toList();
        setMaxWidth("80em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("activityId").orElse("");
        org.cjengage.core.plan.ActivityInPlan read;
        try {
            read = plans.activityInPlan(Long.parseLong(id));
        } catch (NumberFormatException e) {
            throw new NotFoundException("activity", id);
        }
        activity = read.activity();
        plan = read.plan();
        build();
    }

    private void build() {
        removeAll();
        mode = modeNow();
        RouterLink back = new RouterLink(getTranslation("activity.back"), PlanView.class);
        back.setQueryParameters(QueryParameters.of("plan", String.valueOf(plan.id())));
        heading = new H2(activity.description());
        Paragraph planName = new Paragraph(plan.title());
        form = new ActivityForm(labels, mode);
        form.edit(ActivityFormModel.from(activity), mode == ActivityForm.Mode.PLAN);
        form.addSaveListener(e -> save(e.draft()));
        form.addReloadListener(e -> reload());
        form.addCloseListener(e -> back());
        form.addDeleteListener(e -> confirmDelete());
        add(back, heading, planName, form, linksSection());
        sections.stream().map(section -> section.create().apply(activity.id())).filter(java.util.Objects::nonNull)
                .forEach(this::add);
        long activityId = activity.id();
        history = new AuditHistory(() -> plans.activityHistory(activityId), labels);
        add(history);
    }

    /**
     * After a save or a reload: the heading, the form and the history (if open) show the activity as saved, in the components
     * already on the page (building the whole page again cost as much as opening it; links and the other features'
     * sections do not change with the activity's fields).
     */
    private void refresh() {
        if (modeNow() != mode) { // the person's access changed since the page was built: build it for what they may do now
            build();
            return;
        }
        heading.setText(activity.description());
        form.edit(ActivityFormModel.from(activity), mode == ActivityForm.Mode.PLAN);
        history.refresh();
    }

    /** What the person may do with the activity, asked now (access is checked against the truth, not the page's copy). */
    private ActivityForm.Mode modeNow() {
        return plans.canEditPlan(activity.partnershipId()) ? ActivityForm.Mode.PLAN
                : plans.canRecordDelivery(activity.partnershipId()) ? ActivityForm.Mode.DELIVERY
                : ActivityForm.Mode.READ_ONLY;
    }

    private void save(org.cjengage.core.plan.ActivityDraft draft) {
        try {
            activity = form.mode() == ActivityForm.Mode.PLAN
                    ? plans.updateActivity(activity.id(), activity.version(), draft)
                    : plans.recordDelivery(activity.id(), activity.version(), DeliveryDraft.of(draft));
            Notifications.success(getTranslation("activity.saved"));
            refresh();
        } catch (ValidationException ex) {
            form.showViolations(ex);
        } catch (ConcurrentEditException ex) {
            form.showConflict();
            ErrorMessages.show(ex);
        } catch (DomainException ex) {
            ErrorMessages.show(ex);
        }
    }

    private void reload() {
        activity = plans.activity(activity.id());
        refresh();
    }

    private void confirmDelete() {
        DeletionImpact impact;
        try {
            impact = plans.activityDeletion(activity.id());
        } catch (DomainException ex) {
            ErrorMessages.show(ex);
            return;
        }
        DeletionDialogs.open(impact, getTranslation("activity.delete.refused"), getTranslation("activity.delete.title"),
                getTranslation("activity.delete.also"), List.of(), getTranslation("activity.delete.text"), () -> {
            try {
                plans.deleteActivity(activity.id(), activity.version());
                Notifications.success(getTranslation("activity.deleted"));
                back();
            } catch (ConcurrentEditException ex) {
                form.showConflict();
                ErrorMessages.show(ex);
            } catch (DomainException ex) {
                ErrorMessages.show(ex);
            }
        });
    }

    private VerticalLayout linksSection() {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        UnorderedList list = new UnorderedList();
        long partnershipId = activity.partnershipId();
        for (ActivityLink link : links) {
            boolean allowed = link.roles().isEmpty() || access.currentUser()
                    .map(u -> u.hasRole(partnershipId, link.roles())).orElse(false);
            if (allowed) {
                list.add(new ListItem(new Anchor(paths.route(link.location().apply(activity.id())), getTranslation(link.labelKey()))));
            }
        }
        if (list.getComponentCount() > 0) {
            section.add(new H3(getTranslation("activity.links")), list);
        }
        return section;
    }

    private void back() {
        getUI().ifPresent(ui -> ui.navigate(PlanView.class, QueryParameters.of("plan", String.valueOf(plan.id()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activity.page.title") + " | " + getTranslation("app.name");
    }
}
