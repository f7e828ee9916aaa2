package org.cjengage.ui.feedback;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;

import org.cjengage.core.disclosure.Figure;
import org.cjengage.core.feedback.FeedbackSummary;

/** Accepted feedback in figures: respondents, and each scale question's mean with its n, as a plain table. */
public class FeedbackSummaryPanel extends Div {

    final Paragraph respondents = new Paragraph();
    final Paragraph pending = new Paragraph();

    private final int threshold;

    public FeedbackSummaryPanel(int threshold) {
        this.threshold = threshold;
        addClassName("cj-feedback-summary");
    }

    public void show(FeedbackSummary s) {
        removeAll();
        respondents.setText(getTranslation("feedback.summary.respondents", figure(s.respondents())));
        add(respondents);
        if (s.pending() > 0) {
            pending.setText(getTranslation("feedback.summary.pending", s.pending()));
            add(pending);
        }
        if (s.respondents().isExact() && s.respondents().value() == 0) {
            return;
        }
        NativeTable table = new NativeTable();
        NativeTableHeader head = new NativeTableHeader();
        head.addRows(new NativeTableRow(new NativeTableHeaderCell(getTranslation("feedback.summary.question")),
                new NativeTableHeaderCell(getTranslation("feedback.summary.mean")),
                new NativeTableHeaderCell(getTranslation("feedback.summary.answered"))));
        NativeTableBody body = new NativeTableBody();
        s.questions().forEach(q -> body.addRows(new NativeTableRow(new NativeTableCell(q.text()),
                new NativeTableCell(q.mean() == null ? getTranslation("feedback.summary.noMean")
                        : getTranslation("feedback.summary.meanOf", String.format(java.util.Locale.UK, "%.1f", q.mean()), q.max())),
                new NativeTableCell(figure(q.answered())))));
        table.add(head, body);
        add(table);
    }

    private String figure(Figure f) {
        return switch (f.kind()) {
            case EXACT -> String.valueOf(f.value());
            case SMALL -> getTranslation("feedback.summary.small", threshold);
            case HIDDEN -> getTranslation("feedback.summary.hidden");
        };
    }
}
