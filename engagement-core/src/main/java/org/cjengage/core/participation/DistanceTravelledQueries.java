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
 * Where every service in scope stands, for the dashboards. Without a period: the services with their row of the
 * read model ({@link ServiceStandings}, kept by the observation writes with {@link EffectiveObservations}) in one
 * query. With a period (and in {@link #fromObservations}): the services and their observations in two queries,
 * then which observations count ({@link EffectiveObservations}). Either way the status comes from {@link Journey},
 * by the same rules as the service page and the annual report, so they always agree.
 * The period filter keeps observations dated in it, and the journey is judged as at the end of the period
 * (or today, if earlier); the community filter keeps services serving that community type. Services are
 * not tied to a plan or a level, so those filters do not apply.
 */
@Component
class DistanceTravelledQueries {

    private final JdbcClient jdbc;
    private final ServiceStandings standingsModel;
    private final Clock clock;

    public DistanceTravelledQueries(JdbcClient jdbc, ServiceStandings standingsModel, Clock clock) {
        this.jdbc = jdbc;
        this.standingsModel = standingsModel;
        this.clock = clock;
    }

    /** A service and its journey as at {@code asAt}; {@code observations} counts the effective ones in the period. */
    public record ServiceStanding(long serviceId, long partnershipId, String partnershipName, String name,
                                  long observations, Journey journey) {
    }

    /**
     * {@code partnershipId} null = every partnership. Ordered by partnership name, then service name. Without a
     * period the services' read model answers ({@link ServiceStandings}, one query); with one, the observations do.
     */
    public List<ServiceStanding> standings(Long partnershipId, DashboardFilter filter) {
        if (filter.from() != null || filter.to() != null) {
            return fromObservations(partnershipId, filter);
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> params = new HashMap<>();
        String services = servicesWhere(partnershipId, filter, params);
        String sql = "SELECT t.id, t.partnership_id, p.name, t.name, t.target_stage, t.target_date, s.service_id,"
                + " s.observations, s.baseline_id, s.baseline_stage, s.baseline_on, s.current_id, s.current_stage,"
                + " s.current_on FROM tracked_service t JOIN partnership p ON p.id = t.partnership_id"
                + " LEFT JOIN service_standing s ON s.service_id = t.id WHERE " + services
                + " ORDER BY p.name, t.partnership_id, t.name, t.id";
        List<ModelRow> rows = modelRows(sql, params);
        if (rows.stream().anyMatch(r -> r.standing() == null)) {
            // services never counted (new, or written with plain SQL): count them by the same rule, then read again
            standingsModel.refresh(partnershipId);
            rows = modelRows(sql, params);
        }
        if (rows.stream().anyMatch(r -> r.standing() == null || r.standing().current() != null
                && r.standing().current().observedOn().isAfter(today))) {
            // an observation dated after today (written by a loader, or the clock moved back): only the
            // observations can leave it out as the period rule does
            return fromObservations(partnershipId, filter);
        }
        return rows.stream().map(r -> new ServiceStanding(r.service().id(), r.service().partnershipId(),
                r.service().partnershipName(), r.service().name(), r.standing().observations(),
                Journey.of(r.standing(), r.service().targetStage(), r.service().targetDate(), today))).toList();
    }

    /** {@link #standings} from the observations themselves (a period filter; tests compare the read model with it). */
    public List<ServiceStanding> fromObservations(Long partnershipId, DashboardFilter filter) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asAt = filter.to() != null && filter.to().isBefore(today) ? filter.to() : today;
        Map<String, Object> params = new HashMap<>();
        String services = servicesWhere(partnershipId, filter, params);
        List<ServiceRow> inScope = jdbc.sql("SELECT t.id, t.partnership_id, p.name, t.name, t.target_stage,"
                + " t.target_date FROM tracked_service t JOIN partnership p ON p.id = t.partnership_id WHERE " + services
                + " ORDER BY p.name, t.partnership_id, t.name, t.id").params(params)
                .query((rs, n) -> serviceRow(rs)).list();
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

    /** The services in scope: of the partnership (null: all) and, with a community filter, serving that community. */
    private static String servicesWhere(Long partnershipId, DashboardFilter filter, Map<String, Object> params) {
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
        return services.toString();
    }

    private List<ModelRow> modelRows(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params).query((rs, n) -> {
            ServiceRow service = serviceRow(rs);
            if (rs.getObject(7) == null) {
                return new ModelRow(service, null);
            }
            return new ModelRow(service, ServiceStandings.standing(service.id(), service.partnershipId(), rs.getInt(8),
                    rs.getObject(9, Long.class), rs.getObject(10, Integer.class), localDate(rs.getDate(11)),
                    rs.getObject(12, Long.class), rs.getObject(13, Integer.class), localDate(rs.getDate(14))));
        }).list();
    }

    private static ServiceRow serviceRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ServiceRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getDate(6).toLocalDate());
    }

    private static LocalDate localDate(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private record ModelRow(ServiceRow service, EffectiveObservations.Standing standing) {
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private record ServiceRow(long id, long partnershipId, String partnershipName, String name, int targetStage,
                              LocalDate targetDate) {
    }
}
