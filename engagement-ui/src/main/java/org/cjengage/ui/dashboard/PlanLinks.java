package org.cjengage.ui.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cjengage.core.dashboard.DashboardFilter;
import org.cjengage.core.plan.ActionPlan;

/**
 * Links from dashboard tiles and table cells to the filtered plan grid. Query parameter names (the plan
 * view's filter contract): {@code plan}, {@code status}, {@code level}, {@code community}, {@code stage}
 * ({@code NONE} = no stage), {@code overdue=true}, {@code rag}, {@code from}, {@code to}, and
 * {@code partnership} when no single plan is in view.
 */
public final class PlanLinks {

    private final Map<String, String> base = new LinkedHashMap<>();

    /**
     * @param plans the partnership's plans: with no plan filter and exactly one plan, links open that plan;
     *              with several, they carry {@code partnership=} and the plan view chooses
     */
    public PlanLinks(long partnershipId, DashboardFilter filter, List<ActionPlan> plans) {
        if (filter.planId() != null) {
            base.put("plan", filter.planId().toString());
        } else if (plans.size() == 1) {
            base.put("plan", plans.getFirst().id().toString());
        } else {
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
        return "plans?" + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** One activity of a plan, opened in the plan view. */
    public static String activity(long planId, long activityId) {
        return "plans?plan=" + planId + "&activity=" + activityId;
    }
}
