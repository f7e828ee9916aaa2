package org.cjengage.ui.feedback;

import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

import org.cjengage.core.common.DomainException;
import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.disclosure.DisclosurePolicy;
import org.cjengage.core.feedback.FeedbackLink;
import org.cjengage.core.feedback.FeedbackPoster;
import org.cjengage.core.feedback.FeedbackResponse;
import org.cjengage.core.feedback.FeedbackService;
import org.cjengage.core.feedback.QrCode;
import org.cjengage.core.feedback.ResponseStatus;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.standards.StandardIds;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.core.standards.Vocabulary;
import org.cjengage.ui.common.ErrorMessages;
import org.cjengage.ui.common.Notifications;
import org.cjengage.ui.outputs.Downloads;
import org.cjengage.ui.plan.ActivityView;

/**
 * Feedback from the people who took part in one activity: the lead switches the public link on or off,
 * shows its QR code and prints a poster, accepts or rejects each response, and quotes accepted answers into
 * the activity's "you said". Every member sees the summary of accepted responses.
 */
@Route(value = "activities/:activityId([0-9]+)/feedback", registerAtStartup = false)
@PermitAll
public class ActivityFeedbackView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FeedbackService feedback;
    private final PlanService plans;
    private final PublicAddress address;
    private final Vocabulary communities;
    final H2 heading = new H2();
    final Div linkPanel = new Div();
    final FeedbackSummaryPanel summary;
    final Div pending = new Div();
    final Div accepted = new Div();
    private EngagementActivity activity;
    private boolean manager;

    public ActivityFeedbackView(FeedbackService feedback, PlanService plans, PublicAddress address,
                                StandardsCatalogue standards, DisclosurePolicy disclosure) {
        this.summary = new FeedbackSummaryPanel(disclosure.threshold());
        this.feedback = feedback;
        this.plans = plans;
        this.address = address;
        this.communities = standards.vocabulary(StandardIds.COMMUNITY_TYPES);
        setMaxWidth("60em");
    }

    public static String path(long activityId) {
        return "activities/" + activityId + "/feedback";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("activityId").orElseThrow();
        try {
            activity = plans.activity(Long.parseLong(id));
        } catch (NumberFormatException e) {
            throw new NotFoundException("activity", id);
        }
        manager = feedback.canManage(activity.id());
        refresh();
    }

    void refresh() {
        removeAll();
        heading.setText(getTranslation("feedback.manage.heading", activity.description()));
        RouterLink back = new RouterLink(getTranslation("feedback.manage.back"), ActivityView.class,
                new RouteParameters("activityId", String.valueOf(activity.id())));
        add(back, heading);
        summary.show(feedback.summary(activity.id()));
        add(new H3(getTranslation("feedback.summary.heading")), summary);
        if (!manager) {
            return;
        }
        showLink(feedback.link(activity.id()));
        add(new H3(getTranslation("feedback.manage.link")), linkPanel);
        List<FeedbackResponse> waiting = feedback.responses(activity.id(), ResponseStatus.PENDING);
        pending.removeAll();
        if (waiting.isEmpty()) {
            pending.add(new Paragraph(getTranslation("feedback.manage.nonePending")));
        }
        waiting.forEach(r -> {
            ResponseCard card = new ResponseCard(r, feedback.questionnaire(), communities);
            card.action("feedback.manage.accept", () -> act(() -> feedback.accept(r.id(), r.version()),
                    "feedback.manage.accepted")).addThemeVariants(ButtonVariant.PRIMARY);
            card.action("feedback.manage.reject", () -> act(() -> feedback.reject(r.id(), r.version()),
                    "feedback.manage.rejected"));
            pending.add(card);
        });
        add(new H3(getTranslation("feedback.manage.pending", waiting.size())), pending);
        accepted.removeAll();
        feedback.responses(activity.id(), ResponseStatus.ACCEPTED).forEach(r -> {
            ResponseCard card = new ResponseCard(r, feedback.questionnaire(), communities);
            card.quoteButtons(r, feedback.questionnaire(), code -> act(() -> {
                activity = feedback.quoteInYouSaid(r.id(), code, activity.version());
            }, "feedback.manage.quoted"));
            accepted.add(card);
        });
        add(new H3(getTranslation("feedback.manage.acceptedHeading")), accepted);
    }

    private void showLink(Optional<FeedbackLink> link) {
        linkPanel.removeAll();
        if (link.isEmpty() || !link.get().open()) {
            linkPanel.add(new Paragraph(getTranslation("feedback.manage.off")));
            Button on = new Button(getTranslation("feedback.manage.switchOn"), e -> act(() -> feedback.open(activity.id()),
                    "feedback.manage.opened"));
            on.addThemeVariants(ButtonVariant.PRIMARY);
            on.setId("feedback-switch-on");
            linkPanel.add(on);
            return;
        }
        String url = address.of(PublicFeedbackView.path(link.get().token()));
        TextField shown = new TextField(getTranslation("feedback.manage.url"));
        shown.setValue(url);
        shown.setReadOnly(true);
        shown.setWidthFull();
        shown.setId("feedback-url");
        Image qr = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(QrCode.png(url, 240)),
                getTranslation("feedback.manage.qrAlt"));
        qr.setWidth("240px");
        qr.setHeight("240px");
        Anchor poster = Downloads.link(getTranslation("feedback.manage.poster"), "feedback-poster-" + activity.id() + ".pdf",
                "application/pdf", () -> FeedbackPoster.pdf(new FeedbackPoster.Text("en-GB",
                        getTranslation("feedback.poster.heading"), getTranslation("feedback.poster.about"),
                        activity.description(), getTranslation("feedback.poster.scan"), url,
                        getTranslation("feedback.public.privacy"))));
        Button off = new Button(getTranslation("feedback.manage.close"), e -> act(() ->
                feedback.close(activity.id(), link.get().version()), "feedback.manage.closed"));
        linkPanel.add(shown, qr, new Div(poster), off);
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notifications.success(getTranslation(doneKey));
        } catch (DomainException e) {
            ErrorMessages.show(e);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return activity == null ? "" : getTranslation("feedback.manage.title");
    }
}
