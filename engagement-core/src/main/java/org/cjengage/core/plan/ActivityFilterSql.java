package org.cjengage.core.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one SQL form of the activity filters the plan grid and the dashboards share, over
 * {@code engagement_activity a}: period, focus community and level. A filter left null is no condition.
 * <ul>
 * <li>Period: the activity's planned dates overlap it; a missing planned start or end is open-ended.</li>
 * <li>Community: the activity has that focus community type.</li>
 * <li>Level: the activity is at that engagement level.</li>
 * </ul>
 * Parameter names start with {@code filter} so they never collide with the caller's own.
 */
public final class ActivityFilterSql {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    public ActivityFilterSql period(LocalDate from, LocalDate to) {
        if (from != null) {
            conditions.add("(a.planned_end IS NULL OR a.planned_end >= :filterFrom)");
            params.put("filterFrom", from);
        }
        if (to != null) {
            conditions.add("(a.planned_start IS NULL OR a.planned_start <= :filterTo)");
            params.put("filterTo", to);
        }
        return this;
    }

    public ActivityFilterSql community(String communityCode) {
        if (communityCode != null) {
            conditions.add("EXISTS (SELECT 1 FROM activity_community fc WHERE fc.activity_id = a.id"
                    + " AND fc.community_code = :filterCommunity)");
            params.put("filterCommunity", communityCode);
        }
        return this;
    }

    public ActivityFilterSql level(String levelCode) {
        if (levelCode != null) {
            conditions.add("a.level_code = :filterLevel");
            params.put("filterLevel", levelCode);
        }
        return this;
    }

    /** The conditions, each preceded by {@code " AND "}; empty when no filter is set. */
    public String and() {
        return conditions.stream().map(c -> " AND " + c).reduce("", String::concat);
    }

    /** The named parameters {@link #and()} needs. */
    public Map<String, Object> params() {
        return Collections.unmodifiableMap(params);
    }
}
