package org.cjengage.core.feedback;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** Loads and checks the feedback questionnaire at start-up; a broken file stops start-up naming file and field. */
@Configuration(proxyBeanMethods = false)
class FeedbackConfiguration {

    @Bean
    Questionnaire feedbackQuestionnaire(FeedbackProperties properties, ResourceLoader resources) {
        return QuestionnaireLoader.load(resources.getResource(properties.questionnaire()));
    }
}
