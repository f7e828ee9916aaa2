package org.cjengage.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.demo.DemoUsers;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.UserRepository;
import org.cjengage.core.testsupport.CpuPerCall;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The processor time of every request's fixed part before Vaadin handles it (docs/benchmarks.md, "every request's
 * fixed part"): a signed-in person's request of a page (Vaadin's UIDL POST, most of a visit's requests) through the whole security filter chain (Spring Security's filters,
 * {@link CurrentAccessFilter} with its read of the account, the sign-in filters passing it by) to an empty end, beside
 * the access check's read of the account alone, as it is now and as the aggregate read it replaced.
 * {@code -Dfilters.profile=file.jfr} also writes a Flight Recorder profile of the chain's requests.
 */
@Tag("benchmark")
@SpringBootTest(classes = EngagementApplication.class)
class RequestFiltersBenchmarkTest {

    @Autowired @Qualifier("springSecurityFilterChain") Filter securityChain;
    @Autowired UserRepository users;
    @Autowired AccessGuard access;

    @AfterEach
    void forget() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    @Test
    void printsTheProcessorTimeOfARequestsSecurityChainAndOfTheAccessRead() throws Exception {
        EngagementPrincipal lead = EngagementPrincipal.of(users.findByUsername(DemoUsers.LEAD).orElseThrow());
        MockHttpSession session = new MockHttpSession();
        SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(lead, null,
                lead.getAuthorities()));
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, signedIn);
        AtomicInteger reachedTheEnd = new AtomicInteger();
        FilterChain end = (request, response) -> reachedTheEnd.incrementAndGet();

        MockHttpServletRequest first = pageRequest(session);
        MockHttpServletResponse firstResponse = new MockHttpServletResponse();
        try {
            securityChain.doFilter(first, firstResponse, end);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertThat(reachedTheEnd.get()).as("%s %s %s", firstResponse.getStatus(), firstResponse.getRedirectedUrl(),
                firstResponse.getContentAsByteArray().length).isEqualTo(1);
        Recording profile = profile();
        String chain = CpuPerCall.compare("A signed-in request of a page (Vaadin's UIDL POST) through the security filter chain",
                2_000, 10_000, "nothing (the request objects alone)", () -> pageRequest(session),
                "the whole chain to an empty end", () -> {
                    MockHttpServletRequest request = pageRequest(session);
                    MockHttpServletResponse response = new MockHttpServletResponse();
                    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
                    try {
                        securityChain.doFilter(request, response, end);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    } finally {
                        RequestContextHolder.resetRequestAttributes();
                        SecurityContextHolder.clearContext();
                    }
                    return response;
                });
        if (profile != null) {
            profile.dump(Path.of(System.getProperty("filters.profile")));
            profile.close();
        }
        SecurityContextHolder.setContext(signedIn);
        String read = CpuPerCall.compare("The access check's read of the account, once per request", 2_000, 10_000,
                "aggregate (UserRepository.findById, in a transaction)", () -> users.findById(lead.userId()).orElseThrow(),
                "AccessGuard.currentUser() now (one plain statement)", () -> {
                    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
                    try {
                        return access.currentUser().orElseThrow();
                    } finally {
                        RequestContextHolder.resetRequestAttributes();
                    }
                });

        System.out.print(chain + read);
        assertThat(reachedTheEnd.get()).as("every request passed the chain").isEqualTo(12_001);
    }

    /** With {@code -Dfilters.profile=file.jfr}: a Flight Recorder profile of the chain's requests. */
    private static Recording profile() throws Exception {
        if (System.getProperty("filters.profile") == null) {
            return null;
        }
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.start();
        return recording;
    }

    private static MockHttpServletRequest pageRequest(MockHttpSession session) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setPathInfo("/");
        request.setQueryString("v-r=uidl&v-uiId=0");
        request.setParameter("v-r", "uidl");
        request.setParameter("v-uiId", "0");
        request.setContentType("application/json");
        request.setSession(session);
        return request;
    }
}
