package org.cjengage.core.outputs;

import java.util.ArrayList;
import java.util.List;

import org.cjengage.core.plan.PlanDependents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Participation statements and deleting plans: a published statement is a public, dated record that refers to
 * its plan, so a plan with one cannot be deleted; the plan's editable draft goes with the plan, and the confirm
 * dialog says so. Activities are not affected (a published statement keeps its own frozen copy of the figures).
 */
@Component
class StatementPlanDependents implements PlanDependents {

    private final JdbcClient jdbc;

    StatementPlanDependents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Dependent> ofPlan(long planId) {
        List<Dependent> result = new ArrayList<>(2);
        long published = count("published_statement", planId);
        if (published > 0) {
            result.add(Dependent.blocking("outputs.delete.planHasPublishedStatement", published));
        }
        long drafts = count("statement_draft", planId);
        if (drafts > 0) {
            result.add(Dependent.deletedWith("outputs.delete.planStatementDraft", drafts));
        }
        return result;
    }

    @Override
    public List<Dependent> ofActivity(long activityId) {
        return List.of();
    }

    @Override
    public void deleteWithPlan(long planId) {
        jdbc.sql("DELETE FROM statement_draft WHERE plan_id = :id").param("id", planId).update();
    }

    @Override
    public void deleteWithActivity(long activityId) {
        // nothing: statements belong to plans
    }

    private long count(String table, long planId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE plan_id = :id").param("id", planId)
                .query(Long.class).single();
    }
}
