package org.cjengage.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The feedback store's set-based reads (issue 16): a response's answers come in the order the database sorts their
 * question codes, although the rows are no longer sorted by code in SQL; the annual report's tally counts only the
 * accepted responses received in the period for the activities of the given plans of the partnership.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class FeedbackStoreReadsTest {

    @Autowired FeedbackStore store;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aResponsesAnswersComeInTheOrderTheDatabaseSortsTheirQuestionCodes() {
        // Given an accepted response whose question codes sort differently by the column's collation (case and
        // accents ignored, punctuation first) than by Java's string order, inserted in neither order
        Partnership own = data.partnership();
        EngagementActivity activity = data.activity(data.plan(own.id()), "Drop-in session");
        long response = insertResponse(own.id(), activity.id(), "ACCEPTED", LocalDate.of(2025, 6, 1));
        for (String code : List.of("ze_", "AB", "a1", "A_B", "Zé", "b", "A2", "ABC", "A-B", "Ä")) {
            insertAnswer(response, code, 3);
        }

        // When the partnership's accepted responses are read
        List<FeedbackResponse> read = new ArrayList<>();
        store.eachAcceptedOfPartnership(own.id(), read::add);

        // Then its answers are in the order ORDER BY question_code gives, which is not Java's
        List<String> database = jdbc.queryForList("SELECT question_code FROM feedback_answer WHERE response_id = ?"
                + " ORDER BY question_code", String.class, response);
        assertThat(database).isNotEqualTo(database.stream().sorted().toList());
        assertThat(read).singleElement().satisfies(r ->
                assertThat(r.answers()).extracting(Answer::questionCode).containsExactlyElementsOf(database));
        // And the same when one response is read by its id
        assertThat(store.response(response).orElseThrow().answers()).extracting(Answer::questionCode)
                .containsExactlyElementsOf(database);
    }

    @Test
    void theAnnualReportsTallyCountsTheAcceptedResponsesReceivedInThePeriodForThePlansActivities() {
        // Given two plans of a partnership and one of another partnership, each activity with responses received in
        // and out of the period, accepted and pending
        Partnership own = data.partnership();
        Partnership other = data.partnership();
        ActionPlan reported = data.plan(own.id());
        ActionPlan notReported = data.plan(own.id());
        ActionPlan othersPlan = data.plan(other.id());
        EngagementActivity first = data.activity(reported, "Listening event");
        EngagementActivity second = data.activity(reported, "Survey stall");
        EngagementActivity elsewhere = data.activity(notReported, "Another plan's event");
        EngagementActivity others = data.activity(othersPlan, "Another partnership's event");
        LocalDate from = LocalDate.of(2025, 4, 1);
        LocalDate to = LocalDate.of(2026, 3, 31);
        answered(own.id(), first.id(), "ACCEPTED", from, 4, 2); // first day: counts
        answered(own.id(), first.id(), "ACCEPTED", to, 2, null); // last day: counts, one question unanswered
        answered(own.id(), second.id(), "ACCEPTED", LocalDate.of(2025, 9, 9), 5, 3); // counts
        answered(own.id(), second.id(), "ACCEPTED", from.minusDays(1), 1, 1); // before the period
        answered(own.id(), second.id(), "ACCEPTED", to.plusDays(1), 1, 1); // after the period
        answered(own.id(), second.id(), "PENDING", LocalDate.of(2025, 9, 9), 1, 1); // not moderated
        answered(own.id(), elsewhere.id(), "ACCEPTED", LocalDate.of(2025, 9, 9), 1, 1); // plan not reported
        answered(other.id(), others.id(), "ACCEPTED", LocalDate.of(2025, 9, 9), 1, 1); // another partnership

        // When the tally of the reported plan is read for the period (with the other partnership's plan asked for too)
        FeedbackStore.Tally tally = store.tallyOfPlans(own.id(), List.of(reported.id(), othersPlan.id()), from, to);

        // Then three respondents, and per question the sum and number of the scores given
        assertThat(tally.respondents()).isEqualTo(3);
        assertThat(tally.answered("Q-MEAN-1")).isEqualTo(3);
        assertThat(tally.mean("Q-MEAN-1")).isEqualTo(11.0 / 3);
        assertThat(tally.answered("Q-MEAN-2")).isEqualTo(2);
        assertThat(tally.mean("Q-MEAN-2")).isEqualTo(2.5);
    }

    private void answered(long partnershipId, long activityId, String status, LocalDate received, int first,
                          Integer second) {
        long response = insertResponse(partnershipId, activityId, status, received);
        insertAnswer(response, "Q-MEAN-1", first);
        if (second != null) {
            insertAnswer(response, "Q-MEAN-2", second);
        }
    }

    private long insertResponse(long partnershipId, long activityId, String status, LocalDate received) {
        jdbc.update("INSERT INTO feedback_response (activity_id, partnership_id, questionnaire_id, questionnaire_version,"
                + " received_on, status) VALUES (?, ?, 'test-questionnaire', '1', ?, ?)", activityId, partnershipId,
                received, status);
        return jdbc.queryForObject("SELECT MAX(id) FROM feedback_response WHERE activity_id = ?", Long.class, activityId);
    }

    private void insertAnswer(long response, String code, int score) {
        jdbc.update("INSERT INTO feedback_answer (response_id, question_code, score) VALUES (?, ?, ?)", response, code,
                score);
    }
}
