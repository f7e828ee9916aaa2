package org.cjengage.ui.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.i18n.I18NProvider;

import org.cjengage.ui.i18n.EngagementMessages;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriUtils;

/**
 * Serves {@link LoginPage} at the sign-in path (below {@code cjengage.ui.route-prefix}), mapped as a servlet of its
 * own so neither Vaadin nor Spring MVC is involved: the page needs no Vaadin UI, and its first visit no Vaadin
 * bundle. Spring Security's filters run before it as for every page (headers, CSRF token, the form login that takes
 * the POST). Texts come from the application's Vaadin translation provider (the plugin's own, or a host's that
 * serves the plugin's keys), in the language Vaadin would choose: the browser's preferred languages matched
 * exactly, then by language, against the provider's languages, else its first. The answer is never stored by a
 * browser or a proxy ({@code Cache-Control: no-store}): it carries a CSRF token of the visitor's session.
 * <p>
 * Until the application is ready for traffic (Spring Boot's readiness state, {@link ReadinessState#ACCEPTING_TRAFFIC}:
 * after every start-up task, such as loading the demo accounts on a first start), the page says the service is
 * starting, with a plain link to try again and no form, and answers {@code 503} with {@code Retry-After}; a sign-in
 * posted meanwhile gets the same answer ({@link #notReady}, from {@link SignInReadinessFilter}) instead of a false
 * "wrong username or password".
 */
class LoginPageServlet extends HttpServlet {

    private final String loginPath;
    private final transient Supplier<I18NProvider> i18n;
    private final transient EngagementMessages messages;
    private final transient Supplier<ClientRegistrationRepository> clients;
    private final transient Supplier<ApplicationAvailability> availability;

    /** Seconds a client is asked to wait before trying again while the application starts. */
    static final int RETRY_AFTER_SECONDS = 5;

    /**
     * @param loginPath the sign-in path below the context path, e.g. {@code /engage/login}
     * @param i18n      the application's translation provider, or null for none (then the plugin's texts)
     * @param clients   the OpenID Connect client registrations, or null for none
     * @param availability the application's availability, or null for none (then always ready)
     */
    LoginPageServlet(String loginPath, Supplier<I18NProvider> i18n, EngagementMessages messages,
                     Supplier<ClientRegistrationRepository> clients, Supplier<ApplicationAvailability> availability) {
        this.loginPath = loginPath;
        this.i18n = i18n;
        this.messages = messages;
        this.clients = clients;
        this.availability = availability;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!ready()) {
            notReady(request, response);
            return;
        }
        write(response, page(request, false));
    }

    /** Whether the application accepts traffic: every start-up task has run (true without availability tracking). */
    boolean ready() {
        ApplicationAvailability state = availability.get();
        return state == null || state.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
    }

    /** Whether sign-in with an identity provider (OpenID Connect) is configured. */
    boolean providersConfigured() {
        return clients.get() != null;
    }

    /**
     * The one rule of the sign-in filters that wait for readiness ({@link SignInReadinessFilter},
     * {@link ProviderSignInReadinessFilter}): once ready the request goes on, before that it gets {@link #notReady}.
     */
    void passWhenReady(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ready()) {
            chain.doFilter(request, response);
        } else {
            notReady(request, response);
        }
    }

    /** The page saying the application is starting, as {@code 503 Service Unavailable} with {@code Retry-After}. */
    void notReady(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        write(response, page(request, true));
    }

    private LoginPage page(HttpServletRequest request, boolean starting) {
        I18NProvider provider = i18n.get();
        List<Locale> offered = provider == null ? messages.bundles().locales() : provider.getProvidedLocales();
        Locale locale = language(Collections.list(request.getLocales()), offered);
        return new LoginPage(locale,
                (key, args) -> provider == null ? messages.bundles().text(key, locale, args)
                        : provider.getTranslation(key, locale, args),
                request.getContextPath() + loginPath, csrf(request),
                request.getParameterMap().containsKey("error"),
                starting ? List.of() : providers(request.getContextPath()), starting);
    }

    private static void write(HttpServletResponse response, LoginPage page) throws IOException {
        Locale locale = page.language();
        byte[] body = page.html().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Language", locale.toLanguageTag());
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static LoginPage.Csrf csrf(HttpServletRequest request) {
        return request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token
                ? new LoginPage.Csrf(token.getParameterName(), token.getToken()) : null;
    }

    private List<LoginPage.Provider> providers(String contextPath) {
        List<LoginPage.Provider> result = new ArrayList<>();
        if (clients.get() instanceof Iterable<?> registrations) {
            for (Object registration : registrations) {
                ClientRegistration client = (ClientRegistration) registration;
                result.add(new LoginPage.Provider(client.getClientName(), contextPath + ProviderSignInReadinessFilter.AUTHORIZATION + "/"
                        + UriUtils.encodePathSegment(client.getRegistrationId(), StandardCharsets.UTF_8)));
            }
        }
        return result;
    }

    /**
     * The language Vaadin gives a new UI: the first of the browser's languages the translations have exactly,
     * else the first whose language they have, else the translations' first.
     */
    static Locale language(List<Locale> preferred, List<Locale> offered) {
        if (offered.isEmpty()) {
            return preferred.isEmpty() ? Locale.UK : preferred.getFirst();
        }
        for (Locale wanted : preferred) {
            if (offered.contains(wanted)) {
                return wanted;
            }
        }
        for (Locale wanted : preferred) {
            for (Locale candidate : offered) {
                if (candidate.getLanguage().equals(wanted.getLanguage())) {
                    return candidate;
                }
            }
        }
        return offered.getFirst();
    }
}
