package org.cjengage.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.testsupport.CpuPerCall;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The processor time of the access check's read of the signed-in account, made at every request
 * (docs/benchmarks.md, "processor time per step"): the aggregate read through {@link UserRepository} it used before
 * beside the one plain statement of {@link AccountQueries}, for an account with three memberships.
 */
@Tag("benchmark")
@SpringBootTest(classes = CoreTestApplication.class)
class AccessReadBenchmarkTest {

    @Autowired TestData data;
    @Autowired UserRepository users;
    @Autowired AccountQueries accounts;

    @Test
    void printsTheProcessorTimeOfTheAggregateReadAndThePlainOne() {
        Partnership first = data.partnership();
        Partnership second = data.partnership();
        long id = data.userWith(Set.of(Membership.in(first.id(), Role.ADMIN), Membership.in(first.id(), Role.STAFF),
                Membership.in(second.id(), Role.PARTNER))).userId();

        String printed = CpuPerCall.compare("The access check's read of the account", 5_000, 20_000,
                "aggregate (UserRepository.findById, in a transaction)",
                () -> users.findById(id).map(u -> new AccessGuard.Account(EngagementPrincipal.current(u),
                        u.passwordChangeRequired())).orElseThrow(),
                "one plain statement (AccountQueries)", () -> accounts.current(id).orElseThrow());

        System.out.print(printed);
        assertThat(accounts.current(id)).get().extracting(a -> a.principal().memberships().size()).isEqualTo(3);
    }
}
