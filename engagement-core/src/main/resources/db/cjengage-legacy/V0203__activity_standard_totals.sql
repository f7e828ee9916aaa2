-- Per activity and standard: the sum of its approved assessments' means for the standard and how many
-- assessments that is, rebuilt from assessment_standard_total (V0201) whenever one of the activity's
-- assessments is saved. The dashboards' radar reads this table: about 2.5 times fewer rows than one per
-- assessment, which matters when filters make it join the activities (period, level, community, plan).
CREATE TABLE activity_standard_total (
    activity_id    BIGINT        NOT NULL,
    framework_id   VARCHAR(100)  NOT NULL,
    element_code   VARCHAR(40)   NOT NULL,
    partnership_id BIGINT        NOT NULL,
    mean_sum       DOUBLE        NOT NULL,
    assessments    INT           NOT NULL,
    PRIMARY KEY (activity_id, framework_id, element_code),
    CONSTRAINT fk_activity_total_activity FOREIGN KEY (activity_id) REFERENCES engagement_activity (id) ON DELETE CASCADE,
    -- covering indexes: a partnership's rows, and all rows per standard for the national roll-up
    INDEX ix_activity_total_partnership (framework_id, partnership_id, element_code, mean_sum, assessments),
    INDEX ix_activity_total_national (framework_id, element_code, mean_sum, assessments)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO activity_standard_total (activity_id, framework_id, element_code, partnership_id, mean_sum, assessments)
SELECT activity_id, framework_id, element_code, MIN(partnership_id), SUM(CAST(score_sum AS DOUBLE) / scored_count), COUNT(*)
FROM assessment_standard_total
GROUP BY activity_id, framework_id, element_code;
