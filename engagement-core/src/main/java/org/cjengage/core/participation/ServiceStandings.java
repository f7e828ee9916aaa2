package org.cjengage.core.participation;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the dashboards' read model of distance travelled ({@code service_standing}, V3): per tracked service, the
 * {@link EffectiveObservations.Standing} of its observations (how many count, the baseline and the current one).
 * The row is worked out in Java by {@link EffectiveObservations#standing}, the one home of the rule of which
 * observations count: there is no copy of that rule in SQL.
 *
 * <p>Every observation write calls {@link #lock} before it reads the service's history and {@link #recompute}
 * after its insert, in its own transaction, so the row commits or rolls back with the observation; writers to one
 * service queue on the service's {@code tracked_service} row, and the recount reads the observations with a
 * locking read (the latest committed rows, not the transaction's older snapshot). A service without a row has
 * never been counted (new since V3, or written with plain SQL by a loader): {@link #refresh} counts those, under
 * the same locks, and the dashboards call it before reading. No access checks: callers check.
 */
@Component
public class ServiceStandings {

    private static final int CHUNK = 500;

    private final NamedParameterJdbcTemplate jdbc;

    public ServiceStandings(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the service's lock for the rest of the transaction: call it before reading or adding observations. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(long serviceId) {
        locked(List.of(serviceId));
    }

    /** Counts the service's row again from its observations (after an observation write, under {@link #lock}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recompute(long serviceId) {
        count(locked(List.of(serviceId)));
    }

    /** Counts the given services again (loaders that saved observations without {@link #recompute}, demo data). */
    @Transactional
    public void recomputeAll(Collection<Long> serviceIds) {
        List<Long> sorted = serviceIds.stream().distinct().sorted().toList();
        for (int from = 0; from < sorted.size(); from += CHUNK) {
            count(locked(sorted.subList(from, Math.min(sorted.size(), from + CHUNK))));
        }
    }

    /**
     * Counts every service (of the partnership, or everywhere when null) that has no row yet; returns how many that
     * was. One query when all are counted.
     */
    @Transactional
    public int refresh(Long partnershipId) {
        String sql = "SELECT t.id FROM tracked_service t LEFT JOIN service_standing s ON s.service_id = t.id"
                + " WHERE s.service_id IS NULL";
        Map<String, Object> p = new HashMap<>();
        if (partnershipId != null) {
            sql += " AND t.partnership_id = :partnership";
            p.put("partnership", partnershipId);
        }
        List<Long> uncounted = jdbc.queryForList(sql + " ORDER BY t.id", p, Long.class);
        recomputeAll(uncounted);
        return uncounted.size();
    }

    /** Locks the services' rows in id order; returns each one's partnership, by service id. */
    private Map<Long, Long> locked(List<Long> serviceIds) {
        Map<Long, Long> partnerships = new LinkedHashMap<>();
        jdbc.query("SELECT id, partnership_id FROM tracked_service WHERE id IN (:ids) ORDER BY id FOR UPDATE",
                Map.of("ids", serviceIds), rs -> {
                    partnerships.put(rs.getLong(1), rs.getLong(2));
                });
        return partnerships;
    }

    /** Reads the services' observations (a locking read: the latest committed) and writes their rows. */
    private void count(Map<Long, Long> services) {
        if (services.isEmpty()) {
            return;
        }
        Map<Long, List<Observation>> recorded = new HashMap<>();
        jdbc.query("SELECT id, service_id, partnership_id, observed_on, stage, baseline, corrects_id, recorded_at"
                        + " FROM participation_observation WHERE service_id IN (:ids) LOCK IN SHARE MODE",
                Map.of("ids", services.keySet()), rs -> {
                    Observation o = new Observation(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                            rs.getDate(4).toLocalDate(), rs.getInt(5), null, null, null, rs.getBoolean(6),
                            rs.getObject(7, Long.class), null, instant(rs.getTimestamp(8)), null);
                    recorded.computeIfAbsent(o.serviceId(), k -> new ArrayList<>()).add(o);
                });
        List<SqlParameterSource> rows = new ArrayList<>();
        services.forEach((serviceId, partnershipId) -> {
            EffectiveObservations.Standing s = EffectiveObservations.standing(recorded.getOrDefault(serviceId, List.of()));
            MapSqlParameterSource row = new MapSqlParameterSource()
                    .addValue("service", serviceId, Types.BIGINT)
                    .addValue("partnership", partnershipId, Types.BIGINT)
                    .addValue("observations", s.observations(), Types.INTEGER);
            end(row, "baseline", s.baseline());
            end(row, "current", s.current());
            rows.add(row);
        });
        jdbc.batchUpdate("INSERT INTO service_standing (service_id, partnership_id, observations, baseline_id,"
                + " baseline_stage, baseline_on, current_id, current_stage, current_on) VALUES (:service, :partnership,"
                + " :observations, :baselineId, :baselineStage, :baselineOn, :currentId, :currentStage, :currentOn)"
                + " ON DUPLICATE KEY UPDATE observations = VALUES(observations), baseline_id = VALUES(baseline_id),"
                + " baseline_stage = VALUES(baseline_stage), baseline_on = VALUES(baseline_on),"
                + " current_id = VALUES(current_id), current_stage = VALUES(current_stage),"
                + " current_on = VALUES(current_on)", rows.toArray(SqlParameterSource[]::new));
    }

    /** The id, stage and date of the baseline or current observation, typed so a null needs no server round trip. */
    private static void end(MapSqlParameterSource row, String which, Observation o) {
        row.addValue(which + "Id", o == null ? null : o.id(), Types.BIGINT);
        row.addValue(which + "Stage", o == null ? null : o.stage(), Types.INTEGER);
        row.addValue(which + "On", o == null ? null : Date.valueOf(o.observedOn()), Types.DATE);
    }

    /** The standing a row of {@code service_standing} holds, as {@link EffectiveObservations#standing} made it. */
    static EffectiveObservations.Standing standing(long serviceId, long partnershipId, int observations,
                                                   Long baselineId, Integer baselineStage, LocalDate baselineOn,
                                                   Long currentId, Integer currentStage, LocalDate currentOn) {
        return new EffectiveObservations.Standing(observations,
                end(baselineId, serviceId, partnershipId, baselineStage, baselineOn),
                end(currentId, serviceId, partnershipId, currentStage, currentOn));
    }

    private static Observation end(Long id, long serviceId, long partnershipId, Integer stage, LocalDate on) {
        return id == null ? null : new Observation(id, serviceId, partnershipId, on, stage, null, null, null, false,
                null, null, null, null);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
