package org.cjengage.core.standards;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ids of the standards files the application relies on; loading fails if one is missing. */
public final class StandardIds {

    public static final String NATIONAL_STANDARDS = "national-standards";
    public static final String THIRD_SECTOR_FACTORS = "third-sector-success-factors";
    public static final String QUALITY_MEASURES = "quality-measures";
    public static final String SCORING_SCALE = "scoring-scale";
    public static final String PARTICIPATION_SCALE = "participation-scale";
    public static final String LEVELS = "engagement-levels";
    public static final String COMMUNITY_TYPES = "community-types";
    public static final String SUB_FOCUS_TAGS = "sub-focus-tags";
    public static final String METHODS = "engagement-methods";
    public static final String PURPOSES = "engagement-purposes";
    public static final String CYCLE_STAGES = "commissioning-cycle";

    /** Each required id with the file type it must have, in declaration order. */
    static final Map<String, String> REQUIRED = required();

    private StandardIds() {
    }

    private static Map<String, String> required() {
        Map<String, String> required = new LinkedHashMap<>();
        for (String id : List.of(NATIONAL_STANDARDS, THIRD_SECTOR_FACTORS, QUALITY_MEASURES)) {
            required.put(id, StandardsLoader.TYPE_FRAMEWORK);
        }
        for (String id : List.of(SCORING_SCALE, PARTICIPATION_SCALE, LEVELS)) {
            required.put(id, StandardsLoader.TYPE_SCALE);
        }
        for (String id : List.of(COMMUNITY_TYPES, SUB_FOCUS_TAGS, METHODS, PURPOSES, CYCLE_STAGES)) {
            required.put(id, StandardsLoader.TYPE_VOCABULARY);
        }
        return Collections.unmodifiableMap(required);
    }
}
