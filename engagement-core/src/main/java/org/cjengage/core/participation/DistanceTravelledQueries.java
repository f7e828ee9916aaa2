package org.cjengage.core.participation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cjengage.core.dashboard.DashboardFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where every service in scope stands, for the dashboards, in one query: per service its baseline and
 * current observation (picked in SQL with window functions, superseded observations left out), then the
 * status worked out by {@link Journey}'s own rule, so the dashboard and the service page always agree.
 * The period filter keeps observations dated in it, and the journey is judged as at the end of the period
 * (or today, if earlier); the community filter keeps services serving that community type. Services are
 * not tied to a plan or a level, so those filters do not apply.
 */
@Component
class DistanceTravelledQueries {

    private final JdbcClient jdbc;
    private final Clock clock;

    public DistanceTravelledQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A service and its journey as at {@code asAt}; {@code observations} counts the effective ones in the period. */
    public record ServiceStanding(long serviceId, long partnershipId, String partnershipName, String name,
                                  long observations, Journey journey) {
    }

    /** {@code partnershipId} null = every partnership. Ordered by partnership name, then service name. */
    public List<ServiceStanding> standings(Long partnershipId, DashboardFilter filter) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asAt = filter.to() != null && filter.to().isBefore(today) ? filter.to() : today;
        Map<String, Object> params = new HashMap<>();
        StringBuilder observed = new StringBuilder("NOT EXISTS (SELECT 1 FROM participation_observation c"
                + " WHERE c.corrects_id = o.id)");
        StringBuilder services = new StringBuilder("1 = 1");
        if (partnershipId != null) {
            observed.append(" AND o.partnership_id = :partnershipId");
            services.append(" AND t.partnership_id = :partnershipId");
            params.put("partnershipId", partnershipId);
        }
        if (filter.from() != null) {
            observed.append(" AND o.observed_on >= :periodFrom");
            params.put("periodFrom", Date.valueOf(filter.from()));
        }
        observed.append(" AND o.observed_on <= :asAt");
        params.put("asAt", Date.valueOf(asAt));
        if (filter.communityCode() != null) {
            services.append(" AND EXISTS (SELECT 1 FROM tracked_service_community sc WHERE sc.service_id = t.id"
                    + " AND sc.community_code = :communityCode)");
            params.put("communityCode", filter.communityCode());
        }
        String sql = "WITH eff AS (SELECT o.id, o.service_id, o.observed_on, o.stage, o.baseline, o.recorded_at,"
                + " ROW_NUMBER() OVER (PARTITION BY o.service_id"
                + "   ORDER BY o.observed_on DESC, o.recorded_at DESC, o.id DESC) AS latest,"
                + " ROW_NUMBER() OVER (PARTITION BY o.service_id"
                + "   ORDER BY o.observed_on, o.recorded_at, o.id) AS earliest,"
                + " ROW_NUMBER() OVER (PARTITION BY o.service_id, o.baseline"
                + "   ORDER BY o.observed_on DESC, o.recorded_at DESC, o.id DESC) AS latest_of_kind,"
                + " COUNT(*) OVER (PARTITION BY o.service_id) AS n"
                + " FROM participation_observation o WHERE " + observed + "),"
                + " picked AS (SELECT * FROM eff WHERE latest = 1 OR earliest = 1 OR (baseline AND latest_of_kind = 1))"
                + " SELECT t.id, t.partnership_id, p.name, t.name, t.target_stage, t.target_date,"
                + " k.id, k.observed_on, k.stage, k.baseline, k.recorded_at, k.latest, k.earliest, k.n, k.latest_of_kind"
                + " FROM tracked_service t JOIN partnership p ON p.id = t.partnership_id"
                + " LEFT JOIN picked k ON k.service_id = t.id"
                + " WHERE " + services + " ORDER BY p.name, t.partnership_id, t.name, t.id";
        List<PickedRow> picked = jdbc.sql(sql).params(params).query((rs, n) -> new PickedRow(rs.getLong(1),
                rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getDate(6).toLocalDate(),
                rs.getObject(7) == null ? null : new Observation(rs.getLong(7), rs.getLong(1), rs.getLong(2),
                        rs.getDate(8).toLocalDate(), rs.getInt(9), null, null, null, rs.getBoolean(10), null, null,
                        instant(rs.getTimestamp(11)), null),
                rs.getLong(12) == 1, rs.getLong(13) == 1, rs.getLong(14), rs.getLong(15) == 1)).list();
        Map<Long, List<PickedRow>> byService = new java.util.LinkedHashMap<>();
        picked.forEach(r -> byService.computeIfAbsent(r.serviceId(), k -> new java.util.ArrayList<>()).add(r));
        return byService.values().stream().map(rows -> standing(rows, asAt)).toList();
    }

    private static ServiceStanding standing(List<PickedRow> rows, LocalDate asAt) {
        PickedRow first = rows.getFirst();
        Observation current = null;
        Observation earliest = null;
        Observation markedBaseline = null;
        for (PickedRow r : rows) {
            if (r.observation() == null) {
                continue;
            }
            if (r.latest()) {
                current = r.observation();
            }
            if (r.earliest()) {
                earliest = r.observation();
            }
            if (r.observation().baseline() && r.latestOfKind()) {
                markedBaseline = r.observation();
            }
        }
        Observation baseline = markedBaseline != null ? markedBaseline : earliest;
        Journey journey = new Journey(List.of(), baseline, current, first.targetStage(), first.targetDate(), asAt);
        return new ServiceStanding(first.serviceId(), first.partnershipId(), first.partnershipName(), first.name(),
                current == null ? 0 : first.observations(), journey);
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private record PickedRow(long serviceId, long partnershipId, String partnershipName, String name, int targetStage,
                             LocalDate targetDate, Observation observation, boolean latest, boolean earliest,
                             long observations, boolean latestOfKind) {
    }
}
