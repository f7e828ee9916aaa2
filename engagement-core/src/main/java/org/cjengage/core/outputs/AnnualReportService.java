package org.cjengage.core.outputs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.partnership.PartnershipRepository;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.standards.StandardsCatalogue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The engagement section of a partnership's annual report, built on demand for a reporting year. */
@Service
@Transactional(readOnly = true)
public class AnnualReportService {

    private final PlanService plans;
    private final PartnershipRepository partnerships;
    private final AccessGuard access;
    private final ObjectProvider<StandardsResultsSource> results;
    private final ObjectProvider<DistanceTravelledSource> distance;
    private final AnnualReportBuilder builder;

    public AnnualReportService(PlanService plans, PartnershipRepository partnerships, AccessGuard access,
                               ObjectProvider<StandardsResultsSource> results,
                               ObjectProvider<DistanceTravelledSource> distance, StandardsCatalogue standards,
                               OutputsProperties properties) {
        this.plans = plans;
        this.partnerships = partnerships;
        this.access = access;
        this.results = results;
        this.distance = distance;
        this.builder = new AnnualReportBuilder(standards, OutputsText.english(),
                new Suppression(properties.suppressionThreshold()));
    }

    /** The report for the year from 1 April {@code startYear} to 31 March of the next year. */
    public OutputDocument report(long partnershipId, int startYear) {
        access.requireMember(partnershipId);
        Partnership partnership = partnerships.findById(partnershipId)
                .orElseThrow(() -> new NotFoundException("partnership", partnershipId));
        List<EngagementActivity> activities = new ArrayList<>();
        for (ActionPlan plan : plans.plansOf(partnershipId)) {
            activities.addAll(plans.activities(plan.id(), 0, Integer.MAX_VALUE));
        }
        LocalDate[] period = AnnualReportBuilder.period(startYear);
        List<StandardsResultsSource.StandardResult> standardResults = new ArrayList<>();
        results.orderedStream().forEach(s -> standardResults.addAll(s.results(partnershipId, period[0], period[1])));
        List<DistanceTravelledSource.Progress> progress = new ArrayList<>();
        distance.orderedStream().forEach(s -> progress.addAll(s.progress(partnershipId, period[0], period[1])));
        return builder.build(partnership, startYear, activities, standardResults, progress, plans.today());
    }

    /** The reporting year (its starting calendar year) that contains the date. */
    public static int reportingYearOf(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }
}
