package org.cjengage.ui.plan;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;

import org.cjengage.core.plan.DeliveryStatus;

/**
 * Plan-versus-delivery status as an icon plus words, coloured by RAG: never colour alone. The text colours
 * keep at least 4.5:1 contrast on the light background. Drawn by the browser from a template (no component per
 * row): each row sends only its words and its RAG's name; the icon (hidden from screen readers: the words say it)
 * and the colour follow from the RAG's class, styled once per page by {@link #CSS}.
 */
final class DeliveryBadge {

    /** The badges' colours and weight by RAG class; the page adds it once. */
    static final String CSS = ".rag-badge{display:inline-flex;gap:0.3em;align-items:center;font-weight:500}"
            + ".rag-badge vaadin-icon{width:var(--lumo-icon-size-s);height:var(--lumo-icon-size-s);flex:none}"
            + ".rag-red{color:#a3111f;font-weight:700}.rag-amber{color:#7a4a00}.rag-green{color:#1b6b2f}"
            + ".rag-none{color:#4a5563}";

    private DeliveryBadge() {
    }

    /** The badge of each row's status, as a template bound to the status's words (as text) and RAG. */
    static <T> LitRenderer<T> renderer(SerializableFunction<T, DeliveryStatus> status, Component translator) {
        return LitRenderer.<T>of("<span class=\"rag-badge rag-${item.rag}\"><vaadin-icon icon=\"vaadin:${item.icon}\""
                        + " aria-hidden=\"true\"></vaadin-icon><span>${item.words}</span></span>")
                .withProperty("rag", item -> rag(status.apply(item)))
                .withProperty("icon", item -> icon(status.apply(item).rag()))
                .withProperty("words", item -> translator.getTranslation("plan.rag." + status.apply(item).name()));
    }

    /** The RAG's class suffix: red, amber, green or none. */
    static String rag(DeliveryStatus status) {
        return status.rag().name().toLowerCase(Locale.ROOT);
    }

    private static String icon(DeliveryStatus.Rag rag) {
        return switch (rag) {
            case RED -> "warning";
            case AMBER -> "clock";
            case GREEN -> "check-circle";
            case NONE -> "minus-circle-o";
        };
    }
}
