package org.cjengage.ui.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.cjengage.core.dashboard.DashboardFilter;
import org.cjengage.core.plan.PlanScope;

/**
 * Links from dashboard tiles and table cells to the filtered plan grid. Query parameter names (the plan
 * view's filter contract): {@code plan}, {@code status}, {@code level}, {@code community}, {@code stage}
 * ({@code NONE} = no stage), {@code overdue=true}, {@code rag}, {@code from}, {@code to}, and
 * {@code partnership} with {@code plan=all} when the dashboard adds all plans together. The plan scope is
 * always explicit, so a link opens a grid of exactly the activities the number counts.
 */
public final class PlanLinks {

    private final Map<String, String> base = new LinkedHashMap<>();
    private final String planRoute;

    /**
     * @param planRoute the plan grid's route ({@code PluginPaths.route("plans")}: below the plugin's prefix)
     * @param filter the filter the dashboard applied (the service names the current plan in it)
     */
    public PlanLinks(String planRoute, long partnershipId, DashboardFilter filter) {
        this.planRoute = planRoute;
        if (filter.planId() != null) {
            base.put("plan", filter.planId().toString());
        } else {
            // all plans, or a partnership without any plan: the grid of every plan of the partnership
            base.put("plan", PlanScope.ALL_PARAMETER);
            base.put("partnership", String.valueOf(partnershipId));
        }
        if (filter.from() != null) {
            base.put("from", filter.from().toString());
        }
        if (filter.to() != null) {
            base.put("to", filter.to().toString());
        }
        if (filter.communityCode() != null) {
            base.put("community", filter.communityCode());
        }
        if (filter.levelCode() != null) {
            base.put("level", filter.levelCode());
        }
    }

    /** The plan grid with the dashboard's filters plus {@code extra} name/value pairs. */
    public String href(String... extra) {
        Map<String, String> params = new LinkedHashMap<>(base);
        for (int i = 0; i + 1 < extra.length; i += 2) {
            params.put(extra[i], extra[i + 1]);
        }
        return planRoute + "?" + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** One activity of a plan, opened in the plan view. */
    public static String activity(String planRoute, long planId, long activityId) {
        return planRoute + "?plan=" + planId + "&activity=" + activityId;
    }
}
