package org.cjengage.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.partnership.PartnershipService;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.StatementCounter;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The partnerships to choose from are read once per request (the page's frame and its view both ask). */
@SpringBootTest(classes = EngagementApplication.class)
class CurrentPartnershipTest {

    private static final String PARTNERSHIP_READ = "SELECT `partnership`";

    @Autowired TestData data;
    @Autowired PartnershipService partnerships;
    Partnership partnership;
    CurrentPartnership current;

    @BeforeEach
    void givenAMemberOfOnePartnership() {
        partnership = data.partnership();
        AsUser.signIn(data.user(Role.STAFF, partnership.id()));
        current = new CurrentPartnership(partnerships);
    }

    @AfterEach
    void signOut() {
        RequestContextHolder.resetRequestAttributes();
        AsUser.signOut();
    }

    @Test
    void withinOneRequestTheFrameAndTheViewShareOneReadAndTheNextRequestReadsAfresh() {
        StatementCounter.Counts first = inRequest(() -> {
            assertThat(current.choices()).extracting(Partnership::id).containsExactly(partnership.id()); // the frame
            assertThat(current.get().map(Partnership::id)).contains(partnership.id()); // the view
        });
        StatementCounter.Counts next = inRequest(() -> assertThat(current.get().map(Partnership::id))
                .contains(partnership.id()));

        assertThat(first.startingWith(PARTNERSHIP_READ)).as("%s", first).isEqualTo(1);
        assertThat(next.startingWith(PARTNERSHIP_READ)).as("never kept across requests: %s", next).isEqualTo(1);
    }

    @Test
    void withoutARequestEachCallReads() {
        RequestContextHolder.resetRequestAttributes(); // the test context gives each test a request of its own
        StatementCounter.Counts counts = StatementCounter.count(() -> {
            current.choices();
            current.get();
        });

        assertThat(counts.startingWith(PARTNERSHIP_READ)).as("%s", counts).isEqualTo(2);
    }

    private static StatementCounter.Counts inRequest(Runnable work) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        try {
            return StatementCounter.count(work);
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }
}
