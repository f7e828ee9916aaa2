package org.cjengage.ui.feedback;

import java.util.Base64;
import java.util.Set;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;

import org.cjengage.core.common.PluginPaths;
import org.cjengage.core.disclosure.DisclosurePolicy;
import org.cjengage.core.feedback.FeedbackService;
import org.cjengage.core.feedback.FeedbackSummary;
import org.cjengage.core.feedback.QrCode;
import org.cjengage.ui.common.ActivityLink;
import org.cjengage.ui.common.ActivitySection;
import org.cjengage.ui.common.PrintPlanSection;
import org.cjengage.ui.common.PublicPageStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Participant feedback on every activity's page: a link to manage it, and the summary of accepted responses. */
@Configuration(proxyBeanMethods = false)
public class FeedbackNavigation {

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

    /** The printable plan lists each open feedback link with its QR code, to hand out or put on a letter. */
    @Bean
    PrintPlanSection feedbackPrintSection(FeedbackService feedback, PublicAddress address) {
        return new PrintPlanSection(10, planId -> {
            var links = feedback.openLinks(planId);
            if (links.isEmpty()) {
                return null;
            }
            Div section = new Div();
            section.setId("print-feedback-links");
            section.add(new H3(section.getTranslation("feedback.print.heading")));
            for (var link : links) {
                String url = address.of(PublicFeedbackView.path(link.token()));
                Image qr = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(QrCode.png(url, 160)),
                        section.getTranslation("feedback.print.qrAlt", link.description()));
                qr.setWidth("3cm");
                qr.setHeight("3cm");
                Paragraph text = new Paragraph(link.description() + " \u2013 " + url);
                text.getStyle().set("overflow-wrap", "anywhere");
                Div item = new Div(qr, text);
                item.getStyle().set("break-inside", "avoid").set("display", "flex").set("gap", "1em")
                        .set("align-items", "center");
                section.add(item);
            }
            return section;
        });
    }

    /** An unknown or closed link answers 404 on the browser's first request. */
    @Bean
    PublicPageStatus.PublicPage feedbackFormStatus(FeedbackService feedback, PluginPaths paths) {
        return new PublicPageStatus.PublicPage() {
            @Override
            public boolean matches(String path) {
                return paths.isBelow(path, "f/");
            }

            @Override
            public boolean exists(String path) {
                return feedback.publicForm(paths.rest(path, "f/")).isPresent();
            }
        };
    }
}
