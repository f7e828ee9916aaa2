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
                .hasMessage("mine.yaml: questions[1].maxLength must be 2000 or less, found 99999");
        assertThatThrownBy(() -> QuestionnaireLoader.parse("mine.yaml", new YAMLMapper().readTree(
                yaml.replace("kind: text", "kind: name"))))
                .hasMessageContaining("questions[1].kind 'name' is not one of scale, text, community");
        assertThatThrownBy(() -> QuestionnaireLoader.parse("mine.yaml", new YAMLMapper().readTree(
                yaml.replace("code: B", "code: A").replace("99999", "500"))))
                .hasMessageContaining("questions[1].code: 'A' is used twice");
    }

    @Test
    void structuralMistakesAreFoundByTheSchemaAllAtOnceWithTheirFields() {
        String yaml = """
                id: x
                version: 1.5
                title: T
                colour: blue
                questions:
                  - code: lower
                    kind: scale
                    max: 5
                    text: Q
                    easyRead: Q
                  - code: B
                    kind: text
                    text: " "
                    easyRead: Q
                """;
        assertThatThrownBy(() -> QuestionnaireLoader.parse("mine.yaml", new YAMLMapper().readTree(yaml)))
                .isInstanceOf(StandardsDataException.class)
                .hasMessageStartingWith("mine.yaml: ")
                .hasMessageContaining("colour is not a known field")
                .hasMessageContaining("version must be text; put the value in quotes, e.g. \"1.5\"")
                .hasMessageContaining("questions[0].code 'lower' must be UPPER_SNAKE_CASE")
                .hasMessageContaining("questions[0].min is missing")
                .hasMessageContaining("questions[0].minLabel is missing")
                .hasMessageContaining("questions[1].maxLength is missing")
                .hasMessageContaining("questions[1].text is blank");
    }

    @Test
    void aScaleMustRunUpwardsByAtMostTenSteps() {
        String yaml = """
                id: x
                version: "1"
                title: T
                questions:
                  - code: A
                    kind: scale
                    min: 5
                    max: 3
                    minLabel: low
                    maxLabel: high
                    text: Q
                    easyRead: Q
                """;
        assertThatThrownBy(() -> QuestionnaireLoader.parse("mine.yaml", new YAMLMapper().readTree(yaml)))
                .hasMessage("mine.yaml, questions[0].max: a scale runs from min to a larger max, at most 10 steps");
    }

    @Test
    void theLongestAnswerAllowedIsTheSchemasMaximum() throws Exception {
        try (var in = getClass().getClassLoader().getResourceAsStream(
                "standards/schema/feedback-questionnaire.schema.json")) {
            var schema = new tools.jackson.databind.json.JsonMapper().readTree(in);
            assertThat(schema.at("/$defs/question/properties/maxLength/maximum").asInt())
                    .isEqualTo(QuestionnaireLoader.TEXT_LIMIT);
        }
    }
}
