package org.cjengage.ui.feedback;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.cjengage.core.common.PluginPaths;
import org.cjengage.core.common.DomainException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.common.Violation;
import org.cjengage.core.feedback.FeedbackService;
import org.cjengage.core.feedback.PublicForm;
import org.cjengage.core.feedback.Question;
import org.cjengage.core.standards.Term;

/**
 * The anonymous feedback form behind an activity's public link, {@code /f/{token}}: no account, made for a
 * phone, plain English with an easy-read wording ({@code ?easy}), a privacy note, and a hidden honeypot field.
 */
@Route(value = "f/:token", autoLayout = false, registerAtStartup = false)
@AnonymousAllowed
public class PublicFeedbackView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String NO_ANSWER = "";

    private final FeedbackService feedback;
    private final PluginPaths paths;
    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    final Input honeypot = new Input();
    final Paragraph error = new Paragraph();
    final Button send = new Button();
    private String token;
    private String title = "";

    public PublicFeedbackView(FeedbackService feedback, PluginPaths paths) {
        this.paths = paths;
        this.feedback = feedback;
        addClassName("cj-public-feedback");
        getStyle().set("max-width", "40em").set("margin", "0 auto").set("padding", "var(--lumo-space-m)")
                .set("box-sizing", "border-box");
    }

    /** The form's path for a link's token, e.g. {@code f/abc}. */
    public static String path(String token) {
        return "f/" + token;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        fields.clear();
        token = event.getRouteParameters().get("token").orElse("");
        boolean easy = event.getLocation().getQueryParameters().getParameters().containsKey("easy");
        Optional<PublicForm> form = feedback.publicForm(token);
        if (form.isEmpty()) {
            event.rerouteToError(new FeedbackUnavailableView.Unavailable(), "");
            return;
        }
        render(form.get(), easy);
    }

    private void render(PublicForm form, boolean easy) {
        title = getTranslation(easy ? "feedback.public.titleEasy" : "feedback.public.title");
        add(new H1(title));
        Paragraph about = new Paragraph(getTranslation("feedback.public.about", form.partnershipName()));
        Paragraph activity = new Paragraph(form.activityDescription());
        activity.getStyle().set("font-weight", "600").set("white-space", "pre-line");
        Anchor wording = new Anchor(paths.route(easy ? path(token) : path(token) + "?easy"),
                getTranslation(easy ? "feedback.public.standardWording" : "feedback.public.easyWording"));
        add(about, activity, wording);
        Paragraph privacy = new Paragraph(getTranslation(easy ? "feedback.public.privacyEasy" : "feedback.public.privacy"));
        privacy.addClassName("cj-privacy-note");
        add(privacy);
        for (Question q : form.questions().questions()) {
            Component field = switch (q.kind()) {
                case SCALE -> scale(q, easy);
                case TEXT -> text(q, easy);
                case COMMUNITY -> community(q, easy, form.communities());
            };
            add(field);
        }
        add(honeypotField());
        error.setId("feedback-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        send.setText(getTranslation("feedback.public.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setWidthFull();
        send.addClickListener(e -> submit());
        add(error, send);
    }

    private Component scale(Question q, boolean easy) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(q.wording(easy));
        List<Integer> values = java.util.stream.IntStream.rangeClosed(q.min(), q.max()).boxed().toList();
        group.setItems(values);
        group.setItemLabelGenerator(v -> v == q.min() ? getTranslation("feedback.public.scaleEnd", v, q.minLabel())
                : v == q.max() ? getTranslation("feedback.public.scaleEnd", v, q.maxLabel()) : String.valueOf(v));
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setId("q-" + q.code());
        fields.put(q.code(), group);
        return group;
    }

    private Component text(Question q, boolean easy) {
        TextArea area = new TextArea(q.wording(easy));
        area.setMaxLength(q.maxLength());
        area.setWidthFull();
        area.setMinHeight("8em");
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setHelperText(getTranslation("feedback.public.textHelp", q.maxLength()));
        area.setId("q-" + q.code());
        fields.put(q.code(), area);
        return area;
    }

    private Component community(Question q, boolean easy, List<Term> communities) {
        RadioButtonGroup<String> group = new RadioButtonGroup<>(q.wording(easy));
        List<String> codes = new java.util.ArrayList<>(communities.stream().map(Term::code).toList());
        codes.add(NO_ANSWER);
        group.setItems(codes);
        group.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("feedback.public.preferNotToSay")
                : communities.stream().filter(t -> t.code().equals(code)).findFirst().map(Term::label).orElse(code));
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setId("q-" + q.code());
        fields.put(q.code(), group);
        return group;
    }

    /** A field people never see or reach by keyboard; automated senders fill it in. */
    private Component honeypotField() {
        honeypot.setId("feedback-website");
        honeypot.getElement().setAttribute("name", "website");
        honeypot.getElement().setAttribute("autocomplete", "off");
        honeypot.getElement().setAttribute("tabindex", "-1");
        honeypot.setValueChangeMode(ValueChangeMode.EAGER);
        NativeLabel label = new NativeLabel(getTranslation("feedback.public.honeypot"));
        label.setFor(honeypot);
        Div box = new Div(label, honeypot);
        box.getElement().setAttribute("aria-hidden", "true");
        box.getStyle().set("position", "absolute").set("left", "-10000px").set("width", "1px").set("height", "1px")
                .set("overflow", "hidden");
        return box;
    }

    void submit() {
        Map<String, String> answers = new LinkedHashMap<>();
        fields.forEach((code, field) -> {
            Object value = field.getValue();
            if (value != null && !String.valueOf(value).isBlank()) {
                answers.put(code, String.valueOf(value));
            }
        });
        fields.values().forEach(f -> invalid(f, null));
        error.setText("");
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? null : request.getRemoteAddr();
        try {
            feedback.submit(token, answers, honeypot.getValue(), address);
            thanks();
        } catch (ValidationException e) {
            for (Violation v : e.violations()) {
                String message = getTranslation(v.messageKey(), v.args());
                HasValue<?, ?> field = fields.get(v.field());
                if (field != null) {
                    invalid(field, message);
                } else {
                    error.setText(message);
                }
            }
        } catch (DomainException e) {
            error.setText(getTranslation(e.messageKey(), e.args()));
        }
    }

    private static void invalid(HasValue<?, ?> field, String message) {
        if (field instanceof com.vaadin.flow.component.HasValidation v) {
            v.setInvalid(message != null);
            v.setErrorMessage(message);
        }
    }

    private void thanks() {
        removeAll();
        H1 heading = new H1(getTranslation("feedback.public.thanks"));
        heading.getElement().setAttribute("tabindex", "-1");
        add(heading, new Paragraph(getTranslation("feedback.public.thanksText")));
        heading.getElement().callJsFunction("focus");
        title = heading.getText();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
