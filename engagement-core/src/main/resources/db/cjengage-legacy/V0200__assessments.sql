-- Scoring activities against a framework (issue 4). Every assessment keeps the framework id and version
-- it was made against; every score keeps its element (standard) code, so old scores stay readable.
CREATE TABLE assessment (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    activity_id       BIGINT        NOT NULL,
    partnership_id    BIGINT        NOT NULL,
    assessor_id       BIGINT        NOT NULL,
    framework_id      VARCHAR(100)  NOT NULL,
    framework_version VARCHAR(40)   NOT NULL,
    stage             VARCHAR(20)   NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    return_reason     VARCHAR(1000),
    reviewer_id       BIGINT,
    submitted_at      TIMESTAMP(6)  NULL,
    approved_at       TIMESTAMP(6)  NULL,
    version           INT           NOT NULL DEFAULT 0,
    created_at        TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at        TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_assessment_activity FOREIGN KEY (activity_id) REFERENCES engagement_activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_assessment_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_assessment_assessor FOREIGN KEY (assessor_id) REFERENCES app_user (id),
    CONSTRAINT fk_assessment_reviewer FOREIGN KEY (reviewer_id) REFERENCES app_user (id),
    CONSTRAINT uq_assessment_per_assessor UNIQUE (activity_id, assessor_id, stage, framework_id),
    INDEX ix_assessment_partnership_status (partnership_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- score NULL with not_applicable FALSE = not scored yet (drafts may be incomplete)
CREATE TABLE assessment_score (
    assessment_id  BIGINT       NOT NULL,
    element_code   VARCHAR(40)  NOT NULL,
    indicator_code VARCHAR(40)  NOT NULL,
    score_value    TINYINT,
    not_applicable BOOLEAN      NOT NULL DEFAULT FALSE,
    evidence       TEXT,
    PRIMARY KEY (assessment_id, indicator_code),
    CONSTRAINT fk_score_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id) ON DELETE CASCADE,
    CONSTRAINT ck_score_value_or_na CHECK (NOT (not_applicable AND score_value IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
