package org.cjengage.core.feedback;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cjengage.core.dashboard.DashboardContributor;
import org.cjengage.core.dashboard.DashboardFilter;
import org.cjengage.core.dashboard.DashboardFilterSql;
import org.cjengage.core.dashboard.DashboardScope;
import org.cjengage.core.dashboard.DashboardSection;
import org.cjengage.core.dashboard.SectionCell;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's "feedback from people who took part" section: for each scale question of the questionnaire,
 * the mean of the accepted answers and how many people answered, over the activities in scope and filter. The
 * answers are people's own, so the dashboard discloses both through the policy ({@link SectionCell.People},
 * {@link SectionCell.PeopleAverage}).
 */
@Component
class FeedbackDashboardContributor implements DashboardContributor {

    static final String ID = "participant-feedback";

    private final JdbcClient jdbc;
    private final Questionnaire questionnaire;

    FeedbackDashboardContributor(JdbcClient jdbc, Questionnaire feedbackQuestionnaire) {
        this.jdbc = jdbc;
        this.questionnaire = feedbackQuestionnaire;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public Optional<DashboardSection> section(DashboardScope scope, DashboardFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String sql = "SELECT q.question_code, SUM(q.score) AS total, COUNT(q.score) AS answered FROM feedback_answer q"
                + " JOIN feedback_response r ON r.id = q.response_id JOIN engagement_activity a ON a.id = r.activity_id"
                + " WHERE r.status = 'ACCEPTED' AND q.score IS NOT NULL AND "
                + DashboardFilterSql.where(scope.isNational() ? null : scope.partnershipId(), filter, params)
                + " GROUP BY q.question_code";
        Map<String, long[]> byQuestion = new HashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            byQuestion.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
        });
        if (byQuestion.isEmpty()) {
            return Optional.empty();
        }
        FeedbackStore.Tally tally = new FeedbackStore.Tally(0, byQuestion);
        List<Question> scales = questionnaire.questions().stream().filter(q -> q.kind() == Question.Kind.SCALE).toList();
        List<DashboardSection.Row> rows = scales.stream().map(q -> {
            Double mean = tally.mean(q.code());
            return new DashboardSection.Row(q.text(), List.of(new SectionCell.PeopleAverage(mean == null ? 0 : mean,
                    tally.answered(q.code())), new SectionCell.People(tally.answered(q.code()))));
        }).toList();
        double max = scales.stream().mapToInt(Question::max).max().orElse(5);
        return Optional.of(new DashboardSection(ID, "dashboard.section.feedback.title", DashboardSection.ChartKind.BAR,
                List.of("dashboard.section.feedback.question", "dashboard.section.feedback.mean",
                        "dashboard.section.feedback.answers"), rows, max));
    }
}
