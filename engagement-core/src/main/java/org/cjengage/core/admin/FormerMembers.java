package org.cjengage.core.admin;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who was removed from which partnership (table {@code former_member}), so a partnership's admins still see
 * and can deactivate people they removed. Written and read by {@link UserAdminService} only.
 */
@Component
class FormerMembers {

    private final JdbcClient jdbc;

    FormerMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void removed(long userId, long partnershipId) {
        jdbc.sql("""
                        INSERT INTO former_member (app_user_id, partnership_id) VALUES (:user, :partnership)
                        ON DUPLICATE KEY UPDATE removed_at = CURRENT_TIMESTAMP(6)""")
                .param("user", userId).param("partnership", partnershipId).update();
    }

    void rejoined(long userId, long partnershipId) {
        jdbc.sql("DELETE FROM former_member WHERE app_user_id = :user AND partnership_id = :partnership")
                .param("user", userId).param("partnership", partnershipId).update();
    }

    Set<Long> of(long userId) {
        return new HashSet<>(jdbc.sql("SELECT partnership_id FROM former_member WHERE app_user_id = :user")
                .param("user", userId).query(Long.class).list());
    }

    /** Every user with a former membership: user id to the partnerships they left. */
    Map<Long, Set<Long>> all() {
        Map<Long, Set<Long>> result = new HashMap<>();
        jdbc.sql("SELECT app_user_id, partnership_id FROM former_member").query((rs, n) -> {
            result.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
            return null;
        }).list();
        return result;
    }
}
