package org.cjengage.core.outputs;

import java.time.LocalDate;
import java.util.List;

/**
 * Seam for the annual report's "distance travelled": progress of services or community groups on the
 * participation scale. The participation feature declares a bean implementing this; with none the report
 * says no progress has been recorded.
 */
public interface DistanceTravelledSource {

    /**
     * @param subject   the service or group
     * @param fromStage stage label at the start of the period (blank if first recorded in it)
     * @param toStage   stage label at the end of the period
     * @param target    the stretch target stage label
     * @param distance  stages moved in the period (end minus start, or minus the baseline when first recorded
     *                  in it); null if unknown
     * @param status    how it stands against its target at the end of the period: {@code ON_TRACK},
     *                  {@code AT_RISK}, {@code TARGET_REACHED} or {@code NO_BASELINE}; null if unknown
     */
    record Progress(String subject, String fromStage, String toStage, String target, Integer distance, String status) {

        public Progress(String subject, String fromStage, String toStage, String target) {
            this(subject, fromStage, toStage, target, null, null);
        }
    }

    List<Progress> progress(long partnershipId, LocalDate from, LocalDate to);
}
