package org.cjengage.core.scoring;

/** DRAFT (assessor edits) -> SUBMITTED (waits for a reviewer) -> APPROVED (locked); a reviewer may return a submission to DRAFT. */
public enum AssessmentStatus {
    DRAFT,
    SUBMITTED,
    APPROVED
}
