package org.cjengage.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.combobox.ComboBox;

import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.PlanScope;

/**
 * Which plans a page covers (docs/plan.md, "The current plan"): the partnership's plans, the current one
 * marked and chosen unless the URL asks for another, and, where the page can add plans together, an
 * "All plans" choice. On the national dashboard: each partnership's current plan, or all plans.
 */
public class PlanScopeField extends ComboBox<PlanScopeField.Choice> {

    /** One entry: a plan (scope of that plan), or all plans / the current plans ({@code plan} null). */
    public record Choice(PlanScope scope, ActionPlan plan) {
    }

    private final boolean offerAll;
    private Long currentPlanId;

    public PlanScopeField(boolean offerAll) {
        this.offerAll = offerAll;
        setLabel(getTranslation("planScope.label"));
        setAllowCustomValue(false);
        setWidth("26em");
        getStyle().set("max-width", "100%"); // a phone's width, not wider
        setItemLabelGenerator(this::label);
    }

    /**
     * Lists the partnership's plans (and "All plans" if offered) and chooses {@code selected}; a scope of
     * the current plan chooses the current plan.
     */
    public void show(List<ActionPlan> plans, Long currentPlan, PlanScope selected) {
        currentPlanId = currentPlan;
        List<Choice> choices = new ArrayList<>(plans.stream().map(p -> new Choice(PlanScope.of(p.id()), p)).toList());
        Choice all = new Choice(PlanScope.ALL, null);
        if (offerAll && plans.size() > 1) {
            choices.add(all);
        }
        setItems(choices);
        Long wanted = selected.isCurrent() ? currentPlan : selected.planId();
        setValue(selected.all() && choices.contains(all) ? all
                : choices.stream().filter(c -> c.plan() != null && c.plan().id().equals(wanted)).findFirst().orElse(null));
    }

    /** For the national dashboard: each partnership's current plan, or all plans. */
    public void showNational(PlanScope selected) {
        currentPlanId = null;
        Choice current = new Choice(PlanScope.CURRENT, null);
        Choice all = new Choice(PlanScope.ALL, null);
        setItems(current, all);
        setValue(selected.all() ? all : current);
    }

    /** The scope chosen; the current plan when nothing is. */
    public PlanScope scope() {
        return getValue() == null ? PlanScope.CURRENT : getValue().scope();
    }

    /** The one plan chosen, if a single plan is. */
    public Optional<ActionPlan> plan() {
        return Optional.ofNullable(getValue()).map(Choice::plan);
    }

    String label(Choice c) {
        if (c.plan() == null) {
            return getTranslation(c.scope().all() ? "planScope.all" : "planScope.currentEach");
        }
        ActionPlan p = c.plan();
        String years = p.periodStart().getYear() + "–" + p.periodEnd().getYear();
        return p.id().equals(currentPlanId) ? getTranslation("planScope.current", p.title(), years)
                : getTranslation("planScope.plan", p.title(), years);
    }
}
