package org.cjengage.core.dashboard;

import org.cjengage.core.plan.DeliveryStatus.Rag;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.cjengage.core.plan.PlanStatus;

/** Turns aggregate rows into the dashboard's counts. Pure: no database, no security, no clock. */
public final class DashboardAggregator {

    private final Dimensions dimensions;

    public DashboardAggregator(Dimensions dimensions) {
        this.dimensions = dimensions;
    }

    public RawFigures aggregate(List<CubeRow> cube, List<CoverageRow> coverageRows) {
        Map<String, Long> status = zeros(Arrays.stream(PlanStatus.values()).map(Enum::name).toList());
        Map<String, Long> rag = zeros(Arrays.stream(Rag.values()).map(Enum::name).toList());
        Map<String, Long> level = zeros(dimensions.levels());
        Map<String, Long> stage = zeros(dimensions.stageBuckets());
        Map<String, Long> people = zeros(dimensions.stageBuckets());
        long total = 0;
        long overdueReviews = 0;
        for (CubeRow row : cube) {
            total += row.count();
            status.merge(row.status().name(), row.count(), Long::sum);
            rag.merge(row.rag().name(), row.count(), Long::sum);
            level.merge(row.levelCode(), row.count(), Long::sum);
            stage.merge(row.stageCode() == null ? Dimensions.NO_STAGE : row.stageCode(), row.count(), Long::sum);
            people.merge(row.stageCode() == null ? Dimensions.NO_STAGE : row.stageCode(), row.participants(), Long::sum);
            if (row.rag() == Rag.RED && dimensions.reviewStage().equals(row.stageCode())) {
                overdueReviews += row.count();
            }
        }
        Map<String, Map<String, Long>> coverage = new LinkedHashMap<>();
        dimensions.communities().forEach(c -> coverage.put(c, zeros(dimensions.levels())));
        for (CoverageRow row : coverageRows) {
            Map<String, Long> byLevel = coverage.get(row.communityCode());
            if (byLevel != null) {
                byLevel.merge(row.levelCode(), row.count(), Long::sum);
            }
        }
        return new RawFigures(total, status, rag, level, stage, overdueReviews, coverage, people);
    }

    /** The figures of one partnership out of rows for many. */
    public RawFigures aggregate(long partnershipId, List<CubeRow> cube, List<CoverageRow> coverageRows) {
        return aggregate(cube.stream().filter(r -> r.partnershipId() == partnershipId).toList(),
                coverageRows.stream().filter(((Predicate<CoverageRow>) r -> r.partnershipId() == partnershipId)).toList());
    }

    private static Map<String, Long> zeros(List<String> codes) {
        Map<String, Long> map = new LinkedHashMap<>();
        codes.forEach(c -> map.put(c, 0L));
        return map;
    }
}
