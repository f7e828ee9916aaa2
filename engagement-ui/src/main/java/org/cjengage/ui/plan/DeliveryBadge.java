package org.cjengage.ui.plan;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.cjengage.core.plan.DeliveryStatus;

/**
 * Plan-versus-delivery status as an icon plus words, coloured by RAG: never colour alone. The text colours
 * keep at least 4.5:1 contrast on the light background.
 */
final class DeliveryBadge {

    private DeliveryBadge() {
    }

    static Span of(DeliveryStatus status) {
        Span badge = new Span();
        Icon icon = switch (status.rag()) {
            case RED -> VaadinIcon.WARNING.create();
            case AMBER -> VaadinIcon.CLOCK.create();
            case GREEN -> VaadinIcon.CHECK_CIRCLE.create();
            case NONE -> VaadinIcon.MINUS_CIRCLE_O.create();
        };
        icon.setSize("var(--lumo-icon-size-s)");
        icon.getElement().setAttribute("aria-hidden", "true");
        String colour = switch (status.rag()) {
            case RED -> "#a3111f";
            case AMBER -> "#7a4a00";
            case GREEN -> "#1b6b2f";
            case NONE -> "#4a5563";
        };
        Span text = new Span(badge.getTranslation("plan.rag." + status.name()));
        badge.add(icon, text);
        badge.addClassName("rag-" + status.rag().name().toLowerCase());
        badge.getStyle().set("color", colour).set("display", "inline-flex").set("gap", "0.3em")
                .set("align-items", "center").set("font-weight", status.rag() == DeliveryStatus.Rag.RED ? "700" : "500");
        return badge;
    }
}
