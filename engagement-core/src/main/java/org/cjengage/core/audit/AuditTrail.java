package org.cjengage.core.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cjengage.core.audit.AuditEntry.Action;
import org.cjengage.core.audit.AuditEntry.EntityType;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.security.EngagementPrincipal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the data audit trail. Writing joins the caller's transaction (mandatory), so a change
 * and its record commit or roll back together. Reading does no access check: callers check first.
 */
@Component
public class AuditTrail {

    private static final int ROWS_PER_INSERT = 500;
    private static final int VALUE_MAX = 4000;

    private final JdbcTemplate jdbc;
    private final AccessGuard access;

    public AuditTrail(JdbcTemplate jdbc, AccessGuard access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** What one audited record looks like: its partnership, plan, type and id. */
    public record Subject(long partnershipId, Long planId, EntityType type, long id) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void created(Subject subject, String summary) {
        write(List.<Object[]>of(row(subject, Action.CREATED, null, null, summary)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void deleted(Subject subject, String summary) {
        write(List.<Object[]>of(row(subject, Action.DELETED, null, summary, null)));
    }

    /** One entry per field whose text differs between the two field maps (same keys, in order). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(Subject subject, Map<String, String> before, Map<String, String> after) {
        List<Object[]> rows = new ArrayList<>();
        Actor actor = actor();
        after.forEach((field, value) -> {
            String old = before.get(field);
            if (!Objects.equals(old, value)) {
                rows.add(row(actor, subject, Action.CHANGED, field, old, value));
            }
        });
        write(rows);
    }

    /** Many creations at once (import, copy). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void createdAll(List<Subject> subjects, List<String> summaries) {
        List<Object[]> rows = new ArrayList<>(subjects.size());
        Actor actor = actor();
        for (int i = 0; i < subjects.size(); i++) {
            rows.add(row(actor, subjects.get(i), Action.CREATED, null, null, summaries.get(i)));
        }
        write(rows);
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(EntityType type, long entityId, int limit) {
        return jdbc.query("SELECT * FROM audit_entry WHERE entity_type = ? AND entity_id = ?"
                + " ORDER BY occurred_at DESC, id DESC LIMIT ?", (rs, n) -> new AuditEntry(rs.getLong("id"),
                rs.getLong("partnership_id"), rs.getObject("plan_id", Long.class),
                EntityType.valueOf(rs.getString("entity_type")), rs.getLong("entity_id"),
                Action.valueOf(rs.getString("action")), rs.getString("field"), rs.getString("old_value"),
                rs.getString("new_value"), rs.getObject("actor_id", Long.class), rs.getString("actor_name"),
                rs.getTimestamp("occurred_at").toInstant()), type.name(), entityId, limit);
    }

    private Object[] row(Subject s, Action action, String field, String oldValue, String newValue) {
        return row(actor(), s, action, field, oldValue, newValue);
    }

    /** Who acts and when, read once for all the entries of one change (not once per entry). */
    private record Actor(Long userId, String name, Timestamp at) {
    }

    private Actor actor() {
        EngagementPrincipal actor = access.currentUser().orElse(null);
        return new Actor(actor == null ? null : actor.userId(), actor == null ? "system" : actor.displayName(),
                Timestamp.from(Instant.now()));
    }

    private static Object[] row(Actor actor, Subject s, Action action, String field, String oldValue,
                                String newValue) {
        return new Object[] {s.partnershipId(), s.planId(), s.type().name(), s.id(), action.name(), field,
                cut(oldValue), cut(newValue), actor.userId(), actor.name(), actor.at()};
    }

    private void write(List<Object[]> rows) {
        String tuple = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            Object[] args = chunk.stream().flatMap(java.util.Arrays::stream).toArray();
            // nulls bound directly: Spring would otherwise ask MariaDB's driver for each null's type, which
            // prepares the statement on the server once per null
            jdbc.update("INSERT INTO audit_entry (partnership_id, plan_id, entity_type, entity_id, action, field,"
                    + " old_value, new_value, actor_id, actor_name, occurred_at) VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), tuple)), ps -> {
                        for (int i = 0; i < args.length; i++) {
                            if (args[i] == null) {
                                ps.setNull(i + 1, java.sql.Types.NULL);
                            } else {
                                ps.setObject(i + 1, args[i]);
                            }
                        }
                    });
        }
    }

    private static String cut(String value) {
        return value == null || value.length() <= VALUE_MAX ? value : value.substring(0, VALUE_MAX - 1) + "…";
    }
}
