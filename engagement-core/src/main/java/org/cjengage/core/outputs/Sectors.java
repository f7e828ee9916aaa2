package org.cjengage.core.outputs;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.cjengage.core.standards.StandardIds;
import org.cjengage.core.standards.Vocabulary;

/**
 * Which sector an engaged community belongs to. For now derived from the community type: the types the
 * standards data marks {@code third-sector} and {@code public-sector} are organisations of those sectors;
 * every other type is communities and individuals. A richer classification (e.g. by partner organisation)
 * can replace this.
 */
public enum Sectors {
    THIRD_SECTOR, PUBLIC_SECTOR, COMMUNITY;

    public static Sectors of(Vocabulary communityTypes, String communityCode) {
        if (isMarked(communityTypes, StandardIds.MARK_THIRD_SECTOR, communityCode)) {
            return THIRD_SECTOR;
        }
        return isMarked(communityTypes, StandardIds.MARK_PUBLIC_SECTOR, communityCode) ? PUBLIC_SECTOR : COMMUNITY;
    }

    public static Set<Sectors> of(Vocabulary communityTypes, Collection<String> communityCodes) {
        Set<Sectors> result = new LinkedHashSet<>();
        communityCodes.forEach(c -> result.add(of(communityTypes, c)));
        return result;
    }

    private static boolean isMarked(Vocabulary communityTypes, String mark, String communityCode) {
        return communityTypes.marked(mark).map(t -> t.code().equals(communityCode)).orElse(false);
    }

    public String messageKey() {
        return "outputs.sector." + name();
    }
}
