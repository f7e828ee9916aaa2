package org.cjengage.core.participation;

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
 * Where every service in scope stands, for the dashboards: the services and their observations in two
 * queries, then which observations count ({@link EffectiveObservations}) and the status ({@link Journey}) by
 * the same rules as the service page and the annual report, so they always agree.
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
        StringBuilder services = new StringBuilder("1 = 1");
        if (partnershipId != null) {
            services.append(" AND t.partnership_id = :partnershipId");
            params.put("partnershipId", partnershipId);
        }
        if (filter.communityCode() != null) {
            services.append(" AND EXISTS (SELECT 1 FROM tracked_service_community sc WHERE sc.service_id = t.id"
                    + " AND sc.community_code = :communityCode)");
            params.put("communityCode", filter.communityCode());
        }
        List<ServiceRow> inScope = jdbc.sql("SELECT t.id, t.partnership_id, p.name, t.name, t.target_stage,"
                + " t.target_date FROM tracked_service t JOIN partnership p ON p.id = t.partnership_id WHERE " + services
                + " ORDER BY p.name, t.partnership_id, t.name, t.id").params(params)
                .query((rs, n) -> new ServiceRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getDate(6).toLocalDate())).list();
        // every observation of those services (corrections after the date included: they still supersede)
        Map<Long, List<Observation>> recorded = new HashMap<>();
        jdbc.sql("SELECT o.id, o.service_id, o.partnership_id, o.observed_on, o.stage, o.baseline, o.corrects_id,"
                + " o.recorded_at FROM participation_observation o JOIN tracked_service t ON t.id = o.service_id"
                + " WHERE " + services).params(params)
                .query((rs, n) -> new Observation(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getDate(4).toLocalDate(), rs.getInt(5), null, null, null, rs.getBoolean(6),
                        (Long) rs.getObject(7, Long.class), null, instant(rs.getTimestamp(8)), null)).list()
                .forEach(o -> recorded.computeIfAbsent(o.serviceId(), k -> new java.util.ArrayList<>()).add(o));
        return inScope.stream().map(t -> {
            List<Observation> counted = EffectiveObservations.dated(
                    EffectiveObservations.of(recorded.getOrDefault(t.id(), List.of())), filter.from(), asAt);
            Journey journey = Journey.of(counted, t.targetStage(), t.targetDate(), asAt);
            return new ServiceStanding(t.id(), t.partnershipId(), t.partnershipName(), t.name(), counted.size(), journey);
        }).toList();
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private record ServiceRow(long id, long partnershipId, String partnershipName, String name, int targetStage,
                              LocalDate targetDate) {
    }
}
