package org.cjengage.ui;

import com.vaadin.flow.i18n.I18NProvider;

import org.cjengage.core.EngagementCoreAutoConfiguration;
import org.cjengage.core.common.PluginPaths;
import org.cjengage.ui.admin.AdminNavigation;
import org.cjengage.ui.common.ErrorHandlingInitListener;
import org.cjengage.ui.common.Labels;
import org.cjengage.ui.common.PublicPageStatusConfiguration;
import org.cjengage.ui.common.web.RememberedLookups;
import org.cjengage.ui.common.web.StaticFilesConfiguration;
import org.cjengage.ui.dashboard.DashboardNavigation;
import org.cjengage.ui.feedback.FeedbackNavigation;
import org.cjengage.ui.feedback.PublicAddress;
import org.cjengage.ui.i18n.ComposedI18NProvider;
import org.cjengage.ui.i18n.EngagementMessages;
import org.cjengage.ui.i18n.MessageBundleNames;
import org.cjengage.ui.outputs.OutputsNavigation;
import org.cjengage.ui.outputs.PublicPagesStatus;
import org.cjengage.ui.participation.ParticipationNavigation;
import org.cjengage.ui.plan.PlanNavigation;
import org.cjengage.ui.reminders.RemindersNavigation;
import org.cjengage.ui.scoring.ScoringNavigation;
import org.cjengage.ui.security.CurrentPartnership;
import org.cjengage.ui.security.EngagementSecurityConfiguration;
import org.cjengage.ui.security.PasswordChangeGate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The CJ Engage web plugin: add engagement-ui to a Spring Boot + Vaadin application and its pages come below
 * {@code cjengage.ui.route-prefix} in the plugin's own layout, with their navigation, translations and (unless the
 * application has its own {@code SecurityFilterChain}) security. Nothing is component-scanned: the beans are the
 * ones imported here, so the plugin adds nothing a host did not ask for (docs/decisions.md, 2026-12-06).
 */
@AutoConfiguration(after = EngagementCoreAutoConfiguration.class)
@Import({
        // features: navigation entries, activity links, dashboard sections, public page status
        PlanNavigation.class, DashboardNavigation.class, ScoringNavigation.class, ParticipationNavigation.class,
        FeedbackNavigation.class, OutputsNavigation.class, PublicPagesStatus.class, AdminNavigation.class,
        RemindersNavigation.class,
        // shared
        Labels.class, PublicAddress.class, CurrentPartnership.class, ErrorHandlingInitListener.class,
        PublicPageStatusConfiguration.class, StaticFilesConfiguration.class, RememberedLookups.class,
        // security
        EngagementSecurityConfiguration.class, PasswordChangeGate.class})
public class EngagementUiAutoConfiguration {

    /** Where the plugin's pages are: {@code cjengage.ui.route-prefix} (empty: at the root). */
    @Bean
    @ConditionalOnMissingBean
    PluginPaths cjengagePluginPaths(@Value("${" + PluginPaths.PROPERTY + ":}") String prefix) {
        return PluginPaths.of(prefix);
    }

    /** Registers the plugin's views below the prefix, in the plugin's layout. */
    @Bean
    PluginRoutes cjengagePluginRoutes(PluginPaths paths) {
        return new PluginRoutes(paths);
    }

    /** The plugin's texts, for the composed provider or a host's own provider. */
    @Bean
    EngagementMessages engagementMessages() {
        return EngagementMessages.load();
    }

    /** Vaadin's translation provider unless the application has its own: the plugin's texts and the contributed bundles. */
    @Bean
    @ConditionalOnMissingBean(I18NProvider.class)
    ComposedI18NProvider cjengageI18NProvider(EngagementMessages messages, ObjectProvider<MessageBundleNames> contributed) {
        return new ComposedI18NProvider(messages, contributed.orderedStream().toList());
    }
}
