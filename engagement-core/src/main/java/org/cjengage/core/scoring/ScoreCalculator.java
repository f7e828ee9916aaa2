package org.cjengage.core.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cjengage.core.scoring.AssessmentResult.ElementResult;
import org.cjengage.core.standards.Framework;
import org.cjengage.core.standards.FrameworkElement;
import org.cjengage.core.standards.Indicator;

/**
 * Pure scoring arithmetic, the same for every framework: no framework, element or indicator is named
 * here. Means are of applicable (scored) indicators only; a group with nothing scored has no result.
 */
public final class ScoreCalculator {

    /** Differences smaller than this count as equal (means are fractions of small integers). */
    static final double TOLERANCE = 1e-9;

    private ScoreCalculator() {
    }

    /**
     * Results per element and overall. Elements follow the framework's order; scores stored against an
     * element the current framework data no longer has are kept and shown under their code, so old
     * assessments stay readable.
     */
    public static AssessmentResult results(Framework framework, Collection<IndicatorScore> scores) {
        Map<String, IndicatorScore> byIndicator = scores.stream()
                .collect(Collectors.toMap(IndicatorScore::indicatorCode, Function.identity(), (a, b) -> a));
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Set<String>> indicatorsByElement = new LinkedHashMap<>();
        for (FrameworkElement element : framework.elements()) {
            names.put(element.code(), element.name());
            indicatorsByElement.put(element.code(), element.indicators().stream().map(Indicator::code)
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
        }
        for (IndicatorScore score : scores) {
            names.putIfAbsent(score.elementCode(), score.elementCode());
            indicatorsByElement.computeIfAbsent(score.elementCode(), c -> new LinkedHashSet<>()).add(score.indicatorCode());
        }
        List<ElementResult> elements = new ArrayList<>();
        List<IndicatorScore> all = new ArrayList<>();
        int allMissing = 0;
        for (var entry : indicatorsByElement.entrySet()) {
            List<IndicatorScore> present = new ArrayList<>();
            int missing = 0;
            for (String code : entry.getValue()) {
                IndicatorScore score = byIndicator.get(code);
                if (score == null || score.isMissing()) {
                    missing++;
                } else {
                    present.add(score);
                }
            }
            elements.add(new ElementResult(entry.getKey(), names.get(entry.getKey()), summarise(present, missing)));
            all.addAll(present);
            allMissing += missing;
        }
        return new AssessmentResult(elements, summarise(all, allMissing));
    }

    private static ScoreSummary summarise(List<IndicatorScore> present, int missing) {
        int scored = (int) present.stream().filter(IndicatorScore::isScored).count();
        int notApplicable = present.size() - scored;
        Double mean = scored == 0 ? null
                : present.stream().filter(IndicatorScore::isScored).mapToInt(IndicatorScore::value).average().orElseThrow();
        return new ScoreSummary(mean, scored, notApplicable, missing);
    }

    /**
     * Compares assessors of the same activity and stage per element: each result, their mean and spread,
     * flagged when the spread reaches {@link AssessorComparison#DISAGREEMENT}.
     *
     * @param results each assessor's label with their result, in display order
     */
    public static AssessorComparison compareAssessors(Framework framework, Map<String, AssessmentResult> results) {
        List<String> codes = elementCodes(framework, results.values());
        List<AssessorComparison.Row> rows = new ArrayList<>();
        for (String code : codes) {
            List<Double> per = results.values().stream()
                    .map(r -> r.element(code).map(e -> e.summary().mean()).orElse(null)).toList();
            List<Double> present = per.stream().filter(Objects::nonNull).toList();
            Double mean = present.isEmpty() ? null : present.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            Double spread = present.isEmpty() ? null
                    : present.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                    - present.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            boolean flagged = spread != null && spread >= AssessorComparison.DISAGREEMENT - TOLERANCE;
            rows.add(new AssessorComparison.Row(code, name(framework, results.values(), code), per, mean, spread, flagged));
        }
        return new AssessorComparison(List.copyOf(results.keySet()), rows);
    }

    /**
     * Planning check against review per element. Each side is the assessors' mean for that stage (see
     * {@link #compareAssessors}); pass an empty comparison for a stage with no assessments.
     */
    public static StageComparison compareStages(Framework framework, AssessorComparison planning,
                                                AssessorComparison review) {
        Map<String, AssessorComparison.Row> before = planning.rows().stream()
                .collect(Collectors.toMap(AssessorComparison.Row::code, Function.identity()));
        Map<String, AssessorComparison.Row> after = review.rows().stream()
                .collect(Collectors.toMap(AssessorComparison.Row::code, Function.identity()));
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        framework.elements().forEach(e -> codes.add(e.code()));
        codes.addAll(before.keySet());
        codes.addAll(after.keySet());
        List<StageComparison.Row> rows = new ArrayList<>();
        for (String code : codes) {
            Double p = before.containsKey(code) ? before.get(code).mean() : null;
            Double r = after.containsKey(code) ? after.get(code).mean() : null;
            String name = framework.element(code).map(FrameworkElement::name)
                    .orElse(before.containsKey(code) ? before.get(code).name() : after.containsKey(code) ? after.get(code).name() : code);
            rows.add(new StageComparison.Row(code, name, p, r, change(p, r)));
        }
        return new StageComparison(rows);
    }

    static Change change(Double planning, Double review) {
        if (planning == null || review == null) {
            return Change.NOT_COMPARABLE;
        }
        double difference = review - planning;
        if (Math.abs(difference) < TOLERANCE) {
            return Change.UNCHANGED;
        }
        return difference > 0 ? Change.IMPROVED : Change.FELL;
    }

    private static List<String> elementCodes(Framework framework, Collection<AssessmentResult> results) {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        framework.elements().forEach(e -> codes.add(e.code()));
        results.forEach(r -> r.elements().forEach(e -> codes.add(e.code())));
        return List.copyOf(codes);
    }

    private static String name(Framework framework, Collection<AssessmentResult> results, String code) {
        return framework.element(code).map(FrameworkElement::name).orElseGet(() -> results.stream()
                .flatMap(r -> r.element(code).stream()).map(ElementResult::name).findFirst().orElse(code));
    }
}
