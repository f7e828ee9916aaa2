package org.cjengage.core.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cjengage.core.dashboard.DashboardContributor;
import org.cjengage.core.dashboard.DashboardFilter;
import org.cjengage.core.dashboard.DashboardFilterSql;
import org.cjengage.core.dashboard.DashboardScope;
import org.cjengage.core.dashboard.DashboardSection;
import org.cjengage.core.dashboard.SectionCell;
import org.cjengage.core.standards.Framework;
import org.cjengage.core.standards.FrameworkElement;
import org.cjengage.core.standards.StandardsCatalogue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The standards radar on the dashboards: per National Standard, the mean score of the partnership's
 * <em>approved</em> assessments (each assessment's own mean for the standard over its applicable scored
 * indicators, then averaged over assessments, so every assessment weighs the same) and how many assessments
 * are behind it. The dashboard filters apply through the assessed activity. One aggregate query over the
 * summary that {@link AssessmentStandardTotals} keeps per activity and standard (sum of the approved assessments'
 * means and their number), so a national roll-up reads seven rows per assessed activity rather than every
 * indicator score. Without a period or community filter it reads {@code standard_tally} instead, the same sums per
 * plan and level (V2), kept with the plans' read model: a few rows per plan.
 */
@Component
public class StandardsRadarContributor implements DashboardContributor {

    public static final String ID = "standards-radar";

    private final JdbcClient jdbc;
    private final StandardsCatalogue standards;

    public StandardsRadarContributor(JdbcClient jdbc, StandardsCatalogue standards) {
        this.jdbc = jdbc;
        this.standards = standards;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Optional<DashboardSection> section(DashboardScope scope, DashboardFilter filter) {
        Framework framework = standards.nationalStandards();
        Map<String, Object> params = new HashMap<>();
        params.put("framework", framework.id());
        if (!scope.isNational()) {
            params.put("partnershipId", scope.partnershipId());
        }
        String sql;
        if (DashboardFilterSql.readModelServes(filter) && filter.communityCode() == null) {
            // the plans' read model (V2): a few rows per plan and level, whatever the number of activities
            sql = "SELECT t.element_code, SUM(t.mean_sum) / SUM(t.assessments) AS mean_score,"
                    + " SUM(t.assessments) AS assessments FROM standard_tally t WHERE t.framework_id = :framework"
                    + (scope.isNational() ? "" : " AND t.partnership_id = :partnershipId")
                    + tallyPlans(filter, params) + " GROUP BY t.element_code";
        } else {
            // a period or a community: only the assessed activities can say which count
            sql = "SELECT t.element_code, SUM(t.mean_sum) / SUM(t.assessments) AS mean_score,"
                    + " SUM(t.assessments) AS assessments FROM activity_standard_total t"
                    + " JOIN engagement_activity a ON a.id = t.activity_id"
                    + " WHERE t.framework_id = :framework"
                    + (scope.isNational() ? "" : " AND t.partnership_id = :partnershipId")
                    + " AND " + DashboardFilterSql.where(scope.partnershipId(), filter, params)
                    + " GROUP BY t.element_code";
        }
        Map<String, ElementMean> means = jdbc.sql(sql).params(params)
                .query((rs, n) -> new ElementMean(rs.getString(1), rs.getDouble(2), rs.getLong(3))).list().stream()
                .collect(Collectors.toMap(ElementMean::code, Function.identity()));
        if (means.isEmpty()) {
            return Optional.empty();
        }
        List<DashboardSection.Row> rows = framework.elements().stream().map(element -> row(element, means)).toList();
        double max = standards.scaleOf(framework).max();
        return Optional.of(new DashboardSection(ID, "dashboard.section.standards.title", DashboardSection.ChartKind.RADAR,
                List.of("dashboard.section.standards.standard", "dashboard.section.standards.mean",
                        "dashboard.section.standards.assessments"), rows, max));
    }

    /** The plan and level conditions over {@code standard_tally t}. */
    private static String tallyPlans(DashboardFilter filter, Map<String, Object> params) {
        StringBuilder w = new StringBuilder();
        if (filter.planId() != null) {
            w.append(" AND t.plan_id = :planId");
            params.put("planId", filter.planId());
        } else if (filter.currentPlanIds() != null) {
            if (filter.currentPlanIds().isEmpty()) {
                w.append(" AND 1 = 0");
            } else {
                w.append(" AND t.plan_id IN (:currentPlanIds)");
                params.put("currentPlanIds", filter.currentPlanIds());
            }
        }
        if (filter.levelCode() != null) {
            w.append(" AND t.level_code = :levelCode");
            params.put("levelCode", filter.levelCode());
        }
        return w.toString();
    }

    private static DashboardSection.Row row(FrameworkElement element, Map<String, ElementMean> means) {
        ElementMean m = means.get(element.code());
        long basis = m == null ? 0 : m.assessments();
        return new DashboardSection.Row(element.name(),
                List.of(new SectionCell.Average(m == null ? 0 : m.mean(), basis), new SectionCell.Count(basis)));
    }

    private record ElementMean(String code, double mean, long assessments) {
    }
}
