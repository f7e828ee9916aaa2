package org.cjengage.core.feedback;

import java.util.List;
import java.util.Map;

import org.cjengage.core.admin.PersonalDataContributor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The only personal data of the feedback feature: which responses a person accepted or rejected, and when.
 * Responses themselves are anonymous.
 */
@Component
class FeedbackPersonalData implements PersonalDataContributor {

    private final JdbcClient jdbc;

    FeedbackPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "feedbackModeration";
    }

    @Override
    public Object collect(long userId) {
        List<Map<String, Object>> rows = jdbc.sql("SELECT id AS response, activity_id AS activity, status, moderated_at"
                + " FROM feedback_response WHERE moderated_by = ? ORDER BY id").param(userId).query().listOfRows();
        return rows.stream().map(r -> Map.of("response", r.get("response"), "activity", r.get("activity"),
                "decision", r.get("status"), "at", String.valueOf(r.get("moderated_at")))).toList();
    }
}
