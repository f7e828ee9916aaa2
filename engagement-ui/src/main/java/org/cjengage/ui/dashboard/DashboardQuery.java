package org.cjengage.ui.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.router.QueryParameters;

import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.dashboard.DashboardFilter;
import org.cjengage.core.plan.PlanScope;

/**
 * The dashboard's state in the URL: {@code partnership}, {@code plan} (a plan id, or {@code all}; none = the
 * current plan), {@code from}, {@code to} (ISO dates),
 * {@code community} and {@code level}. Reading and writing it in one place keeps links and the back button
 * consistent.
 */
public record DashboardQuery(Long partnershipId, DashboardFilter filter) {

    public static DashboardQuery parse(QueryParameters query) {
        Map<String, List<String>> p = query.getParameters();
        String plan = first(p, "plan");
        boolean all = plan != null && PlanScope.ALL_PARAMETER.equalsIgnoreCase(plan.strip());
        DashboardFilter filter = new DashboardFilter(all ? null : id(p, "plan"), date(p, "from"), date(p, "to"),
                first(p, "community"), first(p, "level"));
        return new DashboardQuery(id(p, "partnership"), all ? filter.withAllPlans() : filter);
    }

    /** The query string in a fixed order ({@code partnership=7&plan=3&...}), URL-encoded. */
    public String toQueryString() {
        return toMap().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A location for {@code UI.navigate(String)}: the route, then the query string if any. */
    public String location(String route) {
        String query = toQueryString();
        return query.isEmpty() ? route : route + "?" + query;
    }

    /** Ordered name -> value of every part that is set. */
    public Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "partnership", partnershipId);
        put(m, "plan", filter.allPlans() ? PlanScope.ALL_PARAMETER : filter.planId());
        put(m, "from", filter.from());
        put(m, "to", filter.to());
        put(m, "community", filter.communityCode());
        put(m, "level", filter.levelCode());
        return m;
    }

    public DashboardQuery with(DashboardFilter newFilter) {
        return new DashboardQuery(partnershipId, newFilter);
    }

    private static void put(Map<String, String> m, String name, Object value) {
        if (value != null) {
            m.put(name, value.toString());
        }
    }

    private static String first(Map<String, List<String>> p, String name) {
        List<String> values = p.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static Long id(Map<String, List<String>> p, String name) {
        String value = first(p, name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException(name, value);
        }
    }

    /** A date that cannot be read is ignored (the filter shows it empty), like a date never typed. */
    private static LocalDate date(Map<String, List<String>> p, String name) {
        String value = first(p, name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
