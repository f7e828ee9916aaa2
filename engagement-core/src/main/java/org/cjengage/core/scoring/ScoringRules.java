package org.cjengage.core.scoring;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cjengage.core.common.Checks;
import org.cjengage.core.common.Violation;
import org.cjengage.core.standards.Framework;
import org.cjengage.core.standards.Indicator;
import org.cjengage.core.standards.Scale;

/**
 * Checks what an assessor entered against the framework and its scale. Field names are
 * {@code score.<indicator>} and {@code evidence.<indicator>} so a form can mark the exact field.
 */
final class ScoringRules {

    private ScoringRules() {
    }

    static String scoreField(String indicatorCode) {
        return "score." + indicatorCode;
    }

    static String evidenceField(String indicatorCode) {
        return "evidence." + indicatorCode;
    }

    /**
     * Validates and converts the input; on submit, also requires evidence for each scored indicator whose
     * framework entry asks for it (drafts may be incomplete).
     *
     * @throws org.cjengage.core.common.ValidationException listing every problem
     */
    static Set<IndicatorScore> check(Framework framework, Scale scale, List<ScoreInput> inputs, boolean submitting) {
        Checks checks = new Checks();
        Set<String> seen = new HashSet<>();
        Set<IndicatorScore> scores = new LinkedHashSet<>();
        for (ScoreInput input : inputs) {
            String code = input.indicatorCode();
            var indicator = code == null ? java.util.Optional.<Indicator>empty() : framework.indicator(code);
            if (indicator.isEmpty()) {
                checks.add(new Violation("score", "scoring.validation.unknownIndicator",
                        String.valueOf(code)));
                continue;
            }
            if (!seen.add(code)) {
                checks.add(new Violation(scoreField(code), "scoring.validation.duplicate", code));
                continue;
            }
            boolean ok = true;
            if (input.value() != null && input.notApplicable()) {
                checks.add(new Violation(scoreField(code), "scoring.validation.valueAndNotApplicable"));
                ok = false;
            } else if (input.value() != null && !scale.contains(input.value())) {
                checks.add(new Violation(scoreField(code), "scoring.validation.outOfScale",
                        input.value(), scale.min(), scale.max()));
                ok = false;
            }
            checks.text(evidenceField(code), input.evidence(), IndicatorScore.EVIDENCE_MAX);
            boolean noEvidence = input.evidence() == null || input.evidence().isBlank();
            if (submitting && input.value() != null && indicator.get().evidenceRequired() && noEvidence) {
                checks.add(new Violation(evidenceField(code), "scoring.validation.evidenceRequired", code));
            }
            if (ok) {
                String element = framework.elementOf(code).orElseThrow().code();
                scores.add(new IndicatorScore(element, code, input.value(), input.notApplicable(), input.evidence()));
            }
        }
        checks.throwIfAny();
        return scores;
    }
}
