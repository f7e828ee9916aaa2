package org.cjengage.core.feedback;

import java.util.List;

import org.cjengage.core.disclosure.Figure;

/**
 * Accepted responses of one activity (or of several, on the dashboard and in the annual report), as the
 * audience may see them: the number of respondents is a count of people and follows the disclosure rule; a
 * mean is shown with its n, and not at all when its n is suppressed (one person's answer would show).
 *
 * @param pending responses waiting for moderation (for the partnership's own members; 0 otherwise)
 */
public record FeedbackSummary(Figure respondents, List<QuestionSummary> questions, long pending) {

    public FeedbackSummary {
        questions = List.copyOf(questions);
    }

    /** The mean answer to one scale question; {@code mean} is null when none or when {@code answered} is suppressed. */
    public record QuestionSummary(String code, String text, int min, int max, Double mean, Figure answered) {
    }
}
