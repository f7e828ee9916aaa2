package org.cjengage.core;

import java.time.Clock;
import java.time.ZoneId;

import org.cjengage.core.admin.AdminComponents;
import org.cjengage.core.audit.AuditComponents;
import org.cjengage.core.backup.BackupComponents;
import org.cjengage.core.common.CommonComponents;
import org.cjengage.core.dashboard.DashboardComponents;
import org.cjengage.core.db.DbComponents;
import org.cjengage.core.db.EmbeddedDatabaseAutoConfiguration;
import org.cjengage.core.demo.DemoComponents;
import org.cjengage.core.disclosure.DisclosureComponents;
import org.cjengage.core.feedback.FeedbackComponents;
import org.cjengage.core.opendata.OpenDataComponents;
import org.cjengage.core.outputs.OutputsComponents;
import org.cjengage.core.participation.ParticipationComponents;
import org.cjengage.core.partnership.PartnershipComponents;
import org.cjengage.core.plan.PlanComponents;
import org.cjengage.core.reminders.RemindersComponents;
import org.cjengage.core.scoring.ScoringComponents;
import org.cjengage.core.security.SecurityComponents;
import org.cjengage.core.standards.StandardsComponents;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Everything engagement-core offers, for any Spring Boot application that has it on the class path:
 * services, repositories, the standards catalogue and the schema migrations (classpath:db/cjengage, history table
 * cjengage_schema_history, run by {@link org.cjengage.core.db.SchemaMigration}).
 *
 * <p>A good guest in a host application (docs/decisions.md, 2026-12-06): its beans are imported one feature at a
 * time (each package's {@code *Components}), nothing is component-scanned; no scheduling, no Boot Flyway, no
 * properties scan is switched on. Its Spring Data JDBC repositories come from
 * {@link EngagementCoreRepositoriesAutoConfiguration}, ordered so that the host keeps its own.
 */
@AutoConfiguration(after = EmbeddedDatabaseAutoConfiguration.class,
        afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@Import({AdminComponents.class, AuditComponents.class, BackupComponents.class, CommonComponents.class,
        DashboardComponents.class, DbComponents.class, DemoComponents.class, DisclosureComponents.class,
        FeedbackComponents.class, OpenDataComponents.class, OutputsComponents.class, ParticipationComponents.class,
        PartnershipComponents.class, PlanComponents.class, RemindersComponents.class, ScoringComponents.class,
        SecurityComponents.class, StandardsComponents.class})
public class EngagementCoreAutoConfiguration {

    /** Scotland's time zone: "today" everywhere in the application is today in Europe/London. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    /**
     * The one clock behind "today" (plan RAG, current plan, review due, reporting year). Services take it
     * by injection; tests replace it with a fixed clock.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock cjengageClock() {
        return Clock.system(ZONE);
    }
}
