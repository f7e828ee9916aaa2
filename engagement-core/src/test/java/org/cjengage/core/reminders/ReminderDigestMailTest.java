package org.cjengage.core.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.cjengage.core.feedback.FeedbackService;
import org.cjengage.core.outputs.AnnualReportService;
import org.cjengage.core.participation.DistanceTravelledService;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.partnership.PartnershipService;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.scoring.AssessmentService;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.EngagementUserDetailsService;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The weekly digest, end to end: real services, real database, a real SMTP server (GreenMail), read back. */
@SpringBootTest(classes = CoreTestApplication.class)
class ReminderDigestMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired TestData data;
    @Autowired PlanService plans;
    @Autowired AssessmentService assessments;
    @Autowired DistanceTravelledService participation;
    @Autowired FeedbackService feedback;
    @Autowired PartnershipService partnerships;
    @Autowired EngagementUserDetailsService users;
    @Autowired ReminderSettings settings;
    @Autowired JdbcClient jdbc;

    /** 1 December 2026: the 2025-26 annual report is due within 30 days. */
    final Clock clock = Clock.fixed(LocalDate.of(2026, 12, 1).atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
            ZoneId.of("Europe/London"));

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    ReminderJob job(boolean enabled) {
        return job(enabled, "");
    }

    ReminderJob job(boolean enabled, String routePrefix) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        ReminderProperties properties = new ReminderProperties(enabled, "0 0 7 * * MON", "cj@example.org", 60);
        ReminderDigests digests = new ReminderDigests(plans, assessments, participation, feedback, partnerships, clock,
                properties);
        var mail = new StaticListableBeanFactory(Map.of("mail", sender)).getBeanProvider(JavaMailSender.class);
        return new ReminderJob(jdbc, digests, users, mail, properties, clock, new SimpleMeterRegistry(),
                "https://cj.example.org/", routePrefix);
    }

    @Test
    void aLeadGetsOneDigestWithLinksAndPeopleWithNothingToDoOrWhoOptedOutGetNone() throws Exception {
        Partnership partnership = data.partnership();
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        EngagementPrincipal optedOut = data.user(Role.STRATEGY_LEAD, partnership.id());
        EngagementPrincipal partner = data.user(Role.PARTNER, partnership.id());
        ActionPlan plan = data.plan(partnership.id());
        EngagementActivity overdue = AsUser.call(lead, () -> plans.createActivity(plan.id(), new ActivityDraft(
                "Focus group with victims' families", "CONSULT", Set.of("VICTIMS"), Set.of(), null, "A lead", Set.of(),
                Set.of(), null, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 31), null, null)));
        var link = AsUser.call(lead, () -> feedback.open(overdue.id()));
        feedback.submit(link.token(), Map.of("LISTENED", "4"), null, TestData.unique("addr"));
        AsUser.run(optedOut, () -> settings.setEnabled(false));

        int sent = job(true).sendTo(List.of(lead.username(), optedOut.username(), partner.username()));

        assertThat(sent).isEqualTo(1);
        MimeMessage[] received = smtp.getReceivedMessages();
        List<MimeMessage> toLead = Arrays.stream(received).filter(m -> recipient(m).equals(lead.username() + "@example.org")).toList();
        assertThat(toLead).hasSize(1);
        assertThat(Arrays.stream(received).map(ReminderDigestMailTest::recipient))
                .doesNotContain(optedOut.username() + "@example.org", partner.username() + "@example.org");
        MimeMessage mail = toLead.getFirst();
        assertThat(mail.getSubject()).isEqualTo("CJ Engage: 3 things need your attention");
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("\r\n", "\n");
        assertThat(body)
                .contains("Hello " + lead.displayName() + ",")
                .contains(partnership.name())
                .contains("1 activity in \"" + plan.title() + "\" is past its planned end and not complete")
                .contains("https://cj.example.org/plans?plan=" + plan.id() + "&overdue=true")
                .contains("1 feedback response is waiting for you to accept or reject them: \"Focus group with victims' families\"")
                .contains("https://cj.example.org/activities/" + overdue.id() + "/feedback")
                .contains("The annual report for 1 April 2025 to 31 March 2026 is due to be published by 31 December 2026 (in 30 days)")
                .contains("https://cj.example.org/account/reminders");
        assertThat(AnnualReportService.reportingYearOf(LocalDate.of(2026, 3, 31))).isEqualTo(2025);
    }

    @Test
    void inAHostApplicationTheDigestLinksPointBelowThePluginsRoutePrefix() throws Exception {
        Partnership partnership = data.partnership();
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        ActionPlan plan = data.plan(partnership.id());
        AsUser.call(lead, () -> plans.createActivity(plan.id(), new ActivityDraft(
                "Drop-in session", "CONSULT", Set.of("VICTIMS"), Set.of(), null, "A lead", Set.of(),
                Set.of(), null, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 31), null, null)));

        job(true, "engage").sendTo(List.of(lead.username()));

        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipient(m).equals(lead.username() + "@example.org")).findFirst().orElseThrow();
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("\r\n", "\n");
        assertThat(body)
                .contains("https://cj.example.org/engage/plans?plan=" + plan.id() + "&overdue=true")
                .contains("https://cj.example.org/engage/account/reminders")
                .doesNotContain("https://cj.example.org/plans");
    }

    @Test
    void nothingIsSentWhenRemindersAreSwitchedOff() {
        Partnership partnership = data.partnership();
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        int before = smtp.getReceivedMessages().length;

        assertThat(job(false).sendTo(List.of(lead.username()))).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(before);
    }

    @Test
    void theWeeklyRunSendsOnceEvenWhenTwoNodesStartIt() {
        jdbc.sql("DELETE FROM reminder_run").update();
        int before = smtp.getReceivedMessages().length;

        boolean firstNode = job(true).claimWeek();
        job(true).runWeekly();

        assertThat(firstNode).isTrue();
        assertThat(smtp.getReceivedMessages()).hasSize(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reminder_run").query(Long.class).single()).isEqualTo(1);
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
