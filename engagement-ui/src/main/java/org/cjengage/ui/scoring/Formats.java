package org.cjengage.ui.scoring;

import java.util.Locale;

import com.vaadin.flow.component.Component;

import org.cjengage.core.scoring.ScoreSummary;
import org.cjengage.core.standards.Framework;

/** How scoring numbers and codes are written on screen. */
final class Formats {

    private Formats() {
    }

    /** One decimal place; "No result" when there is none (never zero). */
    static String mean(Component c, Double mean) {
        return mean == null ? c.getTranslation("scoring.noResult") : String.format(Locale.UK, "%.1f", mean);
    }

    static String mean(Component c, ScoreSummary summary) {
        return mean(c, summary.mean());
    }

    static String framework(Framework framework, String version) {
        return framework.title() + " (" + version + ")";
    }
}
