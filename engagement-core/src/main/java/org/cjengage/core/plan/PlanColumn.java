package org.cjengage.core.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an action plan file (XLSX or CSV), laid out like the outline action plan table. The
 * first six are the paper plan's columns; the rest are optional. Headers are matched leniently: case,
 * spaces and punctuation are ignored, and each column has a few other names it answers to.
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
