package org.cjengage.ui.plan;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import org.cjengage.core.plan.DeletionImpact;
import org.cjengage.core.plan.PlanDependents.Dependent;
import org.cjengage.ui.common.Confirm;

/**
 * The dialogs before deleting a plan or an activity: either why it cannot be deleted (every reason, one per
 * paragraph, and only a Close button), or a confirmation that lists everything deleted with it.
 */
final class DeletionDialogs {

    private DeletionDialogs() {
    }

    /** The refusal when {@code impact} is blocked, else the confirmation; {@code action} runs on confirm only. */
    static ConfirmDialog open(DeletionImpact impact, String refusedTitle, String title, String intro,
                              List<String> firstItems, String closing, Runnable action) {
        if (!impact.allowed()) {
            Div reasons = new Div();
            impact.blocking().forEach(d -> reasons.add(new Paragraph(text(d))));
            return Confirm.tell(refusedTitle, reasons);
        }
        UnorderedList items = new UnorderedList();
        firstItems.forEach(i -> items.add(new ListItem(i)));
        impact.deleted().forEach(d -> items.add(new ListItem(text(d))));
        Div body = new Div();
        if (items.getChildren().findAny().isPresent()) {
            body.add(new Paragraph(intro), items);
        }
        body.add(new Paragraph(closing));
        return Confirm.delete(title, body, action);
    }

    private static String text(Dependent d) {
        return UI.getCurrent().getTranslation(d.messageKey(), d.count());
    }
}
