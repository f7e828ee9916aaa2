package org.cjengage.core.feedback;

import java.util.List;
import java.util.Optional;

/** The questions of the anonymous feedback form; every response keeps the id and version it answered. */
public record Questionnaire(String id, String version, String title, List<Question> questions) {

    public Questionnaire {
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String code) {
        return questions.stream().filter(q -> q.code().equals(code)).findFirst();
    }
}
