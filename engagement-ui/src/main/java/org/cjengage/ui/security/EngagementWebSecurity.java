package org.cjengage.ui.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.cjengage.core.common.PluginPaths;
import org.cjengage.core.security.AccessGuard;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * The plugin's part of a security filter chain. The plugin's own chain uses it, and so does a host application
 * that defines its own {@code SecurityFilterChain} (the plugin's then steps back):
 * <pre>
 * engagement.applyTo(http);
 * http.with(VaadinSecurityConfigurer.vaadin(), engagement::useLoginView);   // or the host's own login view
 * </pre>
 * The plugin's sign-in page is plain HTML served at {@link #loginPath()} ({@link LoginPage}), not a Vaadin view.
 * Sign-in is against the plugin's user store either way (its {@code AuthenticationProvider} bean), so a person
 * signs in once for the host's pages and the plugin's.
 */
public class EngagementWebSecurity {

    private final PluginPaths paths;
    private final AccessGuard access;
    private final PublicAddressFilter publicAddress;
    private final SessionRegistry sessions;
    private final LoginPageServlet loginPage;

    /** @param loginPage the sign-in page, served at {@link #loginPath()} (its servlet registration is a bean too) */
    EngagementWebSecurity(PluginPaths paths, AccessGuard access, PublicAddressFilter publicAddress,
                          SessionRegistry sessions, LoginPageServlet loginPage) {
        this.paths = paths;
        this.access = access;
        this.publicAddress = publicAddress;
        this.sessions = sessions;
        this.loginPage = loginPage;
    }

    /**
     * Every request brings the session's authorities up to date ({@link CurrentAccessFilter}); a sign-in POST
     * must come from the application's own pages ({@link LoginOriginFilter}); the session id changes at sign-in
     * and sessions are tracked, so deactivating a user or changing a password ends them. The sign-in page is open
     * with any query (Spring Security's form login alone opens only {@code /login} and {@code /login?error}). Until
     * the application is ready, a sign-in POST gets {@code 503} and the page saying it is starting
     * ({@link SignInReadinessFilter}), not a false failure; so does a sign-in with an identity provider, started or
     * coming back ({@link ProviderSignInReadinessFilter}).
     */
    public HttpSecurity applyTo(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, loginPath()).permitAll());
        http.addFilterBefore(new CurrentAccessFilter(access), AnonymousAuthenticationFilter.class);
        http.addFilterBefore(new LoginOriginFilter(loginPath(), publicAddress), CsrfFilter.class);
        http.addFilterBefore(new SignInReadinessFilter(loginPath(), loginPage), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new ProviderSignInReadinessFilter(loginPage), OAuth2AuthorizationRequestRedirectFilter.class);
        http.sessionManagement(session -> session
                .sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1).sessionRegistry(sessions).expiredUrl(loginPath()));
        return http;
    }

    /**
     * The plugin's sign-in page for Vaadin's configurer, by its path below the route prefix: Spring Security's form
     * login takes the POST there and sends signed-out requests there, and Vaadin's navigation access control sends
     * a signed-out navigation there with a full page load (it is not a Vaadin route).
     */
    public VaadinSecurityConfigurer useLoginView(VaadinSecurityConfigurer vaadin) {
        return vaadin.loginView(loginPath());
    }

    /** The sign-in page's servlet. */
    LoginPageServlet loginPage() {
        return loginPage;
    }

    /** The sign-in page's path below the context path, e.g. {@code /engage/login}. */
    public String loginPath() {
        return paths.path("login");
    }
}
