package org.cjengage.core.scoring;

/**
 * What the assessor entered for one indicator, before validation.
 *
 * @param value nullable; with {@code notApplicable} false and no value the indicator is left unscored
 */
public record ScoreInput(String indicatorCode, Integer value, boolean notApplicable, String evidence) {

    public static ScoreInput of(String indicatorCode, int value, String evidence) {
        return new ScoreInput(indicatorCode, value, false, evidence);
    }

    public static ScoreInput notApplicable(String indicatorCode) {
        return new ScoreInput(indicatorCode, null, true, null);
    }
}
