package org.cjengage.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Requests are observed once (http.server.requests), not also filter by filter through Spring Security's chain, whose
 * wrapping of every filter (ObservationFilterChainDecorator) cost about 2 % of the application's processor time in the
 * load test (docs/benchmarks.md, "processor time per step"). Tests run without observability, so Spring Security does
 * not wrap the filters here whatever the setting: the test checks the setting the running application gets.
 */
@SpringBootTest(classes = EngagementApplication.class)
class SecurityObservationsTest {

    @Autowired SecurityObservationSettings settings;

    @Test
    void theSecurityFilterChainIsNotObservedFilterByFilterButSignInsAndAuthorizationsAre() {
        assertThat(settings.shouldObserveRequests()).isFalse();
        assertThat(settings.shouldObserveAuthentications()).isTrue();
        assertThat(settings.shouldObserveAuthorizations()).isTrue();
    }
}
