package org.cjengage.core.plan;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What each partnership chose for the column headings of the plan files it imported (table
 * plan_import_column), so that the next file with the same headings opens mapped the same way. No access
 * checks here: only {@link PlanTransferService} calls it, after its own.
 */
@Component
class ImportColumnMemory {

    private final JdbcTemplate jdbc;

    ImportColumnMemory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The remembered target of each heading key of the partnership. */
    Map<String, ColumnTarget> recall(long partnershipId) {
        Map<String, ColumnTarget> targets = new HashMap<>();
        jdbc.query("SELECT heading_key, target FROM plan_import_column WHERE partnership_id = ?",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    String key = rs.getString(1);
                    ColumnTarget.fromStoredName(rs.getString(2)).ifPresent(t -> targets.put(key, t));
                }, partnershipId);
        return targets;
    }

    /** Remembers the target of every mapped or ignored column that has a heading. */
    void remember(long partnershipId, ImportLayout layout) {
        for (ImportLayout.Column column : layout.columns()) {
            String key = PlanFileMapping.headingKey(column.heading());
            if (key.isEmpty() || column.heading().equals(ImportLayout.letters(column.index()))) {
                continue;
            }
            column.target().storedName().ifPresent(target -> jdbc.update(
                    "INSERT INTO plan_import_column (partnership_id, heading_key, target) VALUES (?, ?, ?)"
                            + " ON DUPLICATE KEY UPDATE target = VALUES(target), updated_at = CURRENT_TIMESTAMP(6)",
                    partnershipId, key, target));
        }
    }
}
