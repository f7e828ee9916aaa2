-- The dashboards' read model of the action plans (issue 16): per plan, how many activities there are by
-- status, level, commissioning-cycle stage and RAG, with the people who took part, once over all activities
-- (community_code '') and once per focus community (an activity counts once under each community it focuses
-- on). Kept by ActivityTallies in the transaction of every write to a plan's activities; RAG depends on the
-- day, so each plan records the day its rows were rated (activity_tally_plan.as_of) and is rated again on the
-- first read of a new day. The national roll-up reads a few rows per plan instead of every activity.
-- Nothing is backfilled here: a plan without a row in activity_tally_plan counts as never rated, so the first
-- dashboard read counts it with the one RAG rule (DeliveryStatus, through ActivityTallies.refresh) rather than
-- with a copy of that rule in SQL.
CREATE TABLE activity_tally_plan (
    plan_id        BIGINT NOT NULL PRIMARY KEY,
    as_of          DATE   NOT NULL,
    CONSTRAINT fk_tally_plan_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE activity_tally (
    plan_id        BIGINT      NOT NULL,
    partnership_id BIGINT      NOT NULL,
    community_code VARCHAR(60) NOT NULL,
    status         VARCHAR(20) NOT NULL,
    level_code     VARCHAR(40) NOT NULL,
    stage_code     VARCHAR(40) NOT NULL,
    rag            VARCHAR(8)  NOT NULL,
    activities     INT         NOT NULL,
    people         BIGINT      NOT NULL,
    PRIMARY KEY (plan_id, community_code, status, level_code, stage_code, rag),
    CONSTRAINT fk_tally_plan FOREIGN KEY (plan_id) REFERENCES activity_tally_plan (plan_id) ON DELETE CASCADE,
    INDEX ix_tally_partnership (partnership_id, community_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Backfill, rated as of the database's today (the application rates again if its own today differs).



-- The coverage heat-map per plan: activities per focus community and level (the per-community rows above, added
-- up over status, stage and RAG: a few rows per plan).
CREATE TABLE coverage_tally (
    plan_id        BIGINT      NOT NULL,
    partnership_id BIGINT      NOT NULL,
    community_code VARCHAR(60) NOT NULL,
    level_code     VARCHAR(40) NOT NULL,
    activities     INT         NOT NULL,
    PRIMARY KEY (plan_id, community_code, level_code),
    CONSTRAINT fk_coverage_tally_plan FOREIGN KEY (plan_id) REFERENCES activity_tally_plan (plan_id) ON DELETE CASCADE,
    INDEX ix_coverage_tally_partnership (partnership_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;


-- The standards radar per plan and level: the sums of activity_standard_total (V0203) over the plan's activities,
-- kept with the tallies above and by AssessmentStandardTotals after each assessment save.
CREATE TABLE standard_tally (
    plan_id        BIGINT       NOT NULL,
    partnership_id BIGINT       NOT NULL,
    framework_id   VARCHAR(100) NOT NULL,
    level_code     VARCHAR(40)  NOT NULL,
    element_code   VARCHAR(40)  NOT NULL,
    mean_sum       DOUBLE       NOT NULL,
    assessments    INT          NOT NULL,
    PRIMARY KEY (plan_id, framework_id, level_code, element_code),
    CONSTRAINT fk_standard_tally_plan FOREIGN KEY (plan_id) REFERENCES activity_tally_plan (plan_id) ON DELETE CASCADE,
    INDEX ix_standard_tally_partnership (partnership_id, framework_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

