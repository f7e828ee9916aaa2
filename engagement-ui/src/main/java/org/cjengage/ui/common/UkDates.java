package org.cjengage.ui.common;

import java.util.List;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * The one date picker set-up every form uses: UK dates. The calendar starts the week on Monday and dates are
 * shown as dd/mm/yyyy; typing 3/4/2026 or 2026-04-03 is understood too.
 */
public final class UkDates {

    /** Monday, as DatePickerI18n counts (0 = Sunday). */
    public static final int MONDAY = 1;
    public static final List<String> FORMATS = List.of("dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd");

    private UkDates() {
    }

    /** Sets UK week and date formats on the picker and returns it. */
    public static <T extends DatePicker> T apply(T picker) {
        picker.setI18n(i18n());
        picker.setLocale(java.util.Locale.UK);
        return picker;
    }

    public static DatePicker.DatePickerI18n i18n() {
        return new DatePicker.DatePickerI18n()
                .setFirstDayOfWeek(MONDAY)
                .setDateFormats(FORMATS.getFirst(), FORMATS.subList(1, FORMATS.size()).toArray(String[]::new));
    }
}
