package org.cjengage.core.arch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Which feature owns each table, and the named classes whose SQL reads another feature's tables
 * (docs/decisions.md, 2026-12-06 "Feature boundaries"). A class's SQL is the text of its string literals (and
 * {@code @Table} names) in its source file; a table counts as used when it follows FROM, JOIN, INTO, UPDATE or
 * TABLE.
 */
public final class FeatureTables {

    /** Owner feature of every table the migrations create. A new table gets its line here. */
    public static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("action_plan", "core.plan"), Map.entry("engagement_activity", "core.plan"),
            Map.entry("activity_community", "core.plan"), Map.entry("activity_method", "core.plan"),
            Map.entry("activity_purpose", "core.plan"), Map.entry("activity_tag", "core.plan"),
            Map.entry("current_plan_pin", "core.plan"), Map.entry("plan_import_column", "core.plan"),
            Map.entry("activity_tally_plan", "core.plan"), Map.entry("activity_tally", "core.plan"),
            Map.entry("coverage_tally", "core.plan"), Map.entry("standard_tally", "core.plan"),
            Map.entry("assessment", "core.scoring"), Map.entry("assessment_score", "core.scoring"),
            Map.entry("assessment_standard_total", "core.scoring"), Map.entry("activity_standard_total", "core.scoring"),
            Map.entry("tracked_service", "core.participation"),
            Map.entry("tracked_service_community", "core.participation"),
            Map.entry("participation_observation", "core.participation"),
            Map.entry("observation_activity", "core.participation"),
            Map.entry("service_standing", "core.participation"),
            Map.entry("partnership", "core.partnership"),
            Map.entry("app_user", "core.security"), Map.entry("membership", "core.security"),
            Map.entry("security_event", "core.security"), Map.entry("login_failure", "core.security"),
            Map.entry("external_identity", "core.security"),
            Map.entry("former_member", "core.admin"),
            Map.entry("audit_entry", "core.audit"),
            Map.entry("statement_draft", "core.outputs"), Map.entry("statement_draft_section", "core.outputs"),
            Map.entry("published_statement", "core.outputs"), Map.entry("published_annual_report", "core.outputs"),
            Map.entry("partnership_page", "core.outputs"),
            Map.entry("feedback_link", "core.feedback"), Map.entry("feedback_response", "core.feedback"),
            Map.entry("feedback_answer", "core.feedback"),
            Map.entry("reminder_opt_out", "core.reminders"), Map.entry("reminder_run", "core.reminders"),
            Map.entry("job_lock", "core.common"));

    private static final String DASHBOARD_SECTION = "a dashboard section: its figures hang off the activities in the"
            + " dashboard's scope, narrowed in SQL by DashboardFilterSql so every section filters alike";

    /**
     * Classes whose SQL reads (or locks) another feature's tables: class -> the foreign tables it names, with the
     * reason in the record. Genuinely cross-feature read models only; an entry that no longer matches its class
     * exactly fails the rule, so the list stays true.
     */
    public static final Map<String, ReadModel> ALLOWED = Map.ofEntries(
            Map.entry("org.cjengage.core.dashboard.DashboardQueries", new ReadModel(
                    "the dashboard is a read model over plans and activities: it owns no table and aggregates in SQL,"
                            + " from the plans' tallies (V2) or, for a period, from the activities",
                    "action_plan", "activity_community", "engagement_activity", "partnership", "activity_tally",
                    "coverage_tally")),
            Map.entry("org.cjengage.core.feedback.FeedbackDashboardContributor", new ReadModel(DASHBOARD_SECTION,
                    "engagement_activity")),
            Map.entry("org.cjengage.core.scoring.StandardsRadarContributor", new ReadModel(DASHBOARD_SECTION
                    + "; without a period or community it reads the plans' per-plan sums of its totals (V2)",
                    "engagement_activity", "standard_tally")),
            Map.entry("org.cjengage.core.feedback.FeedbackStore", new ReadModel(
                    "the public form (an anonymous visitor) and the plan's link list show the partnership's name and"
                            + " the activity's description beside each feedback link, in one query",
                    "engagement_activity", "partnership")),
            Map.entry("org.cjengage.core.scoring.AssessmentService", new ReadModel(
                    "the assessment overview lists every activity of a partnership with its assessment counts in one"
                            + " grouped query",
                    "action_plan", "engagement_activity")),
            Map.entry("org.cjengage.core.scoring.AssessmentPlanDependents", new ReadModel(
                    "answers the plan's PlanDependents seam: counts and deletes the assessments of a plan's activities"
                            + " inside the plan's delete transaction",
                    "engagement_activity")),
            Map.entry("org.cjengage.core.scoring.AssessmentStandardTotals", new ReadModel(
                    "locks the activity row (SELECT ... FOR UPDATE) so concurrent approvals keep its totals right;"
                            + " a bulk refresh marks the partnership's plan tallies (V2) to be recounted",
                    "engagement_activity", "activity_tally_plan", "action_plan")),
            Map.entry("org.cjengage.core.plan.ActivityTallies", new ReadModel(
                    "the plans' read model (V2) keeps the standards radar's sums per plan, counted from scoring's"
                            + " per-activity totals in the transaction that changes them",
                    "activity_standard_total")),
            Map.entry("org.cjengage.core.scoring.AssessmentReader", new ReadModel(
                    "the annual report's standards results read only the approved assessments of the year's activities:"
                            + " joined on the activity's dates (plan.ActivityPeriod) instead of sending thousands of ids",
                    "engagement_activity")),
            Map.entry("org.cjengage.core.participation.DistanceTravelledQueries", new ReadModel(
                    "the distance-travelled table names and orders each service by its partnership's name",
                    "partnership")),
            Map.entry("org.cjengage.core.reminders.ReminderJob", new ReadModel(
                    "the scheduled digest finds active editors and staff with an email in one query, with nobody"
                            + " signed in",
                    "app_user", "membership")));

    /** A named exception: why, and exactly which foreign tables. */
    public record ReadModel(String reason, Set<String> tables) {
        ReadModel(String reason, String... tables) {
            this(reason, Set.of(tables));
        }
    }

    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);
    private static final Pattern TABLE_USE = Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+`?(\\w+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_ANNOTATION = Pattern.compile("@Table\\(\\s*(?:name\\s*=\\s*)?\"(\\w+)\"");
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?(\\w+)", Pattern.CASE_INSENSITIVE);

    private FeatureTables() {
    }

    /** The tables the migrations under {@code resources} create. */
    public static Set<String> createdTables(Path resources) {
        try (Stream<Path> files = Files.walk(resources)) {
            Set<String> tables = new TreeSet<>();
            for (Path sql : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Matcher m = CREATE_TABLE.matcher(Files.readString(sql));
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
            return tables;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The known tables a source file's SQL names. */
    static Set<String> tablesNamedIn(String source) {
        StringBuilder sql = new StringBuilder();
        Matcher literal = LITERAL.matcher(source);
        while (literal.find()) {
            sql.append(literal.group(1) != null ? literal.group(1) : literal.group(2)).append(' ');
        }
        Set<String> tables = new TreeSet<>();
        Matcher use = TABLE_USE.matcher(sql);
        while (use.find()) {
            tables.add(use.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        Matcher annotation = TABLE_ANNOTATION.matcher(source);
        while (annotation.find()) {
            tables.add(annotation.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        tables.retainAll(OWNERS.keySet());
        return tables;
    }

    /** For top-level classes whose source file is under {@code sources}. */
    public static ArchCondition<JavaClass> queryOnlyTheirOwnTables(Path sources) {
        return new ArchCondition<>("name in SQL only tables of their own feature, or be a named read model") {
            private final Set<String> seen = new HashSet<>();

            @Override
            public void init(Collection<JavaClass> allObjectsToTest) {
                seen.clear();
            }

            @Override
            public void check(JavaClass c, ConditionEvents events) {
                Path file = sources.resolve(c.getPackageName().replace('.', '/'))
                        .resolve(c.getSimpleName() + ".java");
                if (!Files.exists(file)) {
                    return;
                }
                String source;
                try {
                    source = Files.readString(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                String feature = FeatureBoundaries.featureOf(c);
                Set<String> foreign = tablesNamedIn(source).stream().filter(t -> !OWNERS.get(t).equals(feature))
                        .collect(Collectors.toCollection(TreeSet::new));
                ReadModel allowed = ALLOWED.get(c.getName());
                if (allowed != null) {
                    seen.add(c.getName());
                    if (!allowed.tables().equals(foreign)) {
                        events.add(SimpleConditionEvent.violated(c, c.getName() + " is a named exception for "
                                + new TreeSet<>(allowed.tables()) + " but its SQL names " + foreign
                                + " of other features: update the exception and its decision record"));
                    }
                } else if (!foreign.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(c, c.getName() + " (" + feature + ") names tables of "
                            + "other features in SQL: " + foreign.stream().map(t -> t + " (" + OWNERS.get(t) + ")")
                            .collect(Collectors.joining(", "))
                            + "; call the owning feature's service or lookup instead"));
                }
            }

            @Override
            public void finish(ConditionEvents events) {
                ALLOWED.keySet().stream().filter(n -> !seen.contains(n)).sorted().forEach(n -> events.add(
                        SimpleConditionEvent.violated(n, "the named exception " + n + " no longer exists: remove it")));
            }
        };
    }
}
