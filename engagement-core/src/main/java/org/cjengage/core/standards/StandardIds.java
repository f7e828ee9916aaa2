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

    /** engagement-levels: the level at which communities shape and lead (the national comparison's column). */
    public static final String MARK_ENGAGED = "engaged";
    /** commissioning-cycle: the stage whose overdue activities are overdue reviews. */
    public static final String MARK_REVIEW = "review";
    /** community-types: the type that is third sector organisations. */
    public static final String MARK_THIRD_SECTOR = "third-sector";
    /** community-types: the type that is public sector organisations. */
    public static final String MARK_PUBLIC_SECTOR = "public-sector";

    /** The marks each required file must carry (on exactly one entry each): rules find entries by them. */
    public static final Map<String, List<String>> REQUIRED_MARKS = Map.of(LEVELS, List.of(MARK_ENGAGED),
            CYCLE_STAGES, List.of(MARK_REVIEW), COMMUNITY_TYPES, List.of(MARK_THIRD_SECTOR, MARK_PUBLIC_SECTOR));

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
