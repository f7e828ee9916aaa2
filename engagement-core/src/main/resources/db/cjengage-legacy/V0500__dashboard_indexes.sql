-- Dashboard aggregates (docs/dashboard.md, docs/benchmarks.md): one covering index lets the activity
-- aggregate read the index alone, for one partnership (prefix) and for the national roll-up (full index scan).
CREATE INDEX ix_activity_dashboard ON engagement_activity
    (partnership_id, status, level_code, stage_code, planned_start, planned_end, plan_id);
