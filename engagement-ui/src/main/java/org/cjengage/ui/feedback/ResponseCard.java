package org.cjengage.ui.feedback;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import org.cjengage.core.feedback.Answer;
import org.cjengage.core.feedback.FeedbackResponse;
import org.cjengage.core.feedback.Question;
import org.cjengage.core.feedback.Questionnaire;
import org.cjengage.core.standards.Vocabulary;

/** One response as text (never markup), with the moderation or quoting buttons the caller adds. */
class ResponseCard extends Div {

    final HorizontalLayout actions = new HorizontalLayout();

    ResponseCard(FeedbackResponse response, Questionnaire questions, Vocabulary communities) {
        addClassName("cj-feedback-response");
        getStyle().set("border", "1px solid var(--lumo-contrast-30pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)");
        add(new H4(getTranslation("feedback.manage.received", java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK).format(response.receivedOn()))));
        UnorderedList list = new UnorderedList();
        for (Answer a : response.answers()) {
            String question = questions.question(a.questionCode()).map(Question::text).orElse(a.questionCode());
            String value = a.score() != null ? String.valueOf(a.score())
                    : a.text() != null ? a.text()
                    : communities.term(a.choiceCode()).map(t -> t.label()).orElse(a.choiceCode());
            ListItem item = new ListItem(getTranslation("feedback.manage.answer", question, value));
            item.getStyle().set("white-space", "pre-line").set("overflow-wrap", "anywhere");
            list.add(item);
        }
        add(list, actions);
    }

    Button action(String labelKey, Runnable run) {
        Button b = new Button(getTranslation(labelKey), e -> run.run());
        actions.add(b);
        return b;
    }

    /** A "quote" button per written answer. */
    void quoteButtons(FeedbackResponse response, Questionnaire questions, Consumer<String> quote) {
        List<Answer> texts = response.answers().stream().filter(a -> a.text() != null).toList();
        for (Answer a : texts) {
            String question = questions.question(a.questionCode()).map(Question::text).orElse(a.questionCode());
            Button b = action("feedback.manage.quote", () -> quote.accept(a.questionCode()));
            b.getElement().setAttribute("aria-label", getTranslation("feedback.manage.quoteLabel", question));
        }
    }
}
