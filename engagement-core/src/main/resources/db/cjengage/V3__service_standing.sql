-- The dashboards' read model of distance travelled (issue 16): per tracked service, where its effective
-- participation observations leave it: how many count, the baseline and the current one (id, stage, date).
-- Kept by ServiceStandings (participation) in the transaction of every observation write, computed in Java by
-- the one rule of which observations count (EffectiveObservations); the journey's status, which depends on the
-- day and on the service's target, is worked out at read time from these columns.
-- Nothing is backfilled here: a service without a row has never been counted, and the first dashboard read counts
-- it with that rule (ServiceStandings.refresh) rather than with a copy of the rule in SQL.
CREATE TABLE service_standing (
    service_id     BIGINT NOT NULL PRIMARY KEY,
    partnership_id BIGINT NOT NULL,
    observations   INT    NOT NULL,
    baseline_id    BIGINT NULL,
    baseline_stage INT    NULL,
    baseline_on    DATE   NULL,
    current_id     BIGINT NULL,
    current_stage  INT    NULL,
    current_on     DATE   NULL,
    CONSTRAINT fk_service_standing_service FOREIGN KEY (service_id) REFERENCES tracked_service (id) ON DELETE CASCADE,
    INDEX ix_service_standing_partnership (partnership_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The national dashboard's oldest overdue activities (ORDER BY planned_end, id LIMIT 50 over every partnership):
-- read in end-date order from this index, stopping at the fiftieth overdue activity, instead of sorting every
-- activity of the current plans that ended before today (DashboardQueries.overdue names it for the national scope).
CREATE INDEX ix_activity_planned_end ON engagement_activity (planned_end);
