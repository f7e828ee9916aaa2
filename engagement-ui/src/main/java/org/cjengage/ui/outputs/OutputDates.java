package org.cjengage.ui.outputs;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the published documents write them, e.g. "23 November 2026". */
final class OutputDates {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private OutputDates() {
    }

    static String format(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }
}
