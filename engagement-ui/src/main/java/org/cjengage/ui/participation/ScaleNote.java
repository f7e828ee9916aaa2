package org.cjengage.ui.participation;

import com.vaadin.flow.component.html.Paragraph;

import org.cjengage.core.standards.Scale;

/**
 * The participation scale's own note, from its data file, wherever the scale is used: the shipped scale says
 * that its stage names are a local default (only stage 8, co-production, is fixed) and how to replace them. A
 * partnership that loads its own scale writes its own note, or none (then nothing is shown).
 */
class ScaleNote extends Paragraph {

    ScaleNote(Scale scale) {
        addClassName("participation-scale-note");
        getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                .set("max-width", "60em");
        setText(scale.note() == null ? "" : scale.note());
        setVisible(scale.note() != null);
    }
}
