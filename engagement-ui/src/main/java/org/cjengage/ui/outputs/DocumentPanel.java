package org.cjengage.ui.outputs;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import org.cjengage.core.outputs.Block;
import org.cjengage.core.outputs.OutputDocument;
import org.cjengage.core.outputs.OutputSection;
import org.cjengage.ui.common.chart.DataTable;

/**
 * The web-page format of an {@link OutputDocument}: the same content the PDF and DOCX are made from, as
 * headings, paragraphs and accessible data tables. All text is set as text, never as HTML.
 */
public class DocumentPanel extends Div {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public DocumentPanel() {
        addClassName("cje-document");
        getStyle().set("max-width", "60em");
    }

    /** @param headingLevel 1 when the document is the page (public pages), 2 inside an application view */
    public void show(OutputDocument doc, int headingLevel) {
        removeAll();
        getElement().setAttribute("lang", doc.language());
        add(headingLevel == 1 ? new com.vaadin.flow.component.html.H1(doc.title()) : new H2(doc.title()));
        if (!doc.subtitle().isBlank()) {
            add(new Paragraph(doc.subtitle()));
        }
        Paragraph dated = new Paragraph(getTranslation(doc.dated().messageKey(), DATE.format(doc.date())));
        dated.addClassName("cje-document-date");
        add(dated);
        for (OutputSection section : doc.sections()) {
            add(headingLevel == 1 ? new H2(section.heading()) : new H3(section.heading()));
            for (Block block : section.blocks()) {
                switch (block) {
                    case Block.Text t -> {
                        Paragraph p = new Paragraph(t.text());
                        p.getStyle().set("white-space", "pre-line");
                        add(p);
                    }
                    case Block.Bullets b -> {
                        UnorderedList list = new UnorderedList();
                        b.items().forEach(i -> list.add(new ListItem(i)));
                        add(list);
                    }
                    case Block.Table t -> {
                        DataTable table = new DataTable().stackWhenNarrow();
                        table.setData(t.caption(), t.headers(), t.rows());
                        table.getStyle().set("margin-bottom", "var(--lumo-space-m)").set("overflow-x", "auto");
                        add(table);
                    }
                }
            }
        }
    }
}
