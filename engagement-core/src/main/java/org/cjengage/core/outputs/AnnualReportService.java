package org.cjengage.core.outputs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.disclosure.DisclosurePolicy;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.partnership.PartnershipLookup;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.PlanScope;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.standards.StandardsCatalogue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engagement section of a partnership's annual report, built on demand for a reporting year. It is a
 * document for publication: web view, PDF and DOCX are the same document, disclosed as
 * {@code Audience.BEYOND} whoever reads it (docs/disclosure.md).
 */
@Service
@Transactional(readOnly = true)
public class AnnualReportService {

    private final PlanService plans;
    private final PartnershipLookup partnerships;
    private final AccessGuard access;
    private final ObjectProvider<StandardsResultsSource> results;
    private final ObjectProvider<DistanceTravelledSource> distance;
    private final AnnualReportBuilder builder;
    private final PublishedAnnualReportRepository publications;
    private final io.micrometer.core.instrument.MeterRegistry meters;
    private final ObjectProvider<AnnualReportSection> extraSections;
    private final Clock clock;

    public AnnualReportService(PlanService plans, PartnershipLookup partnerships, AccessGuard access,
                               ObjectProvider<StandardsResultsSource> results,
                               ObjectProvider<DistanceTravelledSource> distance, StandardsCatalogue standards,
                               DisclosurePolicy disclosure, Clock clock,
                               ObjectProvider<AnnualReportSection> extraSections,
                               PublishedAnnualReportRepository publications,
                               io.micrometer.core.instrument.MeterRegistry meters) {
        this.extraSections = extraSections;
        this.clock = clock;
        this.publications = publications;
        this.meters = meters;
        this.plans = plans;
        this.partnerships = partnerships;
        this.access = access;
        this.results = results;
        this.distance = distance;
        this.builder = new AnnualReportBuilder(standards, OutputsText.english(), disclosure);
    }

    /** The report for the year from 1 April {@code startYear} to 31 March of the next year, on the current plan. */
    public OutputDocument report(long partnershipId, int startYear) {
        return report(partnershipId, startYear, PlanScope.CURRENT);
    }

    /**
     * The report for the year from 1 April {@code startYear} to 31 March of the next year, on the activities
     * of the plans in {@code scope} (the current plan unless the reader asks for one plan or all plans).
     */
    public OutputDocument report(long partnershipId, int startYear, PlanScope scope) {
        access.requireMember(partnershipId);
        return meters.timer("outputs.build", "type", "annual-report")
                .record(() -> build(partnershipId, startYear, scope));
    }

    private OutputDocument build(long partnershipId, int startYear, PlanScope scope) {
        Partnership partnership = partnerships.findById(partnershipId)
                .orElseThrow(() -> new NotFoundException("partnership", partnershipId));
        List<ActionPlan> covered = plans.plansIn(partnershipId, scope);
        List<Long> planIds = covered.stream().map(ActionPlan::id).toList();
        LocalDate[] period = AnnualReportBuilder.period(startYear);
        // only the year's activities are read; the undated ones are counted (the report says how many)
        List<EngagementActivity> activities = plans.activitiesInPeriod(partnershipId, planIds, period[0], period[1]);
        long undated = plans.countUndatedActivities(partnershipId, planIds);
        List<StandardsResultsSource.StandardResult> standardResults = new ArrayList<>();
        results.orderedStream().forEach(s -> standardResults.addAll(s.results(partnershipId, period[0], period[1])));
        List<DistanceTravelledSource.Progress> progress = new ArrayList<>();
        distance.orderedStream().forEach(s -> progress.addAll(s.progress(partnershipId, period[0], period[1])));
        AnnualReportSection.Scope sectionScope = new AnnualReportSection.Scope(partnershipId, planIds);
        List<OutputSection> more = extraSections.orderedStream()
                .flatMap(s -> s.section(sectionScope, period[0], period[1]).stream()).toList();
        OutputDocument doc = builder.build(partnership, startYear, activities, undated, standardResults, progress,
                LocalDate.now(clock)).withMoreSections(more);
        String plansCovered = scope.all() ? OutputsText.english().get("outputs.report.allPlans")
                : covered.stream().map(ActionPlan::title).collect(java.util.stream.Collectors.joining("; "));
        return doc.withSubtitle(OutputsText.english().get("outputs.report.subtitle.plans", doc.subtitle(),
                plansCovered.isEmpty() ? OutputsText.english().get("outputs.report.noPlan") : plansCovered));
    }

    /** Today, from the application's one clock (Europe/London). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Publishes the report of a finished reporting year for the public partnership page: frozen as it reads
     * now. A year that has not ended is refused (its report is a provisional draft). Publishing again adds a
     * newer version, which the public page then shows. {@code scope}: the plans whose activities it counts, as
     * the lead chose on the annual report page.
     */
    @Transactional
    public PublishedAnnualReport publish(long partnershipId, int startYear, PlanScope scope) {
        var user = access.requireRole(partnershipId, AccessGuard.PLAN_EDITORS);
        OutputDocument doc = report(partnershipId, startYear, scope);
        if (doc.provisional()) {
            throw new org.cjengage.core.common.DomainException("outputs.report.notFinished");
        }
        PublishedAnnualReport saved = publications.save(new PublishedAnnualReport(null, partnershipId, startYear,
                today(), java.time.Instant.now(), user.displayName(),
                DocumentJson.write(doc.dated(OutputDocument.Dated.PUBLISHED))));
        meters.counter("outputs.published", "type", "annual-report").increment();
        return saved;
    }

    /** The newest publication of the year's report, if it has been published. */
    public java.util.Optional<PublishedAnnualReport> published(long partnershipId, int startYear) {
        access.requireMember(partnershipId);
        return publications.findFirstByPartnershipIdAndStartYearOrderByPublishedAtDesc(partnershipId, startYear);
    }

    /** Whether the caller may publish the partnership's annual report (for showing the button). */
    public boolean canPublish(long partnershipId) {
        return access.hasRole(partnershipId, AccessGuard.PLAN_EDITORS);
    }

    /** The reporting year (its starting calendar year) that contains the date. */
    public static int reportingYearOf(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }
}
