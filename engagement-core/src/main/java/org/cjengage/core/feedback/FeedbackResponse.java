package org.cjengage.core.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One anonymous response to an activity's feedback form. Holds no personal data; the date only. */
public record FeedbackResponse(long id, long activityId, long partnershipId, String questionnaireId,
                               String questionnaireVersion, LocalDate receivedOn, ResponseStatus status,
                               List<Answer> answers, int version) {

    public FeedbackResponse {
        answers = List.copyOf(answers);
    }

    public Optional<Answer> answer(String questionCode) {
        return answers.stream().filter(a -> a.questionCode().equals(questionCode)).findFirst();
    }
}
