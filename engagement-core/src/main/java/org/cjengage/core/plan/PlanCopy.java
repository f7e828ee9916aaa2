package org.cjengage.core.plan;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Copying a plan into a new period (docs/plan.md, "Copy to a new period"): the title proposed for the copy
 * and how each activity is carried over. Pure: no database, no security.
 */
public final class PlanCopy {

    /** "2025-2028", "2025–28", "2025/28", "2025 to 2028" (the second year in full or as two digits). */
    private static final Pattern YEAR_RANGE = Pattern.compile(
            "(?<!\\d)(\\d{4})(\\s*(?:-|–|—|/|to)\\s*)(\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

    private PlanCopy() {
    }

    /**
     * The title proposed for a copy of a plan into {@code newStart}..{@code newEnd}: the old title with the
     * old period's years replaced by the new ones, written the same way ("2025-2028" becomes "2028-2031",
     * "2025/28" becomes "2028/31"); a title naming only the start year gets the new start year; a title with
     * no year of its period gets the new period's years appended ("Engagement plan 2028–2031").
     */
    public static String proposedTitle(String title, LocalDate oldStart, LocalDate oldEnd, LocalDate newStart,
                                       LocalDate newEnd) {
        String base = title == null ? "" : title.strip();
        Matcher range = YEAR_RANGE.matcher(base);
        while (range.find()) {
            int first = Integer.parseInt(range.group(1));
            String second = range.group(3);
            int secondYear = second.length() == 2 ? first / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
            if (first == oldStart.getYear() && secondYear == oldEnd.getYear()) {
                String end = second.length() == 2 ? String.format("%02d", newEnd.getYear() % 100)
                        : String.valueOf(newEnd.getYear());
                return base.substring(0, range.start()) + newStart.getYear() + range.group(2) + end
                        + base.substring(range.end());
            }
        }
        Matcher year = YEAR.matcher(base);
        while (year.find()) {
            if (Integer.parseInt(year.group(1)) == oldStart.getYear()) {
                return base.substring(0, year.start()) + newStart.getYear() + base.substring(year.end());
            }
        }
        String years = newStart.getYear() == newEnd.getYear() ? String.valueOf(newStart.getYear())
                : newStart.getYear() + "–" + newEnd.getYear();
        String proposed = base.isEmpty() ? years : base + " " + years;
        return proposed.length() <= PlanDraft.TITLE_MAX ? proposed
                : base.substring(0, PlanDraft.TITLE_MAX - years.length() - 1).strip() + " " + years;
    }

    /**
     * An activity as copied into the new period: status back to Not started, actual dates and the Do and
     * Review parts emptied, planned dates moved by {@code shiftDays} and then kept inside
     * {@code periodStart}..{@code periodEnd}; a planned end is never before the planned start.
     */
    public static ActivityDraft forNewPeriod(ActivityDraft d, long shiftDays, LocalDate periodStart,
                                             LocalDate periodEnd) {
        LocalDate start = clamp(shift(d.plannedStart(), shiftDays), periodStart, periodEnd);
        LocalDate end = clamp(shift(d.plannedEnd(), shiftDays), periodStart, periodEnd);
        if (start != null && end != null && end.isBefore(start)) {
            end = start;
        }
        return new ActivityDraft(d.description(), d.levelCode(), d.communityCodes(), d.tagCodes(),
                PlanStatus.NOT_STARTED, d.leadPerson(), d.purposes(), d.methodCodes(), d.stageCode(), start, end,
                null, null, d.voice().withoutDelivery());
    }

    private static LocalDate shift(LocalDate date, long days) {
        return date == null ? null : date.plusDays(days);
    }

    private static LocalDate clamp(LocalDate date, LocalDate from, LocalDate to) {
        if (date == null) {
            return null;
        }
        if (date.isBefore(from)) {
            return from;
        }
        return date.isAfter(to) ? to : date;
    }
}
