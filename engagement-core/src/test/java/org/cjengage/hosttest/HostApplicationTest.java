package org.cjengage.hosttest;

import static org.assertj.core.api.Assertions.assertThat;

import org.cjengage.core.demo.DemoDataLoader;
import org.cjengage.core.demo.DemoUsers;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.partnership.PartnershipRepository;
import org.cjengage.core.partnership.PartnershipService;
import org.cjengage.core.security.AccountPasswords;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.security.UserRepository;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * engagement-core added to a host application that has its own Flyway migrations (V1 in classpath:db/host, Spring
 * Boot's Flyway with its default history table), its own Spring Data JDBC repository, and no demo-data setting.
 * On a database of its own, so what it finds there is only this host's.
 */
@SpringBootTest(classes = HostTestApplication.class, properties = {
        "cjengage.database.embedded.database=cj_host_app",
        "spring.flyway.locations=classpath:db/host"})
class HostApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired HostNoteRepository notes;
    @Autowired PartnershipService partnershipService;
    @Autowired TestData testData;

    @Test
    void theHostsOwnRepositoryIsCreatedAndWorksBesideThePluginsServices() {
        // Given a host that declared no @EnableJdbcRepositories, and a partnership of the plugin's
        Partnership partnership = testData.partnership();
        EngagementPrincipal lead = testData.user(Role.STRATEGY_LEAD, partnership.id());

        // When the host saves its own entity and a member asks the plugin for the partnership
        HostNote saved = notes.save(new HostNote(null, "The host's own note"));
        Partnership read = AsUser.call(lead, () -> partnershipService.get(partnership.id()));

        // Then both work, each through its own repository
        assertThat(notes.findById(saved.id())).contains(new HostNote(saved.id(), "The host's own note"));
        assertThat(read.name()).isEqualTo(partnership.name());
    }

    @Test
    void theHostsMigrationsAndThePluginsKeepSeparateHistoriesEachStartingAtVersionOne() {
        // Then the host's Flyway history has the host's V1 only
        assertThat(jdbc.queryForList("SELECT CONCAT(version, ' ', script, ' ', success) FROM flyway_schema_history"
                + " ORDER BY installed_rank", String.class)).containsExactly("1 V1__host_notes.sql 1");
        // And the plugin's history, started after the host's migrations ran (so on a schema that was no longer
        // empty: a baseline at 0), has the plugin's V1
        assertThat(jdbc.queryForList("SELECT CONCAT(version, ' ', type, ' ', success) FROM cjengage_schema_history"
                + " ORDER BY installed_rank", String.class)).containsExactly("0 BASELINE 1", "1 SQL 1");
        // And both sets of tables live side by side in the one schema
        assertThat(jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()",
                String.class)).contains("host_note", "partnership", "flyway_schema_history", "cjengage_schema_history");
    }

    @Test
    void theHostKeepsItsOwnPasswordEncoderAndThePluginsAccountsKeepTheirs() {
        // Given a plugin account (hashed by the plugin) in a host that declares its own PasswordEncoder bean
        Partnership partnership = testData.partnership();
        EngagementPrincipal staff = testData.user(Role.STAFF, partnership.id());

        // When the account signs in through the plugin's sign-in provider
        Authentication signedIn = context.getBean("engagementAuthenticationProvider", AuthenticationProvider.class)
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(staff.username(), TestData.PASSWORD));

        // Then it is signed in, its hash is the plugin's Argon2id, and the host's encoder is the only encoder bean
        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(context.getBean(UserRepository.class).findById(staff.userId()).orElseThrow().passwordHash())
                .startsWith("{" + AccountPasswords.DEFAULT_ID + "}");
        assertThat(context.getBeansOfType(PasswordEncoder.class)).containsOnlyKeys("passwordEncoder");
        assertThat(context.getBean(PasswordEncoder.class)).isInstanceOf(BCryptPasswordEncoder.class);
    }

    @Test
    void withoutTheDemoDataSettingTheLibraryAddsNoDemoDataAndNoAdminAccount() {
        // Then no demo loader, no demo partnership and none of the README's accounts
        assertThat(context.getBeanNamesForType(DemoDataLoader.class)).isEmpty();
        assertThat(context.getBean(UserRepository.class).findByUsername(DemoUsers.ADMIN)).isEmpty();
        assertThat(context.getBean(UserRepository.class).findByUsername("admin")).isEmpty();
        assertThat(context.getBean(PartnershipRepository.class).findByCode("GLENMORE")).isEmpty();
    }
}
