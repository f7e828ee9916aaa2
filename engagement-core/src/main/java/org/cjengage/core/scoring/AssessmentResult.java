package org.cjengage.core.scoring;

import java.util.List;
import java.util.Optional;

/** Results of one assessment: per element (standard, factor, measure) in framework order, and overall. */
public record AssessmentResult(List<ElementResult> elements, ScoreSummary overall) {

    public AssessmentResult {
        elements = List.copyOf(elements);
    }

    public Optional<ElementResult> element(String code) {
        return elements.stream().filter(e -> e.code().equals(code)).findFirst();
    }

    /** @param name the element's name in the current framework data, or its code if the data no longer has it */
    public record ElementResult(String code, String name, ScoreSummary summary) {
    }
}
