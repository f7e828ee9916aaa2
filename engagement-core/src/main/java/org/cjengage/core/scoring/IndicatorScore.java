package org.cjengage.core.scoring;

import java.util.Objects;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The score of one indicator in an assessment: a value on the framework's scale, or not applicable, or
 * (in a draft) neither yet. The element code is stored with the indicator so that old assessments can be
 * grouped by standard even after the framework data changes.
 *
 * @param value    nullable: not scored yet, or not applicable
 * @param evidence nullable: what the score is based on
 */
@Table("assessment_score")
public record IndicatorScore(String elementCode, String indicatorCode, @Column("score_value") Integer value, boolean notApplicable,
                             String evidence) {

    public static final int EVIDENCE_MAX = 4000;

    public IndicatorScore {
        Objects.requireNonNull(elementCode, "elementCode");
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        if (notApplicable && value != null) {
            throw new IllegalArgumentException("a not-applicable indicator has no value");
        }
        evidence = evidence == null || evidence.isBlank() ? null : evidence.strip();
    }

    public static IndicatorScore scored(String elementCode, String indicatorCode, int value, String evidence) {
        return new IndicatorScore(elementCode, indicatorCode, value, false, evidence);
    }

    public static IndicatorScore notApplicable(String elementCode, String indicatorCode, String evidence) {
        return new IndicatorScore(elementCode, indicatorCode, null, true, evidence);
    }

    public boolean isScored() {
        return value != null;
    }

    /** Neither a value nor marked not applicable. */
    public boolean isMissing() {
        return value == null && !notApplicable;
    }
}
