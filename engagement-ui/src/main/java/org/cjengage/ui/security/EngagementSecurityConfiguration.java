package org.cjengage.ui.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import java.util.function.Supplier;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;

import org.cjengage.core.admin.UserDeactivated;
import org.cjengage.core.common.PluginPaths;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.ExternalAccountMapping;
import org.cjengage.core.security.PasswordChanged;
import org.cjengage.ui.i18n.EngagementMessages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Login for the plugin's views. A host application that defines its own {@link SecurityFilterChain}
 * (or sets {@code cjengage.ui.security.enabled=false}) keeps its own, and adds the plugin's part to it with
 * {@link EngagementWebSecurity} (README, "Adding the plugin to an application"); services check access regardless.
 * <ul>
 * <li>Form login against AppUser (lockout and logging live in engagement-core's LoginConfiguration), on a sign-in
 * page of plain HTML ({@link LoginPage}, served by its own servlet at the sign-in path: no Vaadin UI, no bundle).</li>
 * <li>Optional OpenID Connect login when {@code spring.security.oauth2.client.registration.*} is configured.</li>
 * <li>Session id changed at login (fixation), sessions tracked so deactivating a user, an admin's password reset
 * (all sessions) and a password change (all other sessions) end them.</li>
 * <li>Every request brings the session's authorities up to date ({@link CurrentAccessFilter}): role changes
 * apply at once, a deactivated account's session ends.</li>
 * <li>Login CSRF: a sign-in POST must come from this application's pages ({@link LoginOriginFilter}).</li>
 * <li>{@code /actuator/health} is open (probes); {@code /actuator/prometheus} needs a national ADMIN, signed in
 * or by HTTP Basic (for the scraper), and answers 401 otherwise.</li>
 * <li>Redirects and links use {@code cjengage.public-url} when set ({@link PublicAddressFilter}), never the Host
 * header; session ids travel only in the cookie ({@code server.servlet.session.tracking-modes=cookie}).</li>
 * <li>Headers: a Content-Security-Policy that Vaadin works with, frame-ancestors 'none', X-Frame-Options DENY,
 * Referrer-Policy same-origin, X-Content-Type-Options nosniff (Spring Security default), HSTS on HTTPS.</li>
 * </ul>
 * Cookie flags (HttpOnly, SameSite, Secure) are set with {@code server.servlet.session.cookie.*}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
@ConditionalOnProperty(name = "cjengage.ui.security.enabled", havingValue = "true", matchIfMissing = true)
public class EngagementSecurityConfiguration {

    /**
     * Vaadin's client needs inline bootstrap scripts, eval for server-sent JavaScript and inline styles; every
     * source is this origin only, nothing may frame the app, and forms post only here.
     */
    public static final String DEFAULT_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain engagementSecurityFilterChain(HttpSecurity http, EngagementWebSecurity engagement,
            SessionRegistry sessions, ObjectProvider<ClientRegistrationRepository> oidcClients,
            ExternalAccountMapping accounts, ApplicationEventPublisher publisher, AccessGuard access,
            AuthenticationProvider engagementAuthenticationProvider,
            @Value("${cjengage.security.content-security-policy:" + DEFAULT_CSP + "}") String csp) throws Exception {
        // Non-Vaadin URLs must be listed before the Vaadin configurer, or they get 403.
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/webjars/**", "/images/**").permitAll());
        MetricsAccess.configure(http, engagementAuthenticationProvider, publisher, access);
        engagement.applyTo(http);
        // Headers are written before the request is handled: Vaadin's index page handler would otherwise commit
        // the response with its own X-Frame-Options and without the others.
        http.headers(headers -> headers
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .contentSecurityPolicy(policy -> policy.policyDirectives(csp)));
        ClientRegistrationRepository clients = oidcClients.getIfAvailable();
        if (clients != null) {
            OidcLogin oidc = new OidcLogin(accounts, publisher, sessions, engagement.loginPath());
            http.oauth2Login(login -> login.loginPage(engagement.loginPath())
                    .userInfoEndpoint(info -> info.oidcUserService(oidc.userService()))
                    .successHandler(oidc.successHandler())
                    .failureUrl(engagement.loginPath() + "?error"));
        }
        http.with(vaadin(), engagement::useLoginView);
        return http.build();
    }

    /**
     * The plugin's part of any security filter chain, the plugin's own or a host application's: current access,
     * login CSRF, tracked sessions, and the plugin's sign-in page below its route prefix.
     */
    @Bean
    EngagementWebSecurity engagementWebSecurity(PluginPaths paths, AccessGuard access, PublicAddressFilter publicAddress,
            SessionRegistry sessions, ObjectProvider<I18NProvider> i18n, EngagementMessages messages,
            ObjectProvider<ClientRegistrationRepository> oidcClients,
            ObjectProvider<ApplicationAvailability> availability) {
        LoginPageServlet loginPage = new LoginPageServlet(paths.path("login"), i18n::getIfAvailable, messages,
                oidcClients::getIfAvailable, availability::getIfAvailable);
        return new EngagementWebSecurity(paths, access, publicAddress, sessions, loginPage);
    }

    /**
     * The sign-in page at {@code cjengage.ui.route-prefix}/login, a servlet of its own (an exact path, so it comes
     * before Vaadin's and Spring MVC's mappings); Spring Security's filters run before it.
     */
    @Bean
    ServletRegistrationBean<LoginPageServlet> engagementLoginPage(EngagementWebSecurity engagement) {
        ServletRegistrationBean<LoginPageServlet> registration = new ServletRegistrationBean<>(
                engagement.loginPage(), engagement.loginPath());
        registration.setName("engagementLoginPage");
        return registration;
    }

    @Bean
    PublicAddressFilter engagementPublicAddress(@Value("${cjengage.public-url:}") String publicUrl) {
        return new PublicAddressFilter(publicUrl);
    }

    /** Runs before every other filter (Spring Security's too), so nothing sees the Host header's address. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> engagementPublicAddressFilter(PublicAddressFilter address) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(address.filter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("engagementPublicAddressFilter");
        return registration;
    }

    @Bean
    SessionRegistry engagementSessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Lets the session registry hear about ended sessions. */
    @Bean
    static HttpSessionEventPublisher engagementHttpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** A deactivated user's open sessions end at their next request. */
    @Bean
    DeactivatedUserSessions deactivatedUserSessions(SessionRegistry sessions) {
        return new DeactivatedUserSessions(sessions);
    }

    /** A password change ends the user's other sessions; an admin's reset ends all of them. */
    @Bean
    PasswordChangeSessions passwordChangeSessions(SessionRegistry sessions) {
        return new PasswordChangeSessions(sessions, EngagementSecurityConfiguration::currentSessionId);
    }

    /** The id of the HTTP session of the request being handled, or null outside a request. */
    static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                && servlet.getRequest().getSession(false) != null) {
            return servlet.getRequest().getSession(false).getId();
        }
        VaadinSession vaadin = VaadinSession.getCurrent();
        return vaadin == null || vaadin.getSession() == null ? null : vaadin.getSession().getId();
    }

    public record PasswordChangeSessions(SessionRegistry sessions, Supplier<String> currentSessionId) {
        /** After the change is committed (or at once outside a transaction). */
        @TransactionalEventListener(fallbackExecution = true)
        public void on(PasswordChanged event) {
            String keep = event.byAdmin() ? null : currentSessionId.get();
            sessions.getAllPrincipals().stream()
                    .filter(p -> p instanceof EngagementPrincipal e && e.userId() == event.userId())
                    .flatMap(p -> sessions.getAllSessions(p, false).stream())
                    .filter(session -> !session.getSessionId().equals(keep))
                    .forEach(SessionInformation::expireNow);
        }
    }

    public record DeactivatedUserSessions(SessionRegistry sessions) {
        @EventListener
        public void on(UserDeactivated event) {
            sessions.getAllPrincipals().stream()
                    .filter(p -> p instanceof EngagementPrincipal e && e.userId() == event.userId())
                    .flatMap(p -> sessions.getAllSessions(p, false).stream())
                    .forEach(SessionInformation::expireNow);
        }
    }
}
