package org.cjengage.core.plan;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The columns of an action plan file (XLSX or CSV), laid out like the outline action plan table. The
 * first six are the paper plan's columns; the rest are optional. Headers are matched leniently: case,
 * spaces and punctuation are ignored, and each column has a few other names it answers to; failing
 * that, {@link #detect} reads the heading's meaning from its key words.
 */
public enum PlanColumn {
    ACTIVITY("Activity", "activity", "description", "activitydescription", "briefdescription", "engagementactivity"),
    LEVEL("Level", "level", "levelofengagement", "engagementlevel"),
    COMMUNITIES("Focus community", "focuscommunity", "focuscommunities", "community", "communities",
            "communitytype"),
    TAGS("Sub-focus", "subfocus", "subfocustags", "tags", "protectedcharacteristics"),
    STATUS("Plan status", "planstatus", "status"),
    LEAD("Lead person", "leadperson", "lead", "leadofficer", "owner"),
    PURPOSES("Purpose", "purpose", "purposes", "expectedachievement", "purposeexpectedachievement"),
    METHODS("Methods", "methods", "method", "engagementmethods"),
    STAGE("Stage", "stage", "commissioningcyclestage", "cyclestage", "commissioningstage"),
    PLANNED_START("Planned start", "plannedstart", "startdate", "start"),
    PLANNED_END("Planned end", "plannedend", "enddate", "end", "duedate"),
    ACTUAL_START("Actual start", "actualstart"),
    ACTUAL_END("Actual end", "actualend"),
    ANALYSE_ISSUE("Analyse: the issue", "analysetheissue", "theissue", "issue"),
    ANALYSE_AFFECTED("Analyse: who is affected", "analysewhoisaffected", "whoisaffected"),
    ANALYSE_INVOLVED("Analyse: who else is involved", "analysewhoelseisinvolved", "whoelseisinvolved"),
    ANALYSE_BARRIERS("Analyse: barriers", "analysebarriers", "barriers"),
    PLAN_OUTCOMES("Plan: outcomes", "planoutcomes", "outcomes"),
    PLAN_INDICATORS("Plan: indicators", "planindicators", "indicators"),
    PLAN_RESOURCES("Plan: resources", "planresources", "resources"),
    PLAN_TIMESCALE("Plan: timescale notes", "plantimescalenotes", "timescale", "timescalenotes"),
    DO_WHAT_HAPPENED("Do: what happened", "dowhathappened", "whathappened"),
    DO_WHO_TOOK_PART("Do: who took part", "dowhotookpart", "whotookpart"),
    DO_PARTICIPANTS("Do: how many took part", "dohowmanytookpart", "howmanytookpart", "participants",
            "numberofparticipants"),
    REVIEW_LESSONS("Review: lessons learned", "reviewlessonslearned", "lessonslearned", "lessonslearnt"),
    REVIEW_YOU_SAID("Review: you said", "reviewyousaid", "yousaid"),
    REVIEW_WE_DID("Review: we did", "reviewwedid", "wedid");

    private final String header;
    private final List<String> names;

    PlanColumn(String header, String... names) {
        this.header = header;
        this.names = List.of(names);
    }

    /** The header written on export. */
    public String header() {
        return header;
    }

    public boolean required() {
        return this == ACTIVITY || this == LEVEL;
    }

    /**
     * Key words that identify a column in a heading written in other words, in any order and among other
     * words; each string is one set of words that must all be present (words are stemmed: plural "s"
     * removed). The more words a matched set has, the stronger the match.
     */
    private static final Map<PlanColumn, List<Set<String>>> SIGNATURES = new EnumMap<>(PlanColumn.class);

    static {
        sig(ACTIVITY, "activity", "brief description", "description", "engagement activity", "what activity",
                "activity title");
        sig(LEVEL, "level", "level engagement", "inform consult engage", "engagement type");
        sig(COMMUNITIES, "community", "focus", "focus community", "which community", "community type",
                "target group", "target audience", "audience");
        sig(TAGS, "sub focus", "subfocus", "protected characteristic", "protective factor", "tag",
                "equality group");
        sig(STATUS, "status", "plan status", "status plan", "progress status", "rag status");
        sig(LEAD, "lead", "lead person", "lead officer", "lead organisation", "owner", "responsible",
                "responsible officer", "contact person");
        sig(PURPOSES, "purpose", "expected achieved", "expected achievement", "achievement", "achieved",
                "intended outcome achieved", "aim", "objective");
        sig(METHODS, "method", "engagement method", "approach", "how engage", "technique");
        sig(STAGE, "stage", "commissioning", "cycle stage", "commissioning stage", "commissioning cycle");
        sig(PLANNED_START, "start", "planned start", "start date", "begin", "from date");
        sig(PLANNED_END, "end", "planned end", "end date", "due", "due date", "deadline", "target date",
                "completion date", "by when");
        sig(ACTUAL_START, "actual start", "date started", "started on", "actual start date");
        sig(ACTUAL_END, "actual end", "date completed", "completed on", "actual end date");
        sig(ANALYSE_ISSUE, "issue", "analyse issue", "problem", "the issue");
        sig(ANALYSE_AFFECTED, "affected", "who affected");
        sig(ANALYSE_INVOLVED, "involved", "who else involved", "else involved");
        sig(ANALYSE_BARRIERS, "barrier", "analyse barrier");
        sig(PLAN_OUTCOMES, "outcome", "plan outcome", "intended outcome");
        sig(PLAN_INDICATORS, "indicator", "success indicator", "plan indicator", "measure");
        sig(PLAN_RESOURCES, "resource", "budget", "plan resource", "cost");
        sig(PLAN_TIMESCALE, "timescale", "timeline", "timescale note", "plan timescale", "timeframe");
        sig(DO_WHAT_HAPPENED, "what happened", "happened", "do what happened");
        sig(DO_WHO_TOOK_PART, "who took part", "who participated", "who attended");
        sig(DO_PARTICIPANTS, "how many", "how many took part", "participant", "number participant",
                "number took part", "attendance", "number attended", "how many attended");
        sig(REVIEW_LESSONS, "lesson", "lesson learned", "lesson learnt", "learning");
        sig(REVIEW_YOU_SAID, "you said");
        sig(REVIEW_WE_DID, "we did");
    }

    private static void sig(PlanColumn column, String... sets) {
        SIGNATURES.put(column, Arrays.stream(sets).map(set -> Set.copyOf(Arrays.asList(set.split(" ")))).toList());
    }

    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");

    /**
     * The column a heading most likely means: first by its exact names ({@link #forHeader}); then by key
     * words, read outside any brackets first ("What is the Engagement Activity (Brief Description)") and
     * in the whole heading if that finds nothing. Empty when nothing matches or two columns match equally.
     */
    public static Optional<PlanColumn> detect(String heading) {
        Optional<PlanColumn> exact = forHeader(heading);
        if (exact.isPresent() || heading == null || heading.isBlank()) {
            return exact;
        }
        Optional<PlanColumn> outside = byWords(BRACKETS.matcher(heading).replaceAll(" "));
        return outside.isPresent() ? outside : byWords(heading);
    }

    private static Optional<PlanColumn> byWords(String text) {
        Set<String> words = new HashSet<>();
        for (String word : WORD_SPLIT.split(text.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                words.add(stem(word));
            }
        }
        PlanColumn best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Map.Entry<PlanColumn, List<Set<String>>> entry : SIGNATURES.entrySet()) {
            int score = 0;
            for (Set<String> set : entry.getValue()) {
                if (set.size() > score && words.containsAll(set)) {
                    score = set.size();
                }
            }
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    /** Plural forms to singular, crudely: communities -> community, methods -> method (status stays). */
    static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** The column a header names, ignoring case, spaces, punctuation and a leading number ("1. Activity"). */
    public static Optional<PlanColumn> forHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String key = header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "").replaceFirst("^\\d+", "");
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(c -> c.names.contains(key)).findFirst();
    }
}
