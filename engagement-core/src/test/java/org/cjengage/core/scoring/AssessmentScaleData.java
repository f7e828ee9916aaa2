package org.cjengage.core.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.cjengage.core.dashboard.NationalScaleData;
import org.cjengage.core.standards.Framework;
import org.cjengage.core.standards.FrameworkElement;
import org.cjengage.core.testsupport.TestData;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark data for the standards radar: three national-standards assessments per generated activity (by three
 * assessors), about five in six approved and the rest submitted, each scoring {@value #INDICATORS_PER_STANDARD}
 * indicators per standard from 1 to 6 with the odd "not applicable".
 */
public class AssessmentScaleData implements NationalScaleData.Part {

    public static final int ASSESSMENTS_PER_ACTIVITY = 3;
    public static final int INDICATORS_PER_STANDARD = 2;

    private final Framework framework;
    private long[] assessors;

    public AssessmentScaleData(Framework framework) {
        this.framework = framework;
    }

    @Override
    public void generate(NationalScaleData.GeneratedPartnership partnership, JdbcTemplate jdbc, Random random) {
        if (assessors == null) {
            assessors = new long[ASSESSMENTS_PER_ACTIVITY];
            for (int i = 0; i < assessors.length; i++) {
                String name = TestData.unique("bench-assessor").toLowerCase();
                jdbc.update("INSERT INTO app_user (username, display_name) VALUES (?, ?)", name, name);
                assessors[i] = jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, name);
            }
        }
        List<Object[]> rows = new ArrayList<>();
        for (long activity : partnership.activityIds()) {
            for (long assessor : assessors) {
                rows.add(new Object[] {activity, partnership.partnershipId(), assessor, framework.id(),
                        framework.version(), random.nextInt(6) == 0 ? "SUBMITTED" : "APPROVED"});
            }
        }
        jdbc.batchUpdate("INSERT INTO assessment (activity_id, partnership_id, assessor_id, framework_id,"
                + " framework_version, stage, status) VALUES (?, ?, ?, ?, ?, 'PLANNING_CHECK', ?)", rows);
        List<Long> ids = jdbc.queryForList("SELECT id FROM assessment WHERE partnership_id = ? ORDER BY id", Long.class,
                partnership.partnershipId());
        List<Object[]> scores = new ArrayList<>();
        for (long id : ids) {
            for (FrameworkElement element : framework.elements()) {
                for (int i = 0; i < Math.min(INDICATORS_PER_STANDARD, element.indicators().size()); i++) {
                    boolean notApplicable = random.nextInt(20) == 0;
                    scores.add(new Object[] {id, element.code(), element.indicators().get(i).code(),
                            notApplicable ? null : 1 + random.nextInt(6), notApplicable});
                }
            }
        }
        jdbc.batchUpdate("INSERT INTO assessment_score (assessment_id, element_code, indicator_code, score_value,"
                + " not_applicable) VALUES (?, ?, ?, ?, ?)", scores);
        new AssessmentStandardTotals(jdbc).refreshPartnership(partnership.partnershipId());
    }
}
