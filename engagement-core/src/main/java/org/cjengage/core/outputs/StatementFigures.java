package org.cjengage.core.outputs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivitySummary;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.core.standards.Term;

/**
 * The live figures a statement's prose may name (docs/outputs.md, "Figures in prose"). The draft stores
 * placeholders such as {@code {activities}}; every preview, publication and export fills them from the same
 * activities as the statement's tables, so the text cannot go stale. Unknown names in braces are left as
 * typed. Pure: no database, no security. None of these figures counts people, so none is suppressed.
 */
public final class StatementFigures {

    /** The placeholder names, in the order the form lists them. */
    public static final List<String> NAMES = List.of("activities", "activityCount", "communities",
            "communityCount", "methods", "partnership", "plan", "start", "end");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final Map<String, String> values;

    private StatementFigures(Map<String, String> values) {
        this.values = values;
    }

    static StatementFigures of(StandardsCatalogue standards, OutputsText text, Partnership partnership,
                               ActionPlan plan, List<ActivitySummary> activities) {
        Map<String, String> v = new LinkedHashMap<>();
        int n = activities.size();
        v.put("activities", text.get("outputs.statement.figure.activities", n));
        v.put("activityCount", String.valueOf(n));
        java.util.Set<String> reachedCodes = new java.util.HashSet<>();
        activities.forEach(a -> reachedCodes.addAll(a.communityCodes()));
        List<Term> reached = standards.communityTypes().terms().stream()
                .filter(t -> reachedCodes.contains(t.code())).toList();
        v.put("communities", reached.isEmpty() ? text.get("outputs.statement.draft.noCommunities")
                : reached.stream().map(t -> t.label().toLowerCase(Locale.UK)).collect(Collectors.joining(", ")));
        v.put("communityCount", String.valueOf(reached.size()));
        Tally methods = Tally.ofTerms(standards.methods().terms());
        activities.forEach(a -> a.methodCodes().forEach(methods::add));
        String top = methods.asMap().entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3)
                .map(e -> StatementBuilder.label(standards.methods(), e.getKey()).toLowerCase(Locale.UK))
                .collect(Collectors.joining(", "));
        v.put("methods", top.isEmpty() ? text.get("outputs.statement.figure.noMethods") : top);
        v.put("partnership", partnership.name());
        v.put("plan", plan.title());
        v.put("start", StatementBuilder.DATE.format(plan.periodStart()));
        v.put("end", StatementBuilder.DATE.format(plan.periodEnd()));
        return new StatementFigures(Map.copyOf(v));
    }

    /** The value of one placeholder, or null for a name that is not one. */
    public String value(String name) {
        return values.get(name);
    }

    /** The text with every known placeholder replaced by its live value. */
    public String fill(String text) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Placeholder text for a name: {@code {activities}}. */
    public static String token(String name) {
        return "{" + name + "}";
    }
}
