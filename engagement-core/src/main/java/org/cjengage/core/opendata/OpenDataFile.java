package org.cjengage.core.opendata;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The open-data exchange file, schema version {@value #SCHEMA_VERSION} (documented in docs/outputs.md,
 * JSON Schema at {@code /org/cjengage/core/opendata/open-data-v1.schema.json}). Every leaf value is a string
 * so that an import can report bad values row by row instead of refusing the file unread.
 * Records reference each other by {@code ref} (stable within a file), never by database id. Files of versions 1.0
 * and 1.1 are still read (1.1 added the assessor key of the {@code assessments} part; 1.2 added each activity's
 * VOiCE cycle and the plan pinned as current).
 */
public record OpenDataFile(String schema, String schemaVersion, String exportedAt, PartnershipData partnership,
                           List<PlanData> plans, Map<String, JsonNode> extensions) {

    public static final String SCHEMA_ID = "https://cjengage.org/schemas/open-data/v1.schema.json";
    public static final String SCHEMA_VERSION = "1.2";

    public record PartnershipData(String code, String name, String area) {
    }

    /** {@code current} is {@code "true"} for the plan a lead pinned as current (since 1.2), else null. */
    public record PlanData(String ref, String title, String outcome, String periodStart, String periodEnd,
                           String current, List<ActivityData> activities) {
    }

    public record ActivityData(String ref, String description, String level, String status, String leadPerson,
                               String stage, String plannedStart, String plannedEnd, String actualStart,
                               String actualEnd, List<String> communities, List<String> tags, List<String> methods,
                               List<PurposeData> purposes, VoiceData voice) {
    }

    /** The VOiCE cycle of an activity (since 1.2); null when every part is empty. */
    public record VoiceData(String analyseIssue, String analyseAffected, String analyseInvolved,
                            String analyseBarriers, String planOutcomes, String planIndicators, String planResources,
                            String planTimescale, String doWhatHappened, String doWhoTookPart, String doParticipants,
                            String reviewLessons, String reviewYouSaid, String reviewWeDid) {
    }

    public record PurposeData(String code, String who, String where, String about, String how) {
    }
}
