package org.example.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;

import jakarta.servlet.ServletContext;

import org.cjengage.ui.common.web.ClassPathSearches;
import org.cjengage.ui.common.web.NoPolymerTemplates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A host gets the plugin's answers to the questions Vaadin asks its service lookup on every request, without a class
 * of its own in its package: no class-path search for the Polymer-template handler or the role-prefix holder.
 */
@SpringBootTest(classes = HostApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostVaadinLookupsTest {

    @Autowired ServletContext servletContext;
    @Autowired VaadinRolePrefixHolder springsRolePrefixHolder;

    @Test
    void vaadinsLookupAnswersTheQuestionsOfEachRequestWithoutSearchingTheClassPath() {
        // Given the host's Vaadin lookup, asked once already
        Lookup lookup = new VaadinServletContext(servletContext).getAttribute(Lookup.class);
        lookup.lookup(DeprecatedPolymerPublishedEventHandler.class);
        lookup.lookup(VaadinRolePrefixHolder.class);

        // When it is asked again, as for each call from the browser and each navigation
        Object[] answers = new Object[2];
        var searched = ClassPathSearches.during(() -> {
            answers[0] = lookup.lookup(DeprecatedPolymerPublishedEventHandler.class);
            answers[1] = lookup.lookup(VaadinRolePrefixHolder.class);
        });

        // Then the plugin's "no templates" and Spring's own role-prefix holder come back, and nothing was searched
        assertThat(answers[0]).isInstanceOf(NoPolymerTemplates.class);
        assertThat(answers[1]).isSameAs(springsRolePrefixHolder);
        assertThat(searched).isEmpty();
    }
}
