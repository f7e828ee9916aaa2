package org.cjengage.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.testsupport.StatementCounter;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The access check's one-statement read of the account ({@link AccountQueries}) gives exactly what the aggregate read
 * through {@link UserRepository} gave it: who, whether active, every membership, whether a new password must be chosen.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class AccountQueriesTest {

    @Autowired TestData data;
    @Autowired UserRepository users;
    @Autowired AccountQueries accounts;

    /** What the access check read before: the aggregate, mapped as AccessGuard mapped it. */
    private Optional<AccessGuard.Account> aggregateRead(long userId) {
        return users.findById(userId)
                .map(u -> new AccessGuard.Account(EngagementPrincipal.current(u), u.passwordChangeRequired()));
    }

    private void assertSameAsAggregateRead(long userId) {
        Optional<AccessGuard.Account> read = accounts.current(userId);
        // field by field: a principal is equal to another of the same id whatever its memberships
        assertThat(read).usingRecursiveComparison().isEqualTo(aggregateRead(userId));
        read.ifPresent(a -> assertThat(a.principal().memberships()).isEqualTo(
                aggregateRead(userId).orElseThrow().principal().memberships()));
    }

    @Test
    void givenAnAccountWithoutMemberships_whenTheCheckReadsIt_thenItIsReadWithNone() {
        EngagementPrincipal user = data.userWith(Set.of());

        assertSameAsAggregateRead(user.userId());
        assertThat(accounts.current(user.userId())).get().satisfies(a -> {
            assertThat(a.principal().memberships()).isEmpty();
            assertThat(a.principal().active()).isTrue();
            assertThat(a.principal().username()).isEqualTo(user.username());
            assertThat(a.principal().passwordHash()).as("the check never holds the hash").isNull();
        });
    }

    @Test
    void givenAnAccountWithOneMembership_whenTheCheckReadsIt_thenItHasThatMembership() {
        Partnership partnership = data.partnership();
        EngagementPrincipal user = data.user(Role.STAFF, partnership.id());

        assertSameAsAggregateRead(user.userId());
        assertThat(accounts.current(user.userId())).get().extracting(a -> a.principal().memberships())
                .isEqualTo(Set.of(Membership.in(partnership.id(), Role.STAFF)));
    }

    @Test
    void givenAnAccountWithSeveralMembershipsOneOfThemNational_whenTheCheckReadsIt_thenItHasThemAll() {
        Partnership first = data.partnership();
        Partnership second = data.partnership();
        Set<Membership> memberships = Set.of(Membership.in(first.id(), Role.ADMIN),
                Membership.in(first.id(), Role.STRATEGY_LEAD), Membership.in(second.id(), Role.PARTNER),
                Membership.national(Role.NATIONAL_VIEWER));
        EngagementPrincipal user = data.userWith(memberships);

        assertSameAsAggregateRead(user.userId());
        assertThat(accounts.current(user.userId())).get().extracting(a -> a.principal().memberships())
                .isEqualTo(memberships);
    }

    @Test
    void givenADeactivatedAccount_whenTheCheckReadsIt_thenItIsReadAsInactiveWithItsMemberships() {
        Partnership partnership = data.partnership();
        EngagementPrincipal user = data.user(Role.ADMIN, partnership.id());
        users.save(users.findById(user.userId()).orElseThrow().withActive(false));

        assertSameAsAggregateRead(user.userId());
        assertThat(accounts.current(user.userId())).get().satisfies(a -> {
            assertThat(a.principal().active()).isFalse();
            assertThat(a.principal().isEnabled()).isFalse();
        });
    }

    @Test
    void givenAnAccountWithAOneTimePassword_whenTheCheckReadsIt_thenANewPasswordMustBeChosen() {
        EngagementPrincipal user = data.user(Role.PARTNER, data.partnership().id());
        AppUser stored = users.findById(user.userId()).orElseThrow();
        users.save(stored.withPassword(stored.passwordHash(), true));

        assertSameAsAggregateRead(user.userId());
        assertThat(accounts.current(user.userId())).get().extracting(AccessGuard.Account::passwordChangeRequired)
                .isEqualTo(true);
    }

    @Test
    void givenAnAccountWhosePersonalDataWasRemoved_whenTheCheckReadsIt_thenItIsTheFormerUserInactive() {
        EngagementPrincipal user = data.user(Role.STAFF, data.partnership().id());
        users.save(users.findById(user.userId()).orElseThrow().withPersonalDataRemoved(Instant.now()));

        assertSameAsAggregateRead(user.userId());
        assertThat(accounts.current(user.userId())).get().satisfies(a -> {
            assertThat(a.principal().username()).isEqualTo("former-user-" + user.userId());
            assertThat(a.principal().active()).isFalse();
        });
    }

    @Test
    void givenNoSuchAccount_whenTheCheckReadsIt_thenNothingIsRead() {
        long missing = -1;

        assertThat(accounts.current(missing)).isEmpty();
        assertSameAsAggregateRead(missing);
    }

    @Test
    void givenAnAccountWithMemberships_whenTheCheckReadsIt_thenItSendsOneStatementWithoutATransaction() {
        Partnership partnership = data.partnership();
        EngagementPrincipal user = data.userWith(Set.of(Membership.in(partnership.id(), Role.STAFF),
                Membership.in(partnership.id(), Role.PARTNER)));

        var read = StatementCounter.measure(() -> accounts.current(user.userId()));

        assertThat(read.value()).get().extracting(a -> a.principal().memberships().size()).isEqualTo(2);
        assertThat(read.statements()).as("%s", read.counts()).isEqualTo(1);
        assertThat(read.counts().autocommitChanges()).isZero();
        assertThat(read.connectionsAtOnce()).isEqualTo(1);
    }
}
