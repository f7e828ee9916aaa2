package org.cjengage.core.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cjengage.core.outputs.AnnualReportBuilder;
import org.cjengage.core.outputs.StandardsResultsSource;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.standards.Framework;
import org.cjengage.core.standards.FrameworkElement;
import org.cjengage.core.standards.Scale;
import org.cjengage.core.standards.ScalePoint;
import org.cjengage.core.standards.StandardIds;
import org.cjengage.core.standards.StandardsCatalogue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual report's standards results from approved assessments. An assessment counts in a year when its
 * activity does (actual dates, else planned dates, overlap the year: {@link AnnualReportBuilder#inPeriod}).
 * Per standard (framework element): how many approved assessments gave it a score or "not applicable", and
 * the mean of those assessments' element means (each assessment weighs the same). Elements of the national
 * standards are labelled by name; those of other frameworks by "framework title: element name".
 */
@Component
@Transactional(readOnly = true)
public class ScoringStandardsResults implements StandardsResultsSource {

    private final AssessmentReader reader;
    private final StandardsCatalogue standards;
    private final AccessGuard access;

    ScoringStandardsResults(AssessmentReader reader, StandardsCatalogue standards, AccessGuard access) {
        this.reader = reader;
        this.standards = standards;
        this.access = access;
    }

    @Override
    public List<StandardResult> results(long partnershipId, LocalDate from, LocalDate to) {
        access.requireMember(partnershipId);
        List<Framework> frameworks = orderedFrameworks();
        Map<String, Framework> byId = new HashMap<>();
        frameworks.forEach(f -> byId.put(f.id(), f));
        // each approved assessment of the year's activities (the period rule in SQL) is scored as it is read, in id
        // order, by the one rule (ScoreCalculator); only its result is kept (issue 16)
        Map<String, List<AssessmentResult>> byFramework = new HashMap<>();
        reader.eachApprovedOfActivitiesIn(partnershipId, from, to, (frameworkId, scores) -> {
            Framework framework = byId.get(frameworkId);
            if (framework != null) {
                byFramework.computeIfAbsent(frameworkId, k -> new ArrayList<>())
                        .add(ScoreCalculator.results(framework, scores));
            }
        });
        List<StandardResult> rows = new ArrayList<>();
        for (Framework framework : frameworks) {
            List<AssessmentResult> results = byFramework.getOrDefault(framework.id(), List.of());
            if (results.isEmpty()) {
                continue;
            }
            Scale scale = standards.scaleOf(framework);
            for (FrameworkElement element : framework.elements()) {
                int assessed = 0;
                List<Double> means = new ArrayList<>();
                for (AssessmentResult result : results) {
                    Optional<ScoreSummary> summary = result.element(element.code()).map(AssessmentResult.ElementResult::summary);
                    if (summary.isPresent() && summary.get().scored() + summary.get().notApplicable() > 0) {
                        assessed++;
                        if (summary.get().mean() != null) {
                            means.add(summary.get().mean());
                        }
                    }
                }
                if (assessed == 0) {
                    continue;
                }
                Double average = means.isEmpty() ? null : means.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                String label = StandardIds.NATIONAL_STANDARDS.equals(framework.id()) ? element.name()
                        : framework.title() + ": " + element.name();
                rows.add(new StandardResult(label, assessed, average, average == null ? "" : nearest(scale, average)));
            }
        }
        return rows;
    }

    /** National standards first, then the other frameworks in catalogue order. */
    private List<Framework> orderedFrameworks() {
        List<Framework> ordered = new ArrayList<>();
        standards.frameworks().stream().filter(f -> StandardIds.NATIONAL_STANDARDS.equals(f.id())).forEach(ordered::add);
        standards.frameworks().stream().filter(f -> !StandardIds.NATIONAL_STANDARDS.equals(f.id())).forEach(ordered::add);
        return ordered;
    }

    /** The label of the scale point nearest the average (halves round up). */
    static String nearest(Scale scale, double average) {
        long rounded = Math.round(average);
        return scale.point((int) Math.clamp(rounded, scale.min(), scale.max())).map(ScalePoint::label).orElse("");
    }
}
