package org.cjengage.core.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security event log: written on sign-in, account changes and exports; read by admins. Other features
 * call {@link #recordExport} when they let data leave the system. Rows are never changed; they are deleted only
 * when older than the retention period ({@link SecurityHousekeeping}).
 * Reading is limited to admins: a partnership admin sees events of their partnerships and of the users who
 * belong to them; a national admin sees everything (also failed sign-ins with unknown usernames).
 */
@Service
public class SecurityEvents {

    static final int USERNAME_MAX = 100;
    private static final String SELECT = """
            SELECT e.*, u.personal_data_removed_at IS NOT NULL AS user_removed, a.username AS actor_username,
                   a.personal_data_removed_at IS NOT NULL AS actor_removed
            FROM security_event e
            LEFT JOIN app_user u ON u.id = e.user_id
            LEFT JOIN app_user a ON a.id = e.actor_id
            """;
    static final int DETAILS_MAX = 1000;

    private final JdbcClient jdbc;
    private final AccessGuard access;

    public SecurityEvents(JdbcClient jdbc, AccessGuard access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /**
     * Appends an event. Text is cleaned (control characters removed, cut to the column size), since
     * usernames typed at the login form are untrusted input.
     */
    @Transactional
    public void record(SecurityEventType type, Long userId, String username, Long actorId, Long partnershipId,
                       String details) {
        jdbc.sql("""
                        INSERT INTO security_event (occurred_at, event_type, user_id, username, actor_id, partnership_id,
                            details)
                        VALUES (:at, :type, :userId, :username, :actorId, :partnershipId, :details)""")
                // typed, so that a null needs no round trip: an untyped null makes the driver prepare the statement on
                // the server to learn the column's type (docs/benchmarks.md, "processor time per step")
                .param("at", Timestamp.from(Instant.now()), Types.TIMESTAMP).param("type", type.name(), Types.VARCHAR)
                .param("userId", userId, Types.BIGINT).param("username", clean(username, USERNAME_MAX), Types.VARCHAR)
                .param("actorId", actorId, Types.BIGINT).param("partnershipId", partnershipId, Types.BIGINT)
                .param("details", clean(details, DETAILS_MAX), Types.VARCHAR)
                .update();
    }

    /**
     * Records that the signed-in user exported data of a partnership ({@code what} says what, e.g.
     * "action plan 12 as XLSX"). For features with export buttons.
     */
    @Transactional
    public void recordExport(Long partnershipId, String what) {
        EngagementPrincipal user = access.requireUser();
        record(SecurityEventType.EXPORT, user.userId(), user.username(), user.userId(), partnershipId, what);
    }

    /** Events the calling admin may see, newest first. */
    @Transactional(readOnly = true)
    public List<SecurityEvent> search(SecurityEventFilter filter, int offset, int limit) {
        Query q = where(filter, access.requireAdmin());
        q.params.put("limit", Math.max(1, Math.min(limit, 1000)));
        q.params.put("offset", Math.max(0, offset));
        return jdbc.sql(SELECT + q.sql + " ORDER BY e.occurred_at DESC, e.id DESC"
                        + " LIMIT :limit OFFSET :offset")
                .params(q.params).query(SecurityEvents::map).list();
    }

    @Transactional(readOnly = true)
    public long count(SecurityEventFilter filter) {
        Query q = where(filter, access.requireAdmin());
        return jdbc.sql("SELECT COUNT(*) FROM security_event e " + q.sql).params(q.params).query(Long.class).single();
    }

    /** Deletes up to {@code limit} events from before {@code cutoff}; for the retention job, unguarded. */
    int deleteBefore(Instant cutoff, int limit) {
        return jdbc.sql("DELETE FROM security_event WHERE occurred_at < :cutoff LIMIT :limit")
                .param("cutoff", Timestamp.from(cutoff)).param("limit", limit).update();
    }

    private static Query where(SecurityEventFilter f, PartnershipScope scope) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new TreeMap<>();
        if (!scope.all()) {
            clauses.add("(e.partnership_id IN (:scope) OR (e.partnership_id IS NULL AND e.user_id IN "
                    + "(SELECT m.app_user_id FROM membership m WHERE m.partnership_id IN (:scope))))");
            params.put("scope", List.copyOf(scope.ids()));
        }
        if (f.type() != null) {
            clauses.add("e.event_type = :type");
            params.put("type", f.type().name());
        }
        if (f.user() != null && !f.user().isBlank()) {
            clauses.add("e.username LIKE :user ESCAPE '!'");
            params.put("user", "%" + f.user().strip().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (f.userId() != null) {
            clauses.add("(e.user_id = :userId OR e.actor_id = :userId)");
            params.put("userId", f.userId());
        }
        if (f.from() != null) {
            clauses.add("e.occurred_at >= :from");
            params.put("from", Timestamp.from(f.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (f.to() != null) {
            clauses.add("e.occurred_at < :to");
            params.put("to", Timestamp.from(f.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        return new Query(clauses.isEmpty() ? "" : "WHERE " + String.join(" AND ", clauses), params);
    }

    private record Query(String sql, Map<String, Object> params) {
    }

    private static SecurityEvent map(ResultSet rs, int row) throws SQLException {
        return new SecurityEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                SecurityEventType.valueOf(rs.getString("event_type")), rs.getObject("user_id", Long.class),
                rs.getString("username"), rs.getObject("actor_id", Long.class),
                rs.getObject("partnership_id", Long.class), rs.getString("details"), rs.getBoolean("user_removed"),
                rs.getString("actor_username"), rs.getBoolean("actor_removed"));
    }

    static String clean(String text, int max) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replaceAll("[\\p{Cc}\\p{Cf}]", "?");
        return cleaned.length() > max ? cleaned.substring(0, max) : cleaned;
    }
}
