package org.cjengage.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cjengage.core.standards.StandardsDataException;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.dataformat.yaml.YAMLMapper;

class QuestionnaireLoaderTest {

    @Test
    void theShippedQuestionnaireLoadsWithPlainAndEasyReadWording() {
        Questionnaire q = QuestionnaireLoader.load(new ClassPathResource("standards/feedback/participant-feedback.yaml"));

        assertThat(q.id()).isEqualTo("participant-feedback");
        assertThat(q.questions()).extracting(Question::kind)
                .contains(Question.Kind.SCALE, Question.Kind.TEXT, Question.Kind.COMMUNITY);
        assertThat(q.questions()).allSatisfy(question -> {
            assertThat(question.text()).isNotBlank();
            assertThat(question.easyRead()).isNotBlank();
        });
    }

    @Test
    void aBrokenFileIsRefusedNamingTheFileAndTheField() {
        String yaml = """
                id: x
                version: "1"
                title: T
                questions:
                  - code: A
                    kind: scale
                    min: 1
                    max: 5
                    minLabel: low
                    maxLabel: high
                    text: Q
                    easyRead: Q
                  - code: B
                    kind: text
                    maxLength: 99999
                    text: Q
                    easyRead: Q
                """;
        assertThatThrownBy(() -> QuestionnaireLoader.parse("mine.yaml", new YAMLMapper().readTree(yaml)))
                .isInstanceOf(StandardsDataException.class)
                .hasMessage("mine.yaml, questions[1].maxLength: must be from 1 to 2000");
        assertThatThrownBy(() -> QuestionnaireLoader.parse("mine.yaml", new YAMLMapper().readTree(
                yaml.replace("kind: text", "kind: name"))))
                .hasMessageContaining("questions[1].kind: 'name' is not one of scale, text, community");
        assertThatThrownBy(() -> QuestionnaireLoader.parse("mine.yaml", new YAMLMapper().readTree(
                yaml.replace("code: B", "code: A"))))
                .hasMessageContaining("questions[1].code: 'A' is used twice");
    }
}
