package org.cjengage.core.participation;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cjengage.core.admin.PersonalDataContributor;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.security.PartnershipScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The personal data export's "participationObservations" section: every observation the person recorded,
 * with the service it is about and the evidence they wrote. Only records in partnerships the exporting admin administers are included (a person who
 * moved partnership keeps their old partnership's records out of the new one's reach); the export itself is
 * guarded by
 * {@link org.cjengage.core.admin.PersonalDataService}.
 */
@Component
public class ObservationPersonalData implements PersonalDataContributor {

    private final JdbcClient jdbc;
    private final AccessGuard access;

    public ObservationPersonalData(JdbcClient jdbc, AccessGuard access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Override
    public String section() {
        return "participationObservations";
    }

    @Override
    public List<Map<String, Object>> collect(long userId) {
        PartnershipScope scope = access.requireAdmin();
        return jdbc.sql("""
                SELECT o.id, o.service_id, s.name AS service_name, o.partnership_id, o.observed_on, o.stage,
                       o.scale_id, o.scale_version, o.evidence, o.baseline, o.corrects_id, o.recorded_at
                FROM participation_observation o
                JOIN tracked_service s ON s.id = o.service_id
                WHERE o.recorded_by = :user ORDER BY o.id""")
                .param("user", userId)
                .query((rs, n) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", rs.getLong("id"));
                    row.put("serviceId", rs.getLong("service_id"));
                    row.put("service", rs.getString("service_name"));
                    row.put("partnershipId", rs.getLong("partnership_id"));
                    row.put("observedOn", rs.getDate("observed_on").toLocalDate().toString());
                    row.put("stage", rs.getInt("stage"));
                    row.put("scale", rs.getString("scale_id"));
                    row.put("scaleVersion", rs.getString("scale_version"));
                    row.put("evidence", rs.getString("evidence"));
                    row.put("baseline", rs.getBoolean("baseline"));
                    long corrects = rs.getLong("corrects_id");
                    row.put("correctsId", rs.wasNull() ? null : corrects);
                    Timestamp recorded = rs.getTimestamp("recorded_at");
                    row.put("recordedAt", recorded == null ? null : recorded.toInstant().toString());
                    return row;
                })
                .list().stream().filter(row -> scope.includes((Long) row.get("partnershipId"))).toList();
    }
}
