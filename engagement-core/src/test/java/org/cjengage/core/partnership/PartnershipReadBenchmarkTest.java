package org.cjengage.core.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.CpuPerCall;
import org.cjengage.core.testsupport.OneRequest;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The processor time of the partnership switcher's read, made at every page (docs/benchmarks.md, "processor time per
 * step"): the repository's derived query it used before beside the plain statement of {@link PartnershipQueries},
 * for every partnership of the test database (a national viewer's list; a member's is a few of these rows).
 */
@Tag("benchmark")
@SpringBootTest(classes = CoreTestApplication.class)
class PartnershipReadBenchmarkTest {

    @Autowired PartnershipRepository repository;
    @Autowired PartnershipQueries queries;
    @Autowired PartnershipService partnerships;
    @Autowired AccessGuard access;
    @Autowired TestData data;

    @Test
    void printsTheProcessorTimeOfTheDerivedQueryAndThePlainOne() {
        List<Partnership> all = queries.all();

        String printed = CpuPerCall.compare("The partnership switcher's read (" + all.size() + " partnerships)",
                2_000, 10_000, "derived query (findAllByOrderByName)", repository::findAllByOrderByName,
                "plain statement (PartnershipQueries)", queries::all);

        EngagementPrincipal viewer = data.user(Role.NATIONAL_VIEWER, null);
        AsUser.signIn(viewer);
        RequestContextHolder.setRequestAttributes(new OneRequest());
        String service;
        try {
            access.currentUser();
            service = CpuPerCall.compare("The same list through the service (the request's copy of the account)", 2_000,
                    10_000, "PartnershipService.visiblePartnerships()", partnerships::visiblePartnerships,
                    "PartnershipQueries.all() alone", queries::all);
        } finally {
            RequestContextHolder.resetRequestAttributes();
            AsUser.signOut();
        }

        System.out.print(printed + service);
        assertThat(queries.all()).isEqualTo(repository.findAllByOrderByName());
    }
}
