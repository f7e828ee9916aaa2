package org.cjengage.ui.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;

import jakarta.servlet.ServletContext;

import org.cjengage.app.EngagementApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What one of Vaadin's per-request service questions costs (docs/benchmarks.md, "Where the processor time went"): the
 * Polymer-template handler (each argument of each call from the browser) and the role-prefix holder (each
 * navigation), asked of Vaadin's own lookup (a class-path search every time) and of the plugin's
 * ({@link RememberedLookups}). Prints microseconds per question; the class path is the test's, a packed application
 * jar's nested jars make each search dearer.
 */
@Tag("benchmark")
@SpringBootTest(classes = EngagementApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceLookupBenchmarkTest {

    private static final int WARM_UP = 2_000;
    private static final int ROUNDS = 20_000;

    @Autowired ServletContext servletContext;

    private static double microsPerQuestion(Lookup lookup, Class<?> question) {
        for (int i = 0; i < WARM_UP; i++) {
            lookup.lookup(question);
        }
        long start = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            lookup.lookup(question);
        }
        return (System.nanoTime() - start) / 1_000.0 / ROUNDS;
    }

    @Test
    void eachRequestsQuestionsToVaadinsLookupCostAMapReadInsteadOfAClassPathSearch() {
        // Given the plugin's lookup and Vaadin's own behind it
        Lookup plugins = new VaadinServletContext(servletContext).getAttribute(Lookup.class);
        Lookup vaadins = ((RememberedLookups.Remembering) plugins).vaadins();

        // When each question is asked many times of each
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nVaadin's per-request service questions "
                + "(microseconds per question, %d rounds after %d to warm up)%n", ROUNDS, WARM_UP));
        for (Class<?> question : new Class<?>[] {DeprecatedPolymerPublishedEventHandler.class,
                VaadinRolePrefixHolder.class}) {
            double before = microsPerQuestion(vaadins, question);
            double after = microsPerQuestion(plugins, question);
            out.append(String.format(Locale.ROOT, "  %-40s Vaadin's own lookup %8.2f   plugin's %6.3f%n",
                    question.getSimpleName(), before, after));
        }
        System.out.println(out);

        // Then the answers are the ones the application uses
        assertThat(plugins.lookup(VaadinRolePrefixHolder.class)).isSameAs(vaadins.lookup(VaadinRolePrefixHolder.class));
        assertThat(plugins.lookup(DeprecatedPolymerPublishedEventHandler.class)).isInstanceOf(NoPolymerTemplates.class);
    }
}
