package org.cjengage.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.VaadinServletContext;

import jakarta.servlet.ServletContext;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Vaadin finds the application's answer to "is this argument a Polymer template's model value?" in the services it
 * collected at start-up, so the question asked for each argument of each call from the browser does not search the
 * class path (same application set-up as the browser tests: one shared context).
 */
@SpringBootTest(classes = EngagementApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoPolymerTemplatesTest {

    @Autowired ServletContext servletContext;

    @Test
    void vaadinsLookupKnowsTheHandlerFromStartUpWithoutSearchingTheClassPath() {
        Lookup lookup = new VaadinServletContext(servletContext).getAttribute(Lookup.class);

        // Only the start-up scan registers it: there is no service file a ServiceLoader search could find
        assertThat(lookup.lookup(DeprecatedPolymerPublishedEventHandler.class)).isInstanceOf(NoPolymerTemplates.class);
        assertThat(NoPolymerTemplates.class.getClassLoader()
                .getResource("META-INF/services/" + DeprecatedPolymerPublishedEventHandler.class.getName())).isNull();
        assertThat(new NoPolymerTemplates().isTemplateModelValue(null, null, String.class)).isFalse();
    }
}
