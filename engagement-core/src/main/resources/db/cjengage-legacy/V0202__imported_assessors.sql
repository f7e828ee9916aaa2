-- Assessments imported from an open-data file keep their assessors apart (docs/outputs.md, 2026-11-23). The file
-- names no person, only a pseudonymous key per assessor ("assessor-2"); every imported assessment is recorded under
-- the importing user, so the assessor alone no longer tells two imported assessors' assessments apart.
-- imported_assessor: 0 = made in this system (the assessor is the person who scored); n >= 1 = imported, the n-th
-- assessor key of the file in order of first appearance. NOT NULL DEFAULT 0 rather than NULL, because a unique key
-- treats NULLs as distinct: assessments made here stay one per assessor, activity, framework and stage.
ALTER TABLE assessment
    ADD COLUMN imported_assessor INT NOT NULL DEFAULT 0 AFTER assessor_id,
    DROP INDEX uq_assessment_per_assessor,
    ADD CONSTRAINT uq_assessment_per_assessor UNIQUE (activity_id, assessor_id, stage, framework_id, imported_assessor);
