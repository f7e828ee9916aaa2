package org.cjengage.core.outputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cjengage.core.common.DomainException;
import org.cjengage.core.common.NotPermittedException;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A lead publishes the annual report of a finished year; the public page links to it. */
@SpringBootTest(classes = CoreTestApplication.class)
class AnnualReportPublicationTest {

    @Autowired AnnualReportService reports;
    @Autowired PartnershipPageService pages;
    @Autowired TestData data;

    Partnership partnership;
    EngagementPrincipal lead;
    int runningYear;

    @BeforeEach
    void setUp() {
        partnership = data.partnership();
        data.plan(partnership.id());
        lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        runningYear = AnnualReportService.reportingYearOf(reports.today());
        AsUser.run(lead, () -> pages.save(partnership.id(), null, PartnershipPageServiceTest.content(true)));
        AsUser.signOut();
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void theReportOfAFinishedYearIsPublishedAndThePublicPageLinksToIt() {
        assertThat(pages.publicPage(partnership.code())).hasValueSatisfying(p -> assertThat(p.annualReportYear()).isNull());

        PublishedAnnualReport published = AsUser.call(lead, () -> reports.publish(partnership.id(), runningYear - 1, org.cjengage.core.plan.PlanScope.CURRENT));

        assertThat(published.publishedBy()).isEqualTo(lead.displayName());
        AsUser.signOut();
        assertThat(pages.publicPage(partnership.code()))
                .hasValueSatisfying(p -> assertThat(p.annualReportYear()).isEqualTo(runningYear - 1));
        assertThat(pages.publicAnnualReport(partnership.code())).hasValueSatisfying(doc -> {
            assertThat(doc.dated()).isEqualTo(OutputDocument.Dated.PUBLISHED);
            assertThat(doc.subtitle()).startsWith(partnership.name());
        });
    }

    @Test
    void theRunningYearIsAProvisionalDraftAndCannotBePublished() {
        OutputDocument running = AsUser.call(lead, () -> reports.report(partnership.id(), runningYear));
        assertThat(running.provisional()).isTrue();

        assertThatThrownBy(() -> AsUser.call(lead, () -> reports.publish(partnership.id(), runningYear, org.cjengage.core.plan.PlanScope.CURRENT)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("outputs.report.notFinished"));
        AsUser.signOut();
        assertThat(pages.publicAnnualReport(partnership.code())).isEmpty();
    }

    @Test
    void staffCannotPublishAndAnUnpublishedPageShowsNoReport() {
        EngagementPrincipal staff = data.user(Role.STAFF, partnership.id());
        assertThatThrownBy(() -> AsUser.call(staff, () -> reports.publish(partnership.id(), runningYear - 1, org.cjengage.core.plan.PlanScope.CURRENT)))
                .isInstanceOf(NotPermittedException.class);

        AsUser.run(lead, () -> reports.publish(partnership.id(), runningYear - 1, org.cjengage.core.plan.PlanScope.CURRENT));
        PartnershipPage page = AsUser.call(lead, () -> pages.page(partnership.id()));
        AsUser.run(lead, () -> pages.save(partnership.id(), page.version(), PartnershipPageServiceTest.content(false)));
        AsUser.signOut();

        assertThat(pages.publicAnnualReport(partnership.code())).isEmpty();
    }
}
