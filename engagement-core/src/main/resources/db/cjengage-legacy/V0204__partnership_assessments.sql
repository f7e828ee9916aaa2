-- Assessments of the partnership as a whole (issue 13): a framework whose data says `subjects: [partnership]`
-- (the third sector success factors) is scored for the partnership, not for one activity. Such an assessment
-- has no activity: activity_id is NULL and partnership_id says whose it is. The unique key treats NULLs as
-- distinct, so AssessmentService checks "one open draft per assessor, framework and stage" itself.
ALTER TABLE assessment MODIFY activity_id BIGINT NULL;
