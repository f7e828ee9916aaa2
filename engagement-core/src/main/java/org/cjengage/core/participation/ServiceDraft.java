package org.cjengage.core.participation;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a strategy lead types to add or change a tracked service.
 *
 * @param targetStage nullable: the participation scale's own target (stage 8 by default) is used
 */
public record ServiceDraft(String name, String owningOrganisation, Sector sector, Set<String> communityCodes,
                           Integer targetStage, LocalDate targetDate) {

    public static final int NAME_MAX = 200;
    public static final int ORGANISATION_MAX = 200;

    public ServiceDraft {
        communityCodes = communityCodes == null ? Set.of() : Set.copyOf(communityCodes);
    }
}
