package org.cjengage.ui.participation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.cjengage.core.participation.JourneyStatus;
import org.cjengage.core.standards.Scale;
import org.cjengage.core.standards.ScalePoint;

/** Texts and small components shared by the distance-travelled views. */
final class JourneyFormat {

    private final Scale scale;
    private final BiFunction<String, Object[], String> translate;
    private final DateTimeFormatter dates;

    JourneyFormat(Scale scale, BiFunction<String, Object[], String> translate, Locale locale) {
        this.scale = scale;
        this.translate = translate;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale == null ? Locale.UK : locale);
    }

    String t(String key, Object... args) {
        return translate.apply(key, args);
    }

    /** "3 Educated"; the bare number if the scale no longer has the stage. */
    String stage(int value) {
        return scale.point(value).map(p -> value + " " + p.label()).orElse(String.valueOf(value));
    }

    String stage(Optional<Integer> value) {
        return value.map(this::stage).orElse(t("participation.none.value"));
    }

    String stageDescription(int value) {
        return scale.point(value).map(ScalePoint::description).orElse("");
    }

    String date(LocalDate date) {
        return date == null ? t("participation.none.value") : dates.format(date);
    }

    /** "+2 stages", "0 stages", "-1 stage". */
    String travelled(Optional<Integer> stages) {
        return stages.map(n -> count(n == 0 ? "0" : String.format("%+d", n), n)).orElse(t("participation.none.value"));
    }

    String remaining(Optional<Integer> stages) {
        return stages.map(n -> count(String.valueOf(n), n)).orElse(t("participation.none.value"));
    }

    private String count(String text, int n) {
        return t(Math.abs(n) == 1 ? "participation.stages.one" : "participation.stages.many", text);
    }

    String status(JourneyStatus status) {
        return t("participation.status." + status.name());
    }

    /** Status as icon and text, so it never depends on colour alone. */
    Component statusLabel(JourneyStatus status) {
        VaadinIcon icon = switch (status) {
            case ON_TRACK -> VaadinIcon.CHECK_CIRCLE;
            case AT_RISK -> VaadinIcon.WARNING;
            case TARGET_REACHED -> VaadinIcon.FLAG_CHECKERED;
            case NO_BASELINE -> VaadinIcon.QUESTION_CIRCLE_O;
        };
        String colour = switch (status) {
            case ON_TRACK, TARGET_REACHED -> "var(--lumo-success-text-color)";
            case AT_RISK -> "var(--lumo-error-text-color)";
            case NO_BASELINE -> "var(--lumo-secondary-text-color)";
        };
        return label(icon, status(status), colour, "status-" + status.name().toLowerCase(Locale.ROOT));
    }

    Component reviewLabel(boolean due) {
        return due ? label(VaadinIcon.CLOCK, t("participation.review.due"), "var(--lumo-warning-text-color, var(--lumo-error-text-color))", "review-due")
                : label(VaadinIcon.CHECK, t("participation.review.notDue"), "var(--lumo-secondary-text-color)", "review-ok");
    }

    private static Component label(VaadinIcon vaadinIcon, String text, String colour, String className) {
        Icon icon = vaadinIcon.create();
        icon.setSize("var(--lumo-icon-size-s)");
        icon.getElement().setAttribute("aria-hidden", "true");
        Span span = new Span(icon, new Span(text));
        span.addClassName(className);
        span.getStyle().set("color", colour).set("display", "inline-flex").set("gap", "0.3em").set("align-items", "center");
        return span;
    }
}
