package org.cjengage.core.outputs;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which sector an engaged community belongs to. For now derived from the community type: the third
 * sector and public sector community types are organisations of those sectors; every other type is
 * communities and individuals. A richer classification (e.g. by partner organisation) can replace this.
 */
public enum Sectors {
    THIRD_SECTOR, PUBLIC_SECTOR, COMMUNITY;

    public static Sectors of(String communityCode) {
        return switch (communityCode) {
            case "THIRD_SECTOR" -> THIRD_SECTOR;
            case "PUBLIC_SECTOR" -> PUBLIC_SECTOR;
            default -> COMMUNITY;
        };
    }

    public static Set<Sectors> of(Collection<String> communityCodes) {
        Set<Sectors> result = new LinkedHashSet<>();
        communityCodes.forEach(c -> result.add(of(c)));
        return result;
    }

    public String messageKey() {
        return "outputs.sector." + name();
    }
}
