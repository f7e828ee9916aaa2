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
     */
    record Progress(String subject, String fromStage, String toStage, String target) {
    }

    List<Progress> progress(long partnershipId, LocalDate from, LocalDate to);
}
