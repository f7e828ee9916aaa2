package org.cjengage.core.scoring;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cjengage.core.demo.DemoContext;
import org.cjengage.core.demo.DemoDataContributor;
import org.cjengage.core.demo.DemoUsers;
import org.cjengage.core.standards.Framework;
import org.cjengage.core.standards.Indicator;
import org.cjengage.core.standards.StandardsCatalogue;
import org.springframework.stereotype.Component;

/**
 * Example assessments on the demo plan: a planning check and a review of the exit questionnaire (the
 * review by two assessors who disagree on one standard), a draft planning check of the co-design
 * workshops, and a third-sector success-factor review of the forum.
 */
@Component
class ScoringDemoData implements DemoDataContributor {

    private final AssessmentRepository assessments;
    private final StandardsCatalogue standards;

    ScoringDemoData(AssessmentRepository assessments, StandardsCatalogue standards) {
        this.assessments = assessments;
        this.standards = standards;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void contribute(DemoContext context) {
        if (context.activityIds().size() < 5) {
            return;
        }
        long staff = context.userIds().get(DemoUsers.STAFF);
        long lead = context.userIds().get(DemoUsers.LEAD);
        long admin = context.userIds().get(DemoUsers.ADMIN);
        Framework national = standards.nationalStandards();
        Framework thirdSector = standards.framework(org.cjengage.core.standards.StandardIds.THIRD_SECTOR_FACTORS);
        long questionnaire = context.activityIds().get(1);
        long workshops = context.activityIds().get(2);
        long forum = context.activityIds().get(4);
        long partnership = context.partnershipId();

        // Exit questionnaire: planning check (approved), then a review by staff and by the strategy lead.
        save(Assessment.start(questionnaire, partnership, staff, national.id(), national.version(), CycleStage.PLANNING_CHECK),
                scores(national, new int[] {3, 2, 4, 3, 3, 2, 0}), lead, true);
        save(Assessment.start(questionnaire, partnership, staff, national.id(), national.version(), CycleStage.REVIEW),
                scores(national, new int[] {4, 3, 4, 4, 5, 4, 4}), admin, true);
        save(Assessment.start(questionnaire, partnership, lead, national.id(), national.version(), CycleStage.REVIEW),
                scores(national, new int[] {4, 3, 5, 4, 3, 4, 2}), null, true);
        // Co-design workshops: a planning check still in draft, half done.
        Assessment draft = Assessment.start(workshops, partnership, staff, national.id(), national.version(),
                CycleStage.PLANNING_CHECK);
        Set<IndicatorScore> partial = new LinkedHashSet<>();
        scores(national, new int[] {5, 4, 5, 0, 0, 0, 0}).stream().filter(s -> !s.isMissing()).forEach(partial::add);
        assessments.save(draft.withScores(partial, national.version()));
        // Third sector forum: reviewed against the success factors.
        save(Assessment.start(forum, partnership, staff, thirdSector.id(), thirdSector.version(), CycleStage.REVIEW),
                scores(thirdSector, new int[] {5, 4, 4, 5, 3, 3, 4, 2, 4}), lead, true);
        // The partnership as a whole, reviewed against the success factors (no activity).
        save(Assessment.startForPartnership(partnership, staff, thirdSector.id(), thirdSector.version(),
                CycleStage.REVIEW), scores(thirdSector, new int[] {4, 4, 3, 5, 4, 3, 4, 3, 3}), lead, true);
    }

    private void save(Assessment start, Set<IndicatorScore> scores, Long approver, boolean submit) {
        Assessment assessment = start.withScores(scores, start.frameworkVersion());
        if (submit) {
            assessment = assessment.submit();
        }
        if (approver != null) {
            assessment = assessment.approve(approver);
        }
        assessments.save(assessment);
    }

    /**
     * Scores every indicator of each element around the element's typical value (0 = leave the element
     * unscored); the last indicator of an element with four or more is marked not applicable.
     */
    private static Set<IndicatorScore> scores(Framework framework, int[] typical) {
        Set<IndicatorScore> result = new LinkedHashSet<>();
        for (int e = 0; e < framework.elements().size(); e++) {
            var element = framework.elements().get(e);
            int base = e < typical.length ? typical[e] : 0;
            List<Indicator> indicators = element.indicators();
            for (int i = 0; i < indicators.size(); i++) {
                String code = indicators.get(i).code();
                if (base == 0) {
                    result.add(new IndicatorScore(element.code(), code, null, false, null));
                } else if (i == indicators.size() - 1 && indicators.size() >= 4) {
                    result.add(IndicatorScore.notApplicable(element.code(), code, "Did not arise for this activity."));
                } else {
                    int value = Math.max(1, Math.min(6, base + (i % 3 == 1 ? 1 : i % 3 == 2 ? -1 : 0)));
                    result.add(IndicatorScore.scored(element.code(), code, value, EVIDENCE[(e + i) % EVIDENCE.length]));
                }
            }
        }
        return result;
    }

    private static final String[] EVIDENCE = {
        "Attendance sheets and the session notes show who took part.",
        "Feedback forms from participants, summarised in the quarterly report.",
        "Minutes of the planning meeting record the agreed purpose.",
        "Interpreter and travel costs were covered; receipts on file.",
        "The follow-up newsletter reported what changed as a result.",
    };
}
