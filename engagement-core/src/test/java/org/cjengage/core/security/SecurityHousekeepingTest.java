package org.cjengage.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.cjengage.core.common.JobLock;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Retention of the security event log on MariaDB, and the job's own schedule in a host without scheduling. */
@SpringBootTest(classes = CoreTestApplication.class)
class SecurityHousekeepingTest {

    @Autowired SecurityHousekeeping housekeeping;
    @Autowired SecurityEvents events;
    @Autowired LoginThrottle throttle;
    @Autowired JdbcClient jdbc;
    @Autowired JobLock jobLock;

    final String tag = TestData.unique("retention");

    @Test
    void eventsOlderThanTheDefault400DaysAreDeletedAndNewerOnesStay() {
        eventAged(Duration.ofDays(401), "401 days");
        eventAged(Duration.ofDays(399), "399 days");
        eventAged(Duration.ZERO, "today");

        housekeeping.run();

        assertThat(remaining()).containsExactlyInAnyOrder("399 days", "today");
    }

    @Test
    void theRetentionPeriodIsConfigurable() {
        eventAged(Duration.ofDays(31), "31 days");
        eventAged(Duration.ofDays(29), "29 days");

        int deleted = new SecurityHousekeeping(events, throttle, Duration.parse("P30D"), jobLock).deleteExpiredEvents();

        assertThat(deleted).isPositive();
        assertThat(remaining()).containsExactly("29 days");
    }

    @Test
    void aRetentionPeriodThatWouldDeleteEverythingIsRefused() {
        assertThatThrownBy(() -> new SecurityHousekeeping(events, throttle, Duration.ZERO, jobLock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cjengage.security.event-retention");
    }

    @Test
    void theJobIsScheduledInAHostApplicationThatDoesNotEnableScheduling() {
        assertThat(housekeeping.isRunning()).isTrue();
    }

    private void eventAged(Duration age, String details) {
        jdbc.sql("INSERT INTO security_event (occurred_at, event_type, username, details) VALUES (:at, 'EXPORT', :tag, :details)")
                .param("at", Timestamp.from(Instant.now().minus(age))).param("tag", tag).param("details", details)
                .update();
    }

    private List<String> remaining() {
        return jdbc.sql("SELECT details FROM security_event WHERE username = :tag").param("tag", tag)
                .query(String.class).list();
    }
}
