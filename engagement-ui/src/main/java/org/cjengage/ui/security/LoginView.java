package org.cjengage.ui.security;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.cjengage.core.common.PluginPaths;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Sign-in page. Every failure (wrong password, unknown user, locked, deactivated) shows the same message, so
 * the page never tells whether a username exists. When OpenID Connect providers are configured, a link per
 * provider is shown as well.
 */
@Route(value = "login", registerAtStartup = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView(ObjectProvider<ClientRegistrationRepository> oidcClients, PluginPaths paths) {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        login.setAction(paths.route("login"));
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.intro")), login);
        for (ClientRegistration client : registrations(oidcClients.getIfAvailable())) {
            Anchor external = new Anchor("oauth2/authorization/" + client.getRegistrationId(),
                    getTranslation("security.login.external", client.getClientName()));
            external.setRouterIgnore(true);
            add(external);
        }
    }

    private static List<ClientRegistration> registrations(ClientRegistrationRepository repository) {
        List<ClientRegistration> result = new ArrayList<>();
        if (repository instanceof Iterable<?> iterable) {
            iterable.forEach(r -> result.add((ClientRegistration) r));
        }
        return result;
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("security.login.failed"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }
}
