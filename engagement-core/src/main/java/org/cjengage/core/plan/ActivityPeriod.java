package org.cjengage.core.plan;

/**
 * The annual report's period rule in SQL, for queries that read only a year's activities. It is the twin of
 * {@code AnnualReportBuilder.inPeriod}: an activity's actual dates, else its planned dates, overlap the period
 * (a planned end before the start counts as the start); an activity with no date at all is in no period.
 */
public final class ActivityPeriod {

    private ActivityPeriod() {
    }

    /**
     * A condition (starting with {@code AND}) over the activity alias {@code a}, with the named parameters
     * {@code :from} and {@code :to} (both days included).
     */
    public static String sql(String a) {
        String start = "COALESCE(" + a + ".actual_start, " + a + ".planned_start, " + a + ".planned_end)";
        String end = "COALESCE(" + a + ".actual_end, CASE WHEN " + a + ".planned_end >= " + start + " THEN " + a
                + ".planned_end END, " + start + ")";
        return " AND " + start + " <= :to AND " + end + " >= :from";
    }

    /** A condition (starting with {@code AND}) over the activity alias {@code a}: it has no date at all. */
    public static String undated(String a) {
        return " AND " + a + ".actual_start IS NULL AND " + a + ".planned_start IS NULL AND " + a + ".planned_end IS NULL";
    }
}
