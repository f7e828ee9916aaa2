-- Plan feature (range 0100-0199): the VOiCE cycle sections of each activity, and the data audit trail.

ALTER TABLE engagement_activity
    ADD COLUMN analyse_issue      TEXT,
    ADD COLUMN analyse_affected   TEXT,
    ADD COLUMN analyse_involved   TEXT,
    ADD COLUMN analyse_barriers   TEXT,
    ADD COLUMN plan_outcomes      TEXT,
    ADD COLUMN plan_indicators    TEXT,
    ADD COLUMN plan_resources     TEXT,
    ADD COLUMN plan_timescale     TEXT,
    ADD COLUMN do_what_happened   TEXT,
    ADD COLUMN do_who_took_part   TEXT,
    ADD COLUMN do_participants    INT,
    ADD COLUMN review_lessons     TEXT,
    ADD COLUMN review_you_said    TEXT,
    ADD COLUMN review_we_did      TEXT;

CREATE INDEX ix_activity_plan_end ON engagement_activity (plan_id, planned_end);

-- One row per changed field (or one per created / deleted record). No foreign keys on purpose:
-- the history outlives the plan or activity it describes.
CREATE TABLE audit_entry (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    partnership_id BIGINT       NOT NULL,
    plan_id        BIGINT,
    entity_type    VARCHAR(20)  NOT NULL,
    entity_id      BIGINT       NOT NULL,
    action         VARCHAR(20)  NOT NULL,
    field          VARCHAR(60),
    old_value      TEXT,
    new_value      TEXT,
    actor_id       BIGINT,
    actor_name     VARCHAR(200) NOT NULL,
    occurred_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    INDEX ix_audit_entity (entity_type, entity_id),
    INDEX ix_audit_plan (plan_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
