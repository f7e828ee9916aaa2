package org.cjengage.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.cjengage.core.common.NotPermittedException;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.StatementCounter;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = CoreTestApplication.class)
class SecurityEventsTest {

    @Autowired SecurityEvents events;
    @Autowired TestData data;

    private List<String> details(EngagementPrincipal caller, SecurityEventFilter filter) {
        return AsUser.call(caller, () -> events.search(filter, 0, 100)).stream().map(SecurityEvent::details).toList();
    }

    @Test
    void aPartnershipAdminSeesTheirPartnershipsEventsAndTheirMembersSignInsButNothingElse() {
        Partnership own = data.partnership();
        Partnership other = data.partnership();
        EngagementPrincipal admin = data.user(Role.ADMIN, own.id());
        EngagementPrincipal member = data.user(Role.STAFF, own.id());
        EngagementPrincipal stranger = data.user(Role.STAFF, other.id());
        String tag = TestData.unique("tag");
        events.record(SecurityEventType.EXPORT, member.userId(), member.username(), member.userId(), own.id(), tag + " own");
        events.record(SecurityEventType.LOGIN_SUCCESS, member.userId(), member.username(), null, null, tag + " member login");
        events.record(SecurityEventType.EXPORT, stranger.userId(), stranger.username(), null, other.id(), tag + " other");
        events.record(SecurityEventType.LOGIN_SUCCESS, stranger.userId(), stranger.username(), null, null, tag + " stranger login");
        events.record(SecurityEventType.LOGIN_FAILURE, null, tag + "-unknown", null, null, tag + " unknown");

        List<String> seenByAdmin = details(admin, SecurityEventFilter.all()).stream()
                .filter(d -> d != null && d.startsWith(tag)).toList();
        assertThat(seenByAdmin).containsExactlyInAnyOrder(tag + " own", tag + " member login");

        EngagementPrincipal national = data.user(Role.ADMIN, null);
        assertThat(details(national, SecurityEventFilter.all()).stream().filter(d -> d != null && d.startsWith(tag)))
                .hasSize(5);
    }

    @Test
    void anEventWithoutActorPartnershipOrDetailsIsOneInsertWithoutAskingTheServerForColumnTypes() {
        // Given a sign-in event, which has no actor, partnership or details
        EngagementPrincipal member = data.user(Role.STAFF, data.partnership().id());

        // When it is recorded
        StatementCounter.Counts counts = StatementCounter.count(() -> events.record(SecurityEventType.LOGIN_SUCCESS,
                member.userId(), member.username(), null, null, null));

        // Then the nulls are sent typed: one INSERT, no prepare on the server to learn their types
        assertThat(counts.startingWith("INSERT INTO security_event")).as("%s", counts).isEqualTo(1);
        assertThat(counts.startingWith("PREPARE")).as("%s", counts).isZero();
        assertThat(counts.total()).as("%s", counts).isEqualTo(1 + 3); // set autocommit=0, COMMIT, set autocommit=1
    }

    @Test
    void theLogFiltersByTypeUserAndDateRange() {
        EngagementPrincipal national = data.user(Role.ADMIN, null);
        String name = TestData.unique("filtered");
        events.record(SecurityEventType.LOGIN_FAILURE, null, name, null, null, "a");
        events.record(SecurityEventType.LOCKED, null, name, null, null, "b");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        assertThat(details(national, new SecurityEventFilter(SecurityEventType.LOCKED, name, null, null, null)))
                .containsExactly("b");
        assertThat(details(national, new SecurityEventFilter(null, name, today, today, null))).hasSize(2);
        assertThat(details(national, new SecurityEventFilter(null, name, today.plusDays(1), null, null))).isEmpty();
        assertThat(details(national, new SecurityEventFilter(null, name, null, today.minusDays(1), null))).isEmpty();
        assertThat(AsUser.call(national, () -> events.count(new SecurityEventFilter(null, name, null, null, null))))
                .isEqualTo(2);
    }

    @Test
    void aUsernameFilterWithLikeWildcardsMatchesThemLiterally() {
        EngagementPrincipal national = data.user(Role.ADMIN, null);
        String name = TestData.unique("wild");
        events.record(SecurityEventType.LOGIN_FAILURE, null, name + "%_!", null, null, "literal");

        assertThat(details(national, new SecurityEventFilter(null, name + "%_!", null, null, null))).containsExactly("literal");
        assertThat(details(national, new SecurityEventFilter(null, "%", null, null, null))).contains("literal");
        assertThat(details(national, new SecurityEventFilter(null, name + "x%", null, null, null))).isEmpty();
    }

    @Test
    void onlyAdminsMayReadTheLogButAnySignedInUserCanRecordAnExport() {
        Partnership own = data.partnership();
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, own.id());
        EngagementPrincipal national = data.user(Role.NATIONAL_VIEWER, null);

        AsUser.run(lead, () -> events.recordExport(own.id(), "plan exported as CSV"));

        assertThatThrownBy(() -> details(lead, SecurityEventFilter.all())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> details(national, SecurityEventFilter.all())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> events.recordExport(own.id(), "anonymous")).isInstanceOf(NotPermittedException.class);
        EngagementPrincipal admin = data.user(Role.ADMIN, own.id());
        assertThat(details(admin, new SecurityEventFilter(SecurityEventType.EXPORT, lead.username(), null, null, null)))
                .containsExactly("plan exported as CSV");
    }
}
