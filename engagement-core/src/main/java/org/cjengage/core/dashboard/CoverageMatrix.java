package org.cjengage.core.dashboard;

import org.cjengage.core.disclosure.DisclosurePolicy;
import org.cjengage.core.disclosure.Figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coverage heat-map: activities per community type (rows) and level (columns), with the gaps spelled
 * out: community types no activity reaches, and each zero cell.
 */
public record CoverageMatrix(List<String> communities, List<String> levels, Map<String, Map<String, Figure>> cells,
                             List<String> notInvolved, List<Gap> gaps) {

    /** A community type with no activity at a level. */
    public record Gap(String communityCode, String levelCode) {
    }

    public CoverageMatrix {
        communities = List.copyOf(communities);
        levels = List.copyOf(levels);
        notInvolved = List.copyOf(notInvolved);
        gaps = List.copyOf(gaps);
    }

    public Figure cell(String community, String level) {
        return cells.get(community).get(level);
    }

    /** Cells count activities, not people: always exact. */
    public static CoverageMatrix of(Map<String, Map<String, Long>> counts, List<String> levels, DisclosurePolicy policy) {
        Map<String, Map<String, Figure>> cells = new LinkedHashMap<>();
        List<String> notInvolved = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        counts.forEach((community, byLevel) -> {
            Map<String, Figure> row = new LinkedHashMap<>();
            for (String level : levels) {
                long n = byLevel.getOrDefault(level, 0L);
                row.put(level, policy.count(n));
                if (n == 0) {
                    gaps.add(new Gap(community, level));
                }
            }
            cells.put(community, row);
            if (byLevel.values().stream().allMatch(n -> n == 0)) {
                notInvolved.add(community);
            }
        });
        return new CoverageMatrix(List.copyOf(counts.keySet()), levels, cells, notInvolved, gaps);
    }
}
