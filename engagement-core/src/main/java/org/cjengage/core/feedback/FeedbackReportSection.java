package org.cjengage.core.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cjengage.core.disclosure.Audience;
import org.cjengage.core.disclosure.DisclosurePolicy;
import org.cjengage.core.disclosure.Figure;
import org.cjengage.core.outputs.AnnualReportSection;
import org.cjengage.core.outputs.Block;
import org.cjengage.core.outputs.OutputSection;
import org.cjengage.core.outputs.OutputsText;
import org.springframework.stereotype.Component;

/**
 * The annual report's "feedback from people who took part": accepted responses received in the reporting year
 * for the activities of the report's plans (whatever the activities' own dates), and each scale question's average
 * answer. A published document, so people figures and the means over them are disclosed as {@link Audience#BEYOND}.
 */
@Component
class FeedbackReportSection implements AnnualReportSection {

    private final FeedbackStore store;
    private final Questionnaire questionnaire;
    private final DisclosurePolicy disclosure;

    FeedbackReportSection(FeedbackStore store, Questionnaire feedbackQuestionnaire, DisclosurePolicy disclosure) {
        this.store = store;
        this.questionnaire = feedbackQuestionnaire;
        this.disclosure = disclosure;
    }

    @Override
    public Optional<OutputSection> section(Scope scope, LocalDate from, LocalDate to) {
        FeedbackStore.Tally tally = store.tallyOfPlans(scope.partnershipId(), scope.planIds(), from, to);
        if (tally.respondents() == 0) {
            return Optional.empty();
        }
        OutputsText text = OutputsText.english();
        int threshold = disclosure.threshold();
        Figure respondents = disclosure.people(tally.respondents(), Audience.BEYOND);
        List<List<String>> rows = new ArrayList<>();
        for (Question q : questionnaire.questions()) {
            if (q.kind() != Question.Kind.SCALE) {
                continue;
            }
            Double mean = tally.mean(q.code(), disclosure, Audience.BEYOND);
            rows.add(List.of(q.text(),
                    mean == null ? text.get("outputs.feedback.noMean")
                            : text.get("outputs.feedback.meanOf", String.format(Locale.UK, "%.1f", mean), q.max()),
                    text.figure(disclosure.people(tally.answered(q.code()), Audience.BEYOND), threshold)));
        }
        List<Block> blocks = List.of(
                new Block.Text(text.get("outputs.feedback.intro", text.figure(respondents, threshold))),
                new Block.Table(text.get("outputs.feedback.caption"), List.of(text.get("outputs.feedback.question"),
                        text.get("outputs.feedback.mean"), text.get("outputs.feedback.answers")), rows));
        return Optional.of(new OutputSection(text.get("outputs.feedback.heading"), blocks));
    }
}
