package org.cjengage.ui.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.di.ResourceProvider;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;

import jakarta.servlet.ServletContext;

import org.cjengage.app.EngagementApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The questions Vaadin asks its service lookup on every request are answered without searching the class path
 * ({@link RememberedLookups}): the Polymer-template handler (each argument of each call from the browser) and the
 * role-prefix holder (each navigation). Same application set-up as the browser tests: one shared context.
 */
@SpringBootTest(classes = EngagementApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoPolymerTemplatesTest {

    @Autowired ServletContext servletContext;
    @Autowired VaadinRolePrefixHolder springsRolePrefixHolder;

    private Lookup vaadinsLookup() {
        return new VaadinServletContext(servletContext).getAttribute(Lookup.class);
    }

    @Test
    void vaadinsLookupAnswersThatNoArgumentIsATemplateValueWithoutSearchingTheClassPath() {
        // Given Vaadin's lookup, asked once already
        Lookup lookup = vaadinsLookup();
        lookup.lookup(DeprecatedPolymerPublishedEventHandler.class);

        // When it is asked again, as for each argument of each call from the browser
        Object[] answer = new Object[1];
        var searched = ClassPathSearches.during(
                () -> answer[0] = lookup.lookup(DeprecatedPolymerPublishedEventHandler.class));

        // Then the answer is the plugin's "no templates" and nothing was searched
        assertThat(answer[0]).isInstanceOf(NoPolymerTemplates.class);
        assertThat(((NoPolymerTemplates) answer[0]).isTemplateModelValue(null, null, String.class)).isFalse();
        assertThat(searched).isEmpty();
        // (no service file a class-path search could find: the answer comes from the plugin)
        assertThat(NoPolymerTemplates.class.getClassLoader()
                .getResource("META-INF/services/" + DeprecatedPolymerPublishedEventHandler.class.getName())).isNull();
    }

    @Test
    void vaadinsLookupAnswersSpringsRolePrefixHolderAtEachNavigationWithoutSearchingTheClassPath() {
        // Given Vaadin's lookup, asked once already
        Lookup lookup = vaadinsLookup();
        lookup.lookup(VaadinRolePrefixHolder.class);

        // When it is asked again, as at each navigation
        Object[] answer = new Object[1];
        var searched = ClassPathSearches.during(() -> answer[0] = lookup.lookup(VaadinRolePrefixHolder.class));

        // Then it is the very holder Spring declares (Spring Security's role prefix), found without a search
        assertThat(answer[0]).isSameAs(springsRolePrefixHolder);
        assertThat(searched).isEmpty();
    }

    @Test
    void withoutThePluginVaadinsOwnLookupSearchesTheClassPathForTheseQuestions() {
        // Given the lookup Vaadin built at start-up, behind the plugin's
        Lookup vaadinsOwn = ((RememberedLookups.Remembering) vaadinsLookup()).vaadins();

        // When it is asked the same questions
        var searched = ClassPathSearches.during(() -> {
            vaadinsOwn.lookup(VaadinRolePrefixHolder.class);
            vaadinsOwn.lookup(DeprecatedPolymerPublishedEventHandler.class);
        });

        // Then each question is a search of the class path (what the remembered answers save) and gives the same holder
        assertThat(searched).contains(VaadinRolePrefixHolder.class.getName(),
                DeprecatedPolymerPublishedEventHandler.class.getName());
        assertThat(vaadinsOwn.lookup(VaadinRolePrefixHolder.class)).isSameAs(springsRolePrefixHolder);
    }

    @Test
    void everyOtherQuestionIsVaadinsOwnAnswer() {
        Lookup lookup = vaadinsLookup();
        Lookup vaadinsOwn = ((RememberedLookups.Remembering) lookup).vaadins();

        assertThat(lookup.lookup(ResourceProvider.class)).isNotNull().isSameAs(vaadinsOwn.lookup(ResourceProvider.class));
        assertThat(lookup.lookupAll(VaadinRolePrefixHolder.class)).containsExactlyElementsOf(
                vaadinsOwn.lookupAll(VaadinRolePrefixHolder.class));
    }
}
