package org.cjengage.core.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.cjengage.core.disclosure.Audience;
import org.cjengage.core.disclosure.DisclosurePolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** SQL of the feedback feature; no access checks here (only {@link FeedbackService} calls it, after its own). */
@Component
class FeedbackStore {

    /**
     * Rows fetched from the server at a time when responses are read with their answers: handed over as they arrive
     * rather than read whole first (the open-data file reads every accepted response of a partnership, issue 16).
     */
    static final int STREAMED_ROWS = 1_000;

    private final JdbcClient jdbc;

    FeedbackStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<FeedbackLink> linkOf(long activityId) {
        return jdbc.sql("SELECT * FROM feedback_link WHERE activity_id = ?").param(activityId)
                .query((rs, n) -> link(rs)).optional();
    }

    Optional<FeedbackLink> linkByToken(String token) {
        return jdbc.sql("SELECT * FROM feedback_link WHERE token = ?").param(token)
                .query((rs, n) -> link(rs)).optional();
    }

    void insertLink(FeedbackLink l) {
        jdbc.sql("INSERT INTO feedback_link (activity_id, partnership_id, token, open, questionnaire_id,"
                        + " questionnaire_version) VALUES (?, ?, ?, ?, ?, ?)")
                .params(l.activityId(), l.partnershipId(), l.token(), l.open(), l.questionnaireId(),
                        l.questionnaireVersion())
                .update();
    }

    /** @return rows changed: 0 when the version no longer matches */
    int setOpen(long activityId, boolean open, int expectedVersion) {
        return jdbc.sql("UPDATE feedback_link SET open = ?, version = version + 1 WHERE activity_id = ? AND version = ?")
                .params(open, activityId, expectedVersion).update();
    }

    long insertResponse(FeedbackLink link, LocalDate receivedOn, List<Answer> answers) {
        return insert(link, receivedOn, answers, ResponseStatus.PENDING);
    }

    /** An accepted response from an open-data import. */
    long insertAccepted(FeedbackLink origin, LocalDate receivedOn, List<Answer> answers) {
        return insert(origin, receivedOn, answers, ResponseStatus.ACCEPTED);
    }

    private long insert(FeedbackLink link, LocalDate receivedOn, List<Answer> answers, ResponseStatus status) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO feedback_response (activity_id, partnership_id, questionnaire_id, questionnaire_version,"
                        + " received_on, status) VALUES (?, ?, ?, ?, ?, ?)")
                .params(link.activityId(), link.partnershipId(), link.questionnaireId(), link.questionnaireVersion(),
                        receivedOn, status.name())
                .update(keys);
        long id = keys.getKey().longValue();
        for (Answer a : answers) {
            jdbc.sql("INSERT INTO feedback_answer (response_id, question_code, score, answer_text, choice_code)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .params(id, a.questionCode(), a.score(), a.text(), a.choiceCode()).update();
        }
        return id;
    }

    Optional<FeedbackResponse> response(long id) {
        return responses("r.id = ?", List.of(id)).stream().findFirst();
    }

    List<FeedbackResponse> responsesOf(long activityId, ResponseStatus status) {
        return responses("r.activity_id = ? AND r.status = ?", List.of(activityId, status.name()));
    }

    /**
     * Accepted responses of a partnership's activities, for open data, handed to {@code each} in id order as they are
     * read (one query; no list of every response is held).
     */
    void eachAcceptedOfPartnership(long partnershipId, Consumer<FeedbackResponse> each) {
        responses("r.partnership_id = ? AND r.status = 'ACCEPTED'", List.of(partnershipId), each);
    }

    private List<FeedbackResponse> responses(String where, List<Object> params) {
        List<FeedbackResponse> out = new ArrayList<>();
        responses(where, params, out::add);
        return out;
    }

    /**
     * The responses matching {@code where} with their answers, in id order, each handed on once its last answer is
     * read, its answers in the order of their question codes as the database orders them (the column's collation).
     * The rows are ordered by response only and each response's few answers are sorted here by the collation's sort
     * key ({@code WEIGHT_STRING}): ordering by the answer's code too made MariaDB copy every joined row, with its
     * 2,000-character text column, into a temporary table and sort it (issue 16: about 150 ms of the server's time for
     * the open-data file's 40,000 answers, against about 70 ms without).
     */
    private void responses(String where, List<Object> params, Consumer<FeedbackResponse> each) {
        ResponseRows rows = new ResponseRows(each);
        jdbc.sql("SELECT r.*, a.question_code, a.score, a.answer_text, a.choice_code,"
                        + " WEIGHT_STRING(a.question_code) AS question_key FROM feedback_response r"
                        + " LEFT JOIN feedback_answer a ON a.response_id = r.id WHERE " + where
                        + " ORDER BY r.id")
                .params(params)
                .withFetchSize(STREAMED_ROWS)
                .query(rows::row);
        rows.finish();
    }

    /** Gathers the joined rows of one response at a time. */
    private static final class ResponseRows {

        private final Consumer<FeedbackResponse> each;
        private FeedbackResponse head;
        private final List<Answer> answers = new ArrayList<>();
        /** Each answer's question code's sort key in the column's collation, beside {@link #answers}. */
        private final List<byte[]> keys = new ArrayList<>();

        ResponseRows(Consumer<FeedbackResponse> each) {
            this.each = each;
        }

        void row(ResultSet rs) throws SQLException {
            long id = rs.getLong("id");
            if (head == null || head.id() != id) {
                finish();
                head = new FeedbackResponse(id, rs.getLong("activity_id"), rs.getLong("partnership_id"),
                        rs.getString("questionnaire_id"), rs.getString("questionnaire_version"),
                        rs.getObject("received_on", LocalDate.class), ResponseStatus.valueOf(rs.getString("status")),
                        List.of(), rs.getInt("version"));
            }
            String code = rs.getString("question_code");
            if (code != null) {
                answers.add(new Answer(code, (Integer) rs.getObject("score", Integer.class), rs.getString("answer_text"),
                        rs.getString("choice_code")));
                keys.add(rs.getBytes("question_key"));
            }
        }

        void finish() {
            if (head != null) {
                FeedbackResponse h = head;
                each.accept(new FeedbackResponse(h.id(), h.activityId(), h.partnershipId(), h.questionnaireId(),
                        h.questionnaireVersion(), h.receivedOn(), h.status(), inQuestionOrder(), h.version()));
                head = null;
                answers.clear();
                keys.clear();
            }
        }

        /**
         * The answers ordered as {@code ORDER BY question_code} orders them: by the collation's sort keys compared as
         * unsigned bytes (a response's codes are distinct in that collation: they are its primary key).
         */
        private List<Answer> inQuestionOrder() {
            int n = answers.size();
            if (n < 2) {
                return answers;
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (x, y) -> java.util.Arrays.compareUnsigned(keys.get(x), keys.get(y)));
            List<Answer> sorted = new ArrayList<>(n);
            for (Integer i : order) {
                sorted.add(answers.get(i));
            }
            return sorted;
        }
    }

    /** @return rows changed: 0 when the response was moderated meanwhile */
    int moderate(long responseId, int expectedVersion, ResponseStatus status, long userId) {
        return jdbc.sql("UPDATE feedback_response SET status = ?, moderated_by = ?, moderated_at = CURRENT_TIMESTAMP(6),"
                        + " version = version + 1 WHERE id = ? AND version = ? AND status = 'PENDING'")
                .params(status.name(), userId, responseId, expectedVersion).update();
    }

    long countPending(Collection<Long> activityIds) {
        if (activityIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT COUNT(*) FROM feedback_response WHERE status = 'PENDING' AND activity_id IN (:ids)")
                .param("ids", activityIds).query(Long.class).single();
    }

    /** Accepted respondents, and per scale question the sum and number of answers, over some activities. */
    Tally tally(Collection<Long> activityIds) {
        return tally(activityIds, LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31));
    }

    /** The same, for responses received from {@code from} to {@code to} (both included). */
    Tally tally(Collection<Long> activityIds, LocalDate from, LocalDate to) {
        if (activityIds.isEmpty()) {
            return new Tally(0, Map.of());
        }
        long respondents = jdbc.sql("SELECT COUNT(*) FROM feedback_response WHERE status = 'ACCEPTED'"
                        + " AND activity_id IN (:ids) AND received_on BETWEEN :from AND :to")
                .param("ids", activityIds).param("from", from).param("to", to).query(Long.class).single();
        Map<String, long[]> byQuestion = new LinkedHashMap<>();
        jdbc.sql("SELECT a.question_code, SUM(a.score) AS total, COUNT(*) AS answered FROM feedback_answer a"
                        + " JOIN feedback_response r ON r.id = a.response_id WHERE r.status = 'ACCEPTED'"
                        + " AND r.activity_id IN (:ids) AND a.score IS NOT NULL AND r.received_on BETWEEN :from AND :to"
                        + " GROUP BY a.question_code")
                .param("ids", activityIds).param("from", from).param("to", to)
                .query(rs -> {
                    byQuestion.put(rs.getString("question_code"), new long[] {rs.getLong("total"), rs.getLong("answered")});
                });
        return new Tally(respondents, byQuestion);
    }

    /**
     * The same over the activities of some plans of a partnership (the annual report's scope), for responses received
     * from {@code from} to {@code to}: joined on the plans, so two queries whatever the number of activities.
     */
    Tally tallyOfPlans(long partnershipId, Collection<Long> planIds, LocalDate from, LocalDate to) {
        if (planIds.isEmpty()) {
            return new Tally(0, Map.of());
        }
        String scope = " JOIN engagement_activity ea ON ea.id = r.activity_id WHERE r.status = 'ACCEPTED'"
                + " AND ea.partnership_id = :partnership AND ea.plan_id IN (:plans) AND r.received_on BETWEEN :from AND :to";
        long respondents = jdbc.sql("SELECT COUNT(*) FROM feedback_response r" + scope)
                .param("partnership", partnershipId).param("plans", planIds).param("from", from).param("to", to)
                .query(Long.class).single();
        Map<String, long[]> byQuestion = new LinkedHashMap<>();
        jdbc.sql("SELECT a.question_code, SUM(a.score) AS total, COUNT(*) AS answered FROM feedback_answer a"
                        + " JOIN feedback_response r ON r.id = a.response_id" + scope + " AND a.score IS NOT NULL"
                        + " GROUP BY a.question_code")
                .param("partnership", partnershipId).param("plans", planIds).param("from", from).param("to", to)
                .query(rs -> {
                    byQuestion.put(rs.getString("question_code"), new long[] {rs.getLong("total"), rs.getLong("answered")});
                });
        return new Tally(respondents, byQuestion);
    }

    /** Pending responses per activity of a partnership, most first. */
    Map<Long, Long> pendingByActivity(long partnershipId) {
        Map<Long, Long> result = new LinkedHashMap<>();
        jdbc.sql("SELECT activity_id, COUNT(*) AS n FROM feedback_response WHERE partnership_id = ? AND status = 'PENDING'"
                        + " GROUP BY activity_id ORDER BY n DESC, activity_id")
                .param(partnershipId).query(rs -> {
                    result.put(rs.getLong("activity_id"), rs.getLong("n"));
                });
        return result;
    }

    /** Open links of a plan's activities, in plan order: activity id, description and token. */
    List<String[]> openLinksOfPlan(long planId) {
        return jdbc.sql("SELECT a.id, a.description, l.token FROM feedback_link l JOIN engagement_activity a"
                        + " ON a.id = l.activity_id WHERE a.plan_id = ? AND l.open ORDER BY a.id")
                .param(planId).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
    }

    /** The partnership's name and the activity's description behind an open link, for the public form. */
    Optional<String[]> publicContext(String token) {
        return jdbc.sql("SELECT p.name, a.description FROM feedback_link l JOIN engagement_activity a ON a.id = l.activity_id"
                        + " JOIN partnership p ON p.id = l.partnership_id WHERE l.token = ? AND l.open")
                .param(token).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
    }

    record Tally(long respondents, Map<String, long[]> sumAndCountByQuestion) {

        /** How many people answered the question. */
        long answered(String questionCode) {
            return sumAndCountByQuestion.getOrDefault(questionCode, new long[] {0, 0})[1];
        }

        /** The mean of the answers to the question; null when nobody answered it. */
        Double mean(String questionCode) {
            long[] sumCount = sumAndCountByQuestion.getOrDefault(questionCode, new long[] {0, 0});
            return sumCount[1] == 0 ? null : (double) sumCount[0] / sumCount[1];
        }

        /** The mean as {@code audience} may see it ({@link DisclosurePolicy#peopleMean}); null when nobody answered. */
        Double mean(String questionCode, DisclosurePolicy disclosure, Audience audience) {
            Double mean = mean(questionCode);
            return mean == null ? null : disclosure.peopleMean(mean, answered(questionCode), audience);
        }
    }

    private static FeedbackLink link(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new FeedbackLink(rs.getLong("activity_id"), rs.getLong("partnership_id"), rs.getString("token"),
                rs.getBoolean("open"), rs.getString("questionnaire_id"), rs.getString("questionnaire_version"),
                rs.getInt("version"));
    }
}
