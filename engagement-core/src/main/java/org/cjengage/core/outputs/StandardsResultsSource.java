package org.cjengage.core.outputs;

import java.time.LocalDate;
import java.util.List;

/**
 * Seam for the annual report's "standards results": the scoring feature declares a bean implementing
 * this and the report shows its rows. With no bean the report says no results are available.
 */
public interface StandardsResultsSource {

    /**
     * One row per standard assessed in the period.
     *
     * @param standard   label of the standard, e.g. "Inclusion"
     * @param assessed   how many assessments scored it (a count of assessments, not of people: shown as it is)
     * @param average    mean score on the scoring scale, or null when only "not applicable" was given
     * @param scaleLabel label of the scale point nearest the average, e.g. "Good"; may be blank
     */
    record StandardResult(String standard, int assessed, Double average, String scaleLabel) {
    }

    List<StandardResult> results(long partnershipId, LocalDate from, LocalDate to);
}
