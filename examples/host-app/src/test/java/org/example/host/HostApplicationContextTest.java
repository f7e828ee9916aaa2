package org.example.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

import org.cjengage.core.common.PluginPaths;
import org.cjengage.core.plan.PlanService;
import org.cjengage.ui.i18n.ComposedI18NProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.SecurityFilterChain;

/** The host's own beans and the plugin's live side by side in one application context. */
@SpringBootTest(classes = HostApplication.class)
class HostApplicationContextTest {

    @Autowired ApplicationContext context;
    @Autowired NoticeRepository notices;
    @Autowired PlanService plans;

    @Test
    void theHostsRepositoryReadsItsOwnMigratedTableBesideThePluginsServices() {
        assertThat(notices.findAllByOrderByPostedOnDesc()).extracting(Notice::title)
                .contains("Volunteer induction in January", "Drop-in sessions on Thursday evenings");
        assertThat(plans).isNotNull();
        assertThat(context.getBean(PluginPaths.class).prefix()).isEqualTo("engage");
    }

    @Test
    void thePluginStepsBackForTheHostsSecurityChainAndTranslationProvider() {
        assertThat(context.getBeansOfType(SecurityFilterChain.class)).containsOnlyKeys("hostSecurityFilterChain");
        assertThat(context.getBeansOfType(I18NProvider.class).values()).singleElement().isInstanceOf(HostI18NProvider.class);
        assertThat(context.getBeansOfType(ComposedI18NProvider.class)).isEmpty();
    }

    @Test
    void theHostsProviderServesTheHostsKeysAndThePluginsKeys() {
        I18NProvider provider = context.getBean(I18NProvider.class);

        assertThat(provider.getTranslation("host.title", Locale.UK)).isEqualTo("Riverside Community Justice Hub");
        assertThat(provider.getTranslation("app.name", Locale.UK)).isEqualTo("CJ Engage");
        assertThat(provider.getTranslation("no.such.key", Locale.UK)).isEqualTo("!no.such.key!");
    }
}
