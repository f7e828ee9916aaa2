package org.cjengage.core.plan;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "You said, we did" for the participation statement, from each activity's Review section. The outputs
 * service has already checked the caller's access to the partnership; the query is still limited to it.
 */
@Component
class ReviewOutcomes implements ActivityOutcomeSource {

    private final JdbcClient jdbc;

    ReviewOutcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ActivityOutcome> outcomesOf(long partnershipId, Collection<Long> activityIds) {
        if (activityIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, review_you_said, review_we_did FROM engagement_activity
                        WHERE partnership_id = :partnership AND id IN (:ids)
                          AND (COALESCE(TRIM(review_you_said), '') <> '' OR COALESCE(TRIM(review_we_did), '') <> '')
                        ORDER BY id""")
                .param("partnership", partnershipId)
                .param("ids", activityIds)
                .query((rs, n) -> new ActivityOutcome(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }
}
