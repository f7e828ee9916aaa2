package org.cjengage.core.plan;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cjengage.core.common.Checks;

/**
 * The VOiCE cycle of one activity: Analyse (the issue, who is affected, who else is involved, barriers),
 * Plan (outcomes, indicators, resources, timescale notes), Do (what happened, who took part, how many)
 * and Review (lessons learned, "you said", "we did"). Every part is optional free text.
 */
public record VoiceCycle(String analyseIssue, String analyseAffected, String analyseInvolved, String analyseBarriers,
                         String planOutcomes, String planIndicators, String planResources, String planTimescale,
                         String doWhatHappened, String doWhoTookPart, Integer doParticipants,
                         String reviewLessons, String reviewYouSaid, String reviewWeDid) {

    public static final int TEXT_MAX = 4000;
    public static final int PARTICIPANTS_MAX = 10_000_000;
    public static final VoiceCycle EMPTY = new VoiceCycle(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null);

    public VoiceCycle {
        analyseIssue = blankToNull(analyseIssue);
        analyseAffected = blankToNull(analyseAffected);
        analyseInvolved = blankToNull(analyseInvolved);
        analyseBarriers = blankToNull(analyseBarriers);
        planOutcomes = blankToNull(planOutcomes);
        planIndicators = blankToNull(planIndicators);
        planResources = blankToNull(planResources);
        planTimescale = blankToNull(planTimescale);
        doWhatHappened = blankToNull(doWhatHappened);
        doWhoTookPart = blankToNull(doWhoTookPart);
        reviewLessons = blankToNull(reviewLessons);
        reviewYouSaid = blankToNull(reviewYouSaid);
        reviewWeDid = blankToNull(reviewWeDid);
    }

    /** The text parts by field name, in page order (the participant count is separate). */
    public Map<String, String> texts() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("analyseIssue", analyseIssue);
        m.put("analyseAffected", analyseAffected);
        m.put("analyseInvolved", analyseInvolved);
        m.put("analyseBarriers", analyseBarriers);
        m.put("planOutcomes", planOutcomes);
        m.put("planIndicators", planIndicators);
        m.put("planResources", planResources);
        m.put("planTimescale", planTimescale);
        m.put("doWhatHappened", doWhatHappened);
        m.put("doWhoTookPart", doWhoTookPart);
        m.put("reviewLessons", reviewLessons);
        m.put("reviewYouSaid", reviewYouSaid);
        m.put("reviewWeDid", reviewWeDid);
        return m;
    }

    /** Builds a cycle from field names as returned by {@link #texts()}, plus the participant count. */
    public static VoiceCycle of(Map<String, String> t, Integer participants) {
        return new VoiceCycle(t.get("analyseIssue"), t.get("analyseAffected"), t.get("analyseInvolved"),
                t.get("analyseBarriers"), t.get("planOutcomes"), t.get("planIndicators"), t.get("planResources"),
                t.get("planTimescale"), t.get("doWhatHappened"), t.get("doWhoTookPart"), participants,
                t.get("reviewLessons"), t.get("reviewYouSaid"), t.get("reviewWeDid"));
    }

    /** The Do and Review parts emptied: what a copy of the activity for a new period starts with. */
    public VoiceCycle withoutDelivery() {
        return new VoiceCycle(analyseIssue, analyseAffected, analyseInvolved, analyseBarriers, planOutcomes,
                planIndicators, planResources, planTimescale, null, null, null, null, null, null);
    }

    void check(Checks checks) {
        texts().forEach((field, value) -> checks.text(field, value, TEXT_MAX));
        if (doParticipants != null) {
            checks.that(doParticipants >= 0 && doParticipants <= PARTICIPANTS_MAX, "doParticipants",
                    "validation.participants", PARTICIPANTS_MAX);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
