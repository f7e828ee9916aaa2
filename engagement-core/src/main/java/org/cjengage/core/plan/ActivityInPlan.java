package org.cjengage.core.plan;

/** An activity and the plan it belongs to ({@link PlanService#activityInPlan}). */
public record ActivityInPlan(EngagementActivity activity, ActionPlan plan) {
}
