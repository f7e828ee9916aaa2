package org.cjengage.core.opendata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The two-way map between database ids and the refs used in an open-data file ({@code plan-1},
 * {@code activity-7}). On export it turns ids into refs; on import it turns refs into the new ids.
 */
public final class OpenDataRefs {

    private final Map<Long, String> planRefs = new LinkedHashMap<>();
    private final Map<Long, String> activityRefs = new LinkedHashMap<>();
    private final Map<String, Long> planIds = new LinkedHashMap<>();
    private final Map<String, Long> activityIds = new LinkedHashMap<>();

    void plan(long id, String ref) {
        planRefs.put(id, ref);
        planIds.put(ref, id);
    }

    void activity(long id, String ref) {
        activityRefs.put(id, ref);
        activityIds.put(ref, id);
    }

    public Optional<String> planRef(long id) {
        return Optional.ofNullable(planRefs.get(id));
    }

    public Optional<String> activityRef(long id) {
        return Optional.ofNullable(activityRefs.get(id));
    }

    public Optional<Long> planId(String ref) {
        return Optional.ofNullable(planIds.get(ref));
    }

    public Optional<Long> activityId(String ref) {
        return Optional.ofNullable(activityIds.get(ref));
    }

    /** Activity refs of the file (on validation the ids are placeholders: the rows do not exist yet). */
    public Map<String, Long> activityIdsByRef() {
        return Collections.unmodifiableMap(activityIds);
    }
}
