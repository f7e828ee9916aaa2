package org.cjengage.ui.dashboard;

import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.cjengage.ui.common.UkDates;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;

import org.cjengage.core.common.ValidationException;
import org.cjengage.core.dashboard.DashboardFilter;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.PlanScope;
import org.cjengage.ui.common.PlanScopeField;
import org.cjengage.ui.common.ErrorMessages;
import org.cjengage.ui.common.Labels;

/**
 * Plan, period, community and level. Every change by the user publishes a {@link FilterChangedEvent};
 * the view puts the new filter into the URL, so the state survives reloads and can be shared.
 */
class DashboardFilterBar extends Composite<HorizontalLayout> {

    final PlanScopeField plan = new PlanScopeField(true);
    final DatePicker from = UkDates.apply(new DatePicker());
    final DatePicker to = UkDates.apply(new DatePicker());
    final ComboBox<String> community = new ComboBox<>();
    final ComboBox<String> level = new ComboBox<>();
    final Button clear = new Button();
    private final boolean national;
    private Long currentPlanId;

    /** @param national the national roll-up: each partnership's current plan or all plans, no single plan */
    DashboardFilterBar(Labels labels, boolean withPlan) {
        this.national = !withPlan;
        from.setLabel(getTranslation("dashboard.filter.from"));
        to.setLabel(getTranslation("dashboard.filter.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        community.setLabel(getTranslation("dashboard.filter.community"));
        community.setPlaceholder(getTranslation("dashboard.filter.all"));
        community.setItems(labels.codes(labels.standards().communityTypes()));
        community.setItemLabelGenerator(labels::community);
        community.setClearButtonVisible(true);
        community.setWidth("18em");
        level.setLabel(getTranslation("dashboard.filter.level"));
        level.setPlaceholder(getTranslation("dashboard.filter.all"));
        level.setItems(labels.codes(labels.standards().levels()));
        level.setItemLabelGenerator(labels::level);
        level.setClearButtonVisible(true);
        clear.setText(getTranslation("dashboard.filter.clear"));
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        // clearing keeps the plan choice: only "All plans" or another plan changes which plans are counted
        clear.addClickListener(e -> fireEvent(new FilterChangedEvent(this, planOnly(DashboardFilter.NONE))));
        plan.addValueChangeListener(e -> changed(e.isFromClient()));
        from.addValueChangeListener(e -> changed(e.isFromClient()));
        to.addValueChangeListener(e -> changed(e.isFromClient()));
        community.addValueChangeListener(e -> changed(e.isFromClient()));
        level.addValueChangeListener(e -> changed(e.isFromClient()));
        HorizontalLayout layout = getContent();
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.getStyle().set("flex-wrap", "wrap");
        layout.setMaxWidth("100%"); // so that the plan field's max-width of 100% means the screen's width
        layout.add(plan, from, to, community, level, clear);
    }

    /** Shows a filter (from the URL or as the service applied it) without publishing an event. */
    void show(DashboardFilter filter, List<ActionPlan> partnershipPlans, Long currentPlanId) {
        this.currentPlanId = currentPlanId;
        PlanScope scope = filter.allPlans() ? PlanScope.ALL
                : filter.planId() == null ? PlanScope.CURRENT : PlanScope.of(filter.planId());
        if (national) {
            plan.showNational(scope);
        } else {
            plan.show(partnershipPlans, currentPlanId, scope);
        }
        from.setValue(filter.from());
        to.setValue(filter.to());
        community.setValue(filter.communityCode());
        level.setValue(filter.levelCode());
    }

    DashboardFilter value() {
        return planOnly(new DashboardFilter(null, from.getValue(), to.getValue(), community.getValue(),
                level.getValue()));
    }

    private DashboardFilter planOnly(DashboardFilter filter) {
        PlanScope scope = plan.scope();
        // the current plan stays unnamed in the URL, so a saved link keeps opening on whatever plan is current
        boolean current = scope.planId() != null && scope.planId().equals(currentPlanId);
        return scope.all() ? filter.withAllPlans() : filter.withPlan(current ? null : scope.planId());
    }

    private void changed(boolean fromClient) {
        if (fromClient) {
            fireEvent(new FilterChangedEvent(this, value()));
        }
    }

    Registration addFilterChangedListener(ComponentEventListener<FilterChangedEvent> listener) {
        return addListener(FilterChangedEvent.class, listener);
    }

    /** The user changed a filter. */
    static class FilterChangedEvent extends ComponentEvent<DashboardFilterBar> {
        private final DashboardFilter filter;

        FilterChangedEvent(DashboardFilterBar source, DashboardFilter filter) {
            super(source, true);
            this.filter = filter;
        }

        DashboardFilter filter() {
            return filter;
        }
    }

    /**
     * Checks the filter the user chose; a period that ends before it starts is marked on the end date.
     * Returns whether the filter can be applied.
     */
    boolean accepts(DashboardFilter filter) {
        try {
            filter.validate();
            to.setInvalid(false);
            return true;
        } catch (ValidationException e) {
            to.setInvalid(true);
            to.setErrorMessage(ErrorMessages.describe(e.violations().getFirst()));
            return false;
        }
    }
}
