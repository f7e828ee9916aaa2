package org.cjengage.ui.scoring;

import java.util.Locale;

import com.vaadin.flow.component.Component;

import org.cjengage.core.scoring.Assessment;
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

    /**
     * Who made the assessment: the assessor's name, or for an imported one "Imported assessor 2" (the file names
     * no person; the name would be the importing user's). With {@code importer}, the importing user is named too.
     */
    static String assessor(Component c, Assessment assessment, String name, boolean importer) {
        if (!assessment.isImported()) {
            return name;
        }
        String number = String.valueOf(assessment.importedAssessor());
        return importer ? c.getTranslation("scoring.assessor.importedBy", number, name)
                : c.getTranslation("scoring.assessor.imported", number);
    }

    /** What the framework calls its elements ("Success factor"), from its data; "Standard" when it does not say. */
    static String elementNoun(Component c, Framework framework) {
        return framework.elementName() != null ? framework.elementName() : c.getTranslation("scoring.column.element");
    }

    static String framework(Framework framework, String version) {
        return framework.title() + " (" + version + ")";
    }
}
