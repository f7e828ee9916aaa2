package org.cjengage.ui.feedback;

import java.util.Set;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

import org.cjengage.core.disclosure.DisclosurePolicy;
import org.cjengage.core.feedback.FeedbackService;
import org.cjengage.core.feedback.FeedbackSummary;
import org.cjengage.ui.common.ActivityLink;
import org.cjengage.ui.common.ActivitySection;
import org.cjengage.ui.common.PublicPageStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Participant feedback on every activity's page: a link to manage it, and the summary of accepted responses. */
@Configuration(proxyBeanMethods = false)
class FeedbackNavigation {

    @Bean
    ActivityLink feedbackActivityLink() {
        return new ActivityLink(30, "feedback.link", ActivityFeedbackView::path, Set.of());
    }

    @Bean
    ActivitySection feedbackActivitySection(FeedbackService feedback, DisclosurePolicy disclosure) {
        return new ActivitySection(10, activityId -> {
            FeedbackSummary summary = feedback.summary(activityId);
            boolean none = summary.pending() == 0 && summary.respondents().isExact() && summary.respondents().value() == 0;
            if (none) {
                return null;
            }
            FeedbackSummaryPanel panel = new FeedbackSummaryPanel(disclosure.threshold());
            panel.show(summary);
            Div section = new Div(new H3(panel.getTranslation("feedback.summary.heading")), panel);
            section.setId("activity-feedback");
            return section;
        });
    }

    /** An unknown or closed link answers 404 on the browser's first request. */
    @Bean
    PublicPageStatus.PublicPage feedbackFormStatus(FeedbackService feedback) {
        return new PublicPageStatus.PublicPage() {
            @Override
            public boolean matches(String path) {
                return path.startsWith("/f/");
            }

            @Override
            public boolean exists(String path) {
                return feedback.publicForm(path.substring(3)).isPresent();
            }
        };
    }
}
