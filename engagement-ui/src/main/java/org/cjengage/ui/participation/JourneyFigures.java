package org.cjengage.ui.participation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.cjengage.core.participation.Journey;
import org.cjengage.core.participation.TrackedService;

/** The headline figures of a service's journey: baseline, current, target, travelled, remaining, status. */
class JourneyFigures extends Div {

    private final JourneyFormat format;

    JourneyFigures(JourneyFormat format) {
        this.format = format;
        setId("journey-figures");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", format.t("participation.figures"));
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
    }

    void show(TrackedService service, Journey journey) {
        removeAll();
        figure("baseline", "participation.figure.baseline", new Span(format.stage(journey.baselineStage())));
        figure("current", "participation.figure.current", new Span(format.stage(journey.currentStage())));
        figure("target", "participation.figure.target", new Span(format.t("participation.figure.targetBy",
                format.stage(service.targetStage()), format.date(service.targetDate()))));
        figure("travelled", "participation.figure.travelled", new Span(format.travelled(journey.distanceTravelled())));
        figure("remaining", "participation.figure.remaining", new Span(format.remaining(journey.distanceRemaining())));
        // status, expected stage and review each on a line of their own, so the badges never run together
        Div status = new Div(format.statusLabel(journey.status()));
        status.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "flex-start")
                .set("gap", "var(--lumo-space-xs)");
        journey.expectedStage().ifPresent(e -> {
            Span expected = new Span(format.t("participation.figure.expected", String.format("%.1f", e)));
            expected.getStyle().set("font-size", "var(--lumo-font-size-s)");
            status.add(expected);
        });
        status.add(format.reviewLabel(journey.reviewDue()));
        figure("status", "participation.figure.status", status);
    }

    private void figure(String id, String labelKey, Component value) {
        Span label = new Span(format.t(labelKey));
        label.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        value.setId("figure-" + id);
        value.getElement().getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        Div box = new Div(label, value);
        box.addClassName("journey-figure");
        box.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("min-width", "10em");
        add(box);
    }
}
