-- Per approved assessment and standard (element): the sum and number of its scored, applicable indicators.
-- The dashboards' standards radar averages these instead of aggregating every indicator score on each build
-- (a national roll-up went through ~670,000 score rows). Approved assessments are locked, so a row is
-- written once, when the assessment is approved (AssessmentStandardTotals, in the same transaction).
CREATE TABLE assessment_standard_total (
    assessment_id  BIGINT        NOT NULL,
    element_code   VARCHAR(40)   NOT NULL,
    activity_id    BIGINT        NOT NULL,
    partnership_id BIGINT        NOT NULL,
    framework_id   VARCHAR(100)  NOT NULL,
    score_sum      INT           NOT NULL,
    scored_count   INT           NOT NULL,
    PRIMARY KEY (assessment_id, element_code),
    CONSTRAINT fk_standard_total_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id) ON DELETE CASCADE,
    -- covering indexes: a partnership's rows, and all rows per standard for the national roll-up
    INDEX ix_standard_total_partnership (framework_id, partnership_id, element_code, score_sum, scored_count, activity_id),
    INDEX ix_standard_total_national (framework_id, element_code, score_sum, scored_count)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Backfill from the assessments approved before this table existed.
INSERT INTO assessment_standard_total (assessment_id, element_code, activity_id, partnership_id, framework_id,
                                       score_sum, scored_count)
SELECT x.id, s.element_code, x.activity_id, x.partnership_id, x.framework_id, SUM(s.score_value), COUNT(*)
FROM assessment x JOIN assessment_score s ON s.assessment_id = x.id
WHERE x.status = 'APPROVED' AND s.score_value IS NOT NULL AND s.not_applicable = FALSE
GROUP BY x.id, s.element_code;
