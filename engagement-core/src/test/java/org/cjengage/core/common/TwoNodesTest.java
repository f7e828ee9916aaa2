package org.cjengage.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.cjengage.core.admin.ManagedUser;
import org.cjengage.core.admin.UserAdminService;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.LoginThrottle;
import org.cjengage.core.security.Role;
import org.cjengage.core.security.SecurityHousekeeping;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes on one MariaDB (issue 18): the test's own context is node one, a second context of the
 * same application (its own beans, caches and connection pool) on the same database is node two. Nothing a
 * node keeps in memory may decide what the other one does.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class TwoNodesTest {

    private static ConfigurableApplicationContext nodeTwo;

    @Autowired PlanService plansOne;
    @Autowired LoginThrottle throttleOne;
    @Autowired UserAdminService adminOne;
    @Autowired SecurityHousekeeping housekeepingOne;
    @Autowired JobLock lockOne;
    @Autowired JdbcClient jdbc;
    @Autowired TestData testData;

    static synchronized <T> T onNodeTwo(Class<T> bean) {
        if (nodeTwo == null) {
            nodeTwo = new SpringApplicationBuilder(CoreTestApplication.class).web(WebApplicationType.NONE)
                    .run("--spring.main.banner-mode=off");
        }
        return nodeTwo.getBean(bean);
    }

    @AfterAll
    static synchronized void stopNodeTwo() {
        if (nodeTwo != null) {
            nodeTwo.close();
            nodeTwo = null;
        }
    }

    @Test
    void anEditSavedOnOneNodeIsNotOverwrittenByAnEditOfTheSameVersionOnTheOther() {
        Partnership partnership = testData.partnership();
        ActionPlan plan = testData.plan(partnership.id());
        EngagementActivity activity = testData.activity(plan, "Community forum");
        EngagementPrincipal lead = testData.user(Role.STRATEGY_LEAD, partnership.id());
        PlanService plansTwo = onNodeTwo(PlanService.class);

        AsUser.run(lead, () -> plansOne.updateActivity(activity.id(), activity.version(),
                ActivityDraft.of("Forum, node one", "CONSULT", Set.of("VICTIMS"))));

        assertThatThrownBy(() -> AsUser.run(lead, () -> plansTwo.updateActivity(activity.id(), activity.version(),
                ActivityDraft.of("Forum, node two", "CONSULT", Set.of("VICTIMS")))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(AsUser.call(lead, () -> plansTwo.activity(activity.id())).description()).isEqualTo("Forum, node one");
    }

    @Test
    void failedSignInsCountedOnOneNodeLockTheAccountOnTheOther() {
        String username = TestData.unique("locked").toLowerCase();
        LoginThrottle throttleTwo = onNodeTwo(LoginThrottle.class);

        boolean locked = false;
        for (int attempt = 0; attempt < 10 && !locked; attempt++) {
            locked = attempt % 2 == 0 ? throttleOne.recordFailure(username) : throttleTwo.recordFailure(username);
        }

        assertThat(locked).as("failures on both nodes add up to one count").isTrue();
        assertThat(throttleOne.isLocked(username)).isTrue();
        assertThat(throttleTwo.isLocked(username)).isTrue();
    }

    /** AccessGuard reads the memberships as they are now, so a role change on one node holds on the other at once. */
    @Test
    void aRoleTakenAwayOnOneNodeStopsTheUserOnTheOtherAtOnce() {
        Partnership partnership = testData.partnership();
        ActionPlan plan = testData.plan(partnership.id());
        EngagementActivity activity = testData.activity(plan, "Drop-in");
        EngagementPrincipal admin = testData.user(Role.ADMIN, partnership.id());
        EngagementPrincipal lead = testData.user(Role.STRATEGY_LEAD, partnership.id());
        PlanService plansTwo = onNodeTwo(PlanService.class);
        ManagedUser before = AsUser.call(admin, () -> adminOne.user(lead.userId()));

        AsUser.run(admin, () -> adminOne.setRole(lead.userId(), before.version(), partnership.id(), Role.PARTNER));

        assertThatThrownBy(() -> AsUser.run(lead, () -> plansTwo.updateActivity(activity.id(), activity.version(),
                ActivityDraft.of("Drop-in, after demotion", "CONSULT", Set.of("VICTIMS")))))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theSecurityHousekeepingOfOneScheduleRunsOnOneNodeOnly() {
        SecurityHousekeeping housekeepingTwo = onNodeTwo(SecurityHousekeeping.class);
        jdbc.sql("DELETE FROM job_lock WHERE name = 'security-housekeeping'").update();

        boolean ranOnOne = housekeepingOne.runScheduled();
        boolean ranOnTwo = housekeepingTwo.runScheduled();

        assertThat(ranOnOne).isTrue();
        assertThat(ranOnTwo).as("node two's timer in the same period").isFalse();
        assertThat(jdbc.sql("SELECT locked_by FROM job_lock WHERE name = 'security-housekeeping'").query(String.class)
                .single()).isEqualTo(lockOne.node());
    }

    @Test
    void aJobStartedOnBothNodesAtOnceRunsOnOneAndTheNextPeriodMayRunOnEither() throws Exception {
        JobLock lockTwo = onNodeTwo(JobLock.class);
        String job = TestData.unique("job");
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch otherTried = new CountDownLatch(1);

        ExecutorService nodeOneThread = Executors.newSingleThreadExecutor();
        Future<Boolean> one = nodeOneThread.submit(() -> lockOne.runOnce(job, Duration.ZERO,
                Duration.ofMinutes(5), () -> {
                    running.countDown();
                    await(otherTried);
                }));
        nodeOneThread.shutdown();
        assertThat(running.await(60, TimeUnit.SECONDS)).isTrue();
        boolean twoWhileOneRuns = lockTwo.runOnce(job, Duration.ZERO, Duration.ofMinutes(5), () -> { });
        otherTried.countDown();

        assertThat(one.get(60, TimeUnit.SECONDS)).isTrue();
        assertThat(twoWhileOneRuns).isFalse();
        assertThat(lockTwo.runOnce(job, Duration.ZERO, Duration.ofMinutes(5), () -> { }))
                .as("held for no minimum time: free once node one finished").isTrue();
        assertThat(lockOne.runOnce(job, Duration.ofMinutes(10), Duration.ofMinutes(10), () -> { })).isTrue();
        assertThat(lockTwo.runOnce(job, Duration.ZERO, Duration.ofMinutes(5), () -> { }))
                .as("held for at least ten minutes after node one's run").isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("node two never tried");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
