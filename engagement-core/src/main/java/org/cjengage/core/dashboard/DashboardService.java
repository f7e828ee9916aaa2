package org.cjengage.core.dashboard;

import org.cjengage.core.plan.DeliveryStatus.Rag;
import org.cjengage.core.plan.PlanStatus;
import org.cjengage.core.disclosure.Audience;
import org.cjengage.core.disclosure.DisclosurePolicy;
import org.cjengage.core.disclosure.Figure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.cjengage.core.common.Checks;
import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.common.NotPermittedException;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.partnership.PartnershipLookup;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.CurrentPlanRule;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.standards.ScalePoint;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.core.standards.Term;
import org.springframework.stereotype.Service;

/**
 * Partnership dashboards and the national roll-up. Any member of a partnership may read its dashboard
 * (partners read-only, like everything they see); the roll-up needs a national membership. Figures go
 * through the {@link DisclosurePolicy} (docs/disclosure.md): counts of activities are exact for everyone;
 * the count of people who took part is exact for members of the partnership ({@link AccessGuard#audienceFor})
 * and suppressed when small for national views and every export. Each build is timed as
 * {@code dashboard.build} (tag {@code scope}).
 * Builds run without a surrounding transaction (read-only aggregates; measured in docs/benchmarks.md):
 * the few queries of a build may see an edit that lands between them, which a dashboard can live with.
 */
@Service
public class DashboardService {

    public static final String TIMER = "dashboard.build";

    private final DashboardQueries queries;
    private final AccessGuard access;
    private final PartnershipLookup partnerships;
    private final StandardsCatalogue standards;
    private final List<DashboardContributor> contributors;
    private final DashboardProperties properties;
    private final DisclosurePolicy disclosure;
    private final Clock clock;
    private final PlanService plans;
    private final Timer partnershipTimer;
    private final Timer nationalTimer;

    public DashboardService(DashboardQueries queries, AccessGuard access, PartnershipLookup partnerships,
                            StandardsCatalogue standards,
                            List<DashboardContributor> contributors, DashboardProperties properties,
                            DisclosurePolicy disclosure, MeterRegistry meters, Clock clock, PlanService plans) {
        this.plans = plans;
        this.queries = queries;
        this.access = access;
        this.partnerships = partnerships;
        this.standards = standards;
        this.contributors = contributors.stream().sorted(Comparator.comparingInt(DashboardContributor::order)).toList();
        this.properties = properties;
        this.disclosure = disclosure;
        this.clock = clock;
        this.partnershipTimer = timer(meters, "partnership");
        this.nationalTimer = timer(meters, "national");
    }

    private static Timer timer(MeterRegistry meters, String scope) {
        return Timer.builder(TIMER).description("Time to build a dashboard").tag("scope", scope)
                .publishPercentileHistogram(false).register(meters);
    }

    /** The dashboard of one partnership, as the caller may see it. */
    public PartnershipDashboard partnership(long partnershipId, DashboardFilter filter) {
        return partnershipTimer.record(() -> buildPartnership(partnershipId, filter, false));
    }

    /** The same figures for an export: a file leaves the partnership, so always {@link Audience#BEYOND}. */
    public PartnershipDashboard partnershipForExport(long partnershipId, DashboardFilter filter) {
        return partnershipTimer.record(() -> buildPartnership(partnershipId, filter, true));
    }

    /**
     * Every partnership's figures together, plus a comparison row per partnership. National members only; a
     * national view is beyond any one partnership ({@link Audience#BEYOND}).
     */
    public NationalDashboard national(DashboardFilter filter) {
        return nationalTimer.record(() -> buildNational(filter));
    }

    /** Today in Scotland, as the RAG rule sees it. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private PartnershipDashboard buildPartnership(long partnershipId, DashboardFilter requested, boolean export) {
        DashboardFilter filter = requested;
        access.requireMember(partnershipId);
        checkCodes(filter);
        // one query for the partnership and its plans (the page's plan filter lists them): see docs/benchmarks.md
        DashboardQueries.PartnershipWithPlans found = queries.partnershipWithPlans(partnershipId)
                .orElseThrow(() -> new NotFoundException("partnership", partnershipId));
        Partnership partnership = found.partnership();
        List<ActionPlan> partnershipPlans = found.plans();
        if (requested.planId() != null && partnershipPlans.stream().noneMatch(p -> p.id().equals(requested.planId()))) {
            throw new NotFoundException("plan", requested.planId());
        }
        LocalDate today = today();
        Optional<ActionPlan> current = CurrentPlanRule.choose(partnershipPlans,
                plans.pinnedPlan(partnershipId).orElse(null), today);
        if (filter.onCurrentPlan()) {
            // the current plan, named: the page shows it chosen and every link carries its id
            filter = current.map(p -> requested.withPlan(p.id())).orElse(requested.withCurrentPlans(Set.of()));
        }
        Audience audience = export ? Audience.BEYOND : access.audienceFor(partnershipId);
        Dimensions dimensions = dimensions(filter);
        RawFigures raw = new DashboardAggregator(dimensions).aggregate(queries.cube(partnershipId, filter, today),
                queries.coverage(partnershipId, filter));
        DashboardFigures figures = DashboardFigures.present(raw, dimensions, disclosure, audience,
                queries.overdue(partnershipId, filter, today, properties.overdueListLimit()),
                sections(DashboardScope.partnership(partnershipId), filter));
        return new PartnershipDashboard(partnership, partnershipPlans, current.map(ActionPlan::id).orElse(null), filter,
                audience, disclosure.threshold(), figures);
    }

    private NationalDashboard buildNational(DashboardFilter requested) {
        access.requireUser();
        if (!access.readablePartnerships().all()) {
            throw new NotPermittedException();
        }
        DashboardFilter filter = requested.withoutPlan();
        if (filter.onCurrentPlan()) {
            filter = filter.withCurrentPlans(plans.currentPlans().values().stream().map(ActionPlan::id)
                    .collect(java.util.stream.Collectors.toSet()));
        }
        checkCodes(filter);
        LocalDate today = today();
        Dimensions dimensions = dimensions(filter);
        DashboardAggregator aggregator = new DashboardAggregator(dimensions);
        List<CubeRow> cube = queries.cube(null, filter, today);
        List<CoverageRow> coverage = queries.coverage(null, filter);
        DashboardFigures figures = DashboardFigures.present(aggregator.aggregate(cube, coverage), dimensions,
                disclosure, Audience.BEYOND, queries.overdue(null, filter, today, properties.overdueListLimit()),
                sections(DashboardScope.national(), filter));
        return new NationalDashboard(filter, disclosure.threshold(), figures,
                comparison(partnerships.findAllByOrderByName(), aggregator, cube, coverage, disclosure,
                        standards.engagedLevel()));
    }

    private static List<PartnershipComparison> comparison(List<Partnership> all, DashboardAggregator aggregator,
                                                          List<CubeRow> cube, List<CoverageRow> coverage,
                                                          DisclosurePolicy disclosure, String engaged) {
        var cubeBy = cube.stream().collect(java.util.stream.Collectors.groupingBy(CubeRow::partnershipId));
        var coverageBy = coverage.stream().collect(java.util.stream.Collectors.groupingBy(CoverageRow::partnershipId));
        List<RawFigures> raw = all.stream().map(p -> aggregator.aggregate(cubeBy.getOrDefault(p.id(), List.of()),
                coverageBy.getOrDefault(p.id(), List.of()))).toList();
        // Counts of activities: exact, whoever looks.
        List<Figure> total = column(raw, RawFigures::total, disclosure);
        List<Figure> complete = column(raw, r -> r.byStatus().get(PlanStatus.COMPLETE.name()), disclosure);
        List<Figure> overdue = column(raw, r -> r.byRag().get(Rag.RED.name()), disclosure);
        List<Figure> engage = column(raw, r -> r.byLevel().getOrDefault(engaged, 0L), disclosure);
        List<Figure> reviews = column(raw, RawFigures::overdueReviews, disclosure);
        List<PartnershipComparison> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            int notInvolved = (int) raw.get(i).coverage().values().stream()
                    .filter(byLevel -> byLevel.values().stream().allMatch(n -> n == 0)).count();
            rows.add(new PartnershipComparison(all.get(i).id(), all.get(i).name(), total.get(i), complete.get(i),
                    overdue.get(i), engage.get(i), reviews.get(i), notInvolved));
        }
        return rows;
    }

    private static List<Figure> column(List<RawFigures> raw, Function<RawFigures, Long> value, DisclosurePolicy policy) {
        return raw.stream().map(value).map(policy::count).toList();
    }

    private List<DashboardSection> sections(DashboardScope scope, DashboardFilter filter) {
        return contributors.stream().flatMap(c -> c.sections(scope, filter).stream()).toList();
    }

    private Dimensions dimensions(DashboardFilter filter) {
        List<String> levels = standards.levels().points().stream().map(ScalePoint::code).toList();
        List<String> communities = standards.communityTypes().terms().stream().map(Term::code).toList();
        if (filter.communityCode() != null) {
            communities = List.of(filter.communityCode());
        }
        if (filter.levelCode() != null) {
            levels = List.of(filter.levelCode());
        }
        List<String> stages = standards.cycleStages().terms().stream().map(Term::code).toList();
        return new Dimensions(levels, communities, stages, standards.reviewStage());
    }

    private void checkCodes(DashboardFilter filter) {
        Checks checks = new Checks();
        if (filter.levelCode() != null) {
            checks.that(standards.levels().byCode(filter.levelCode()).isPresent(), "level", "validation.unknownCode",
                    filter.levelCode());
        }
        if (filter.communityCode() != null) {
            checks.that(standards.communityTypes().contains(filter.communityCode()), "community",
                    "validation.unknownCode", filter.communityCode());
        }
        checks.throwIfAny();
        filter.validate();
    }
}
