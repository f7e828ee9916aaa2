package org.cjengage.core.participation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cjengage.core.dashboard.DashboardContributor;
import org.cjengage.core.dashboard.DashboardFilter;
import org.cjengage.core.dashboard.DashboardScope;
import org.cjengage.core.dashboard.DashboardSection;
import org.cjengage.core.dashboard.SectionCell;
import org.springframework.stereotype.Component;

/**
 * Distance travelled on the dashboards, from one query ({@link DistanceTravelledQueries}). For one partnership:
 * a row per service with baseline, current and target stage, distance travelled, status, whether a review is
 * due and the observations behind it, then the services counted by status. For the national roll-up: a row
 * per partnership with how many of its services are on track, at risk, have reached their target or have no
 * baseline yet. The counts are suppressed for partners and national viewers by the dashboard service.
 */
@Component
public class DistanceTravelledContributor implements DashboardContributor {

    public static final String ID = "distance-travelled";
    public static final String STATUS_ID = "distance-status";
    private static final List<JourneyStatus> STATUSES = List.of(JourneyStatus.ON_TRACK, JourneyStatus.AT_RISK,
            JourneyStatus.TARGET_REACHED, JourneyStatus.NO_BASELINE);

    private final DistanceTravelledQueries queries;

    public DistanceTravelledContributor(DistanceTravelledQueries queries) {
        this.queries = queries;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Optional<DashboardSection> section(DashboardScope scope, DashboardFilter filter) {
        return sections(scope, filter).stream().findFirst();
    }

    /** Partnership: the services table, then the counts by status; national: the counts per partnership. */
    @Override
    public List<DashboardSection> sections(DashboardScope scope, DashboardFilter filter) {
        List<DistanceTravelledQueries.ServiceStanding> standings = queries.standings(scope.partnershipId(), filter);
        if (standings.isEmpty()) {
            return List.of();
        }
        return scope.isNational() ? List.of(byStatus(standings, "dashboard.section.distance.nationalTitle"))
                : List.of(services(standings), byStatus(standings, "dashboard.section.distance.statusTitle"));
    }

    private static DashboardSection services(List<DistanceTravelledQueries.ServiceStanding> standings) {
        List<DashboardSection.Row> rows = standings.stream().map(s -> {
            Journey j = s.journey();
            List<SectionCell> cells = new ArrayList<>();
            cells.add(stage(j.baselineStage()));
            cells.add(stage(j.currentStage()));
            cells.add(new SectionCell.Value(j.targetStage()));
            cells.add(stage(j.distanceTravelled()));
            cells.add(new SectionCell.Label(statusKey(j.status())));
            cells.add(new SectionCell.Label(j.reviewDue() ? "dashboard.section.distance.reviewDue"
                    : "dashboard.section.distance.reviewNotDue"));
            cells.add(new SectionCell.Count(s.observations()));
            return new DashboardSection.Row(s.name(), cells);
        }).toList();
        return new DashboardSection(ID, "dashboard.section.distance.title", DashboardSection.ChartKind.BAR,
                List.of("dashboard.section.distance.service", "dashboard.section.distance.baseline",
                        "dashboard.section.distance.current", "dashboard.section.distance.target",
                        "dashboard.section.distance.travelled", "dashboard.section.distance.status",
                        "dashboard.section.distance.review", "dashboard.section.distance.observations"),
                rows, 8.0);
    }

    /** A row per partnership (one on a partnership's dashboard) with its services counted by status. */
    private static DashboardSection byStatus(List<DistanceTravelledQueries.ServiceStanding> standings, String titleKey) {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, Map<JourneyStatus, Long>> counts = new LinkedHashMap<>();
        for (var s : standings) {
            names.put(s.partnershipId(), s.partnershipName());
            counts.computeIfAbsent(s.partnershipId(), k -> new EnumMap<>(JourneyStatus.class))
                    .merge(s.journey().status(), 1L, Long::sum);
        }
        List<DashboardSection.Row> rows = names.entrySet().stream().map(e -> new DashboardSection.Row(e.getValue(),
                STATUSES.stream().<SectionCell>map(st -> new SectionCell.Count(
                        counts.get(e.getKey()).getOrDefault(st, 0L))).toList())).toList();
        List<String> columns = new ArrayList<>(List.of("dashboard.section.distance.partnership"));
        STATUSES.forEach(st -> columns.add(statusKey(st)));
        return new DashboardSection(STATUS_ID, titleKey, DashboardSection.ChartKind.BAR, columns, rows, null);
    }

    private static String statusKey(JourneyStatus status) {
        return "dashboard.section.distance.status." + status.name();
    }

    private static SectionCell stage(Optional<Integer> stage) {
        return stage.<SectionCell>map(v -> new SectionCell.Value(v))
                .orElse(new SectionCell.Label("dashboard.section.distance.none"));
    }
}
