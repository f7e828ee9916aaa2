package org.cjengage.core.outputs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.cjengage.core.demo.DemoContext;
import org.cjengage.core.demo.DemoDataContributor;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.partnership.PartnershipLookup;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityLookup;
import org.cjengage.core.plan.ActivitySummary;
import org.cjengage.core.standards.StandardsCatalogue;
import org.springframework.stereotype.Component;

/**
 * Demo outputs: the main demo partnership's information page, published (so {@code /p/GLENMORE} works
 * straight away), and a first published participation statement of its plan.
 */
@Component
class OutputsDemoData implements DemoDataContributor {

    private final PartnershipLookup partnerships;
    private final ActivityLookup plans;
    private final PartnershipPageRepository pages;
    private final StatementDraftRepository drafts;
    private final PublishedStatementRepository published;
    private final StatementBuilder builder;
    private final Clock clock;

    OutputsDemoData(PartnershipLookup partnerships, ActivityLookup plans,
                    PartnershipPageRepository pages, StatementDraftRepository drafts,
                    PublishedStatementRepository published, StandardsCatalogue standards,
                    org.cjengage.core.disclosure.DisclosurePolicy disclosure, Clock clock) {
        this.clock = clock;
        this.partnerships = partnerships;
        this.plans = plans;
        this.pages = pages;
        this.drafts = drafts;
        this.published = published;
        this.builder = new StatementBuilder(standards, OutputsText.english(), disclosure);
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public void contribute(DemoContext context) {
        Partnership partnership = partnerships.findById(context.partnershipId()).orElseThrow();
        ActionPlan plan = plans.plan(context.planId()).orElseThrow();
        pages.save(PartnershipPage.empty(partnership.id(), null, null).revise(new PartnershipPage.Content(
                partnership.coordinatorName(), partnership.coordinatorEmail(), "01234 567890",
                "Join the quarterly third sector forum, answer our online survey, or ask the coordinator about "
                        + "the lived-experience panel.\n\nAll meetings are step-free and we can pay travel and care costs.",
                "https://www.example.org/glenmore/community-justice-plan", null, true), null));
        List<ActivitySummary> all = plans.activitiesOf(plan.id()).stream().map(ActivitySummary::of).toList();
        List<StatementSection> sections = builder.initialSections(partnership, plan);
        StatementDraft draft = drafts.save(StatementDraft.start(partnership.id(), plan.id(),
                OutputsText.english().get("outputs.statement.defaultTitle", plan.title()), sections));
        LocalDate today = LocalDate.now(clock);
        OutputDocument doc = builder.build(partnership, plan, draft.title(), sections, all, List.of(), today);
        published.save(new PublishedStatement(null, partnership.id(), plan.id(), 1, draft.title(), today,
                clock.instant(), "Lesley Lead", DocumentJson.write(doc)));
    }
}
