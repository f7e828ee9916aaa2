package org.cjengage.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times of each step (a step is every request a person's action causes, e.g. signing in is five requests),
 * per phase, kept in memory and printed as a table at the end of the run: count, errors, p50, p95, p99 (ms).
 */
final class StepStats {

    private static final Map<String, Map<String, List<Long>>> TIMES = new LinkedHashMap<>();
    private static final Map<String, Map<String, Integer>> ERRORS = new LinkedHashMap<>();
    private static final Map<String, long[]> WINDOWS = new LinkedHashMap<>();
    private static final Map<String, String> NOTES = new LinkedHashMap<>();
    /** Phase, step: {characters of the step's Vaadin answers, answers, answers beyond Latin-1, steps}. */
    private static final Map<String, Map<String, long[]>> ANSWERS = new LinkedHashMap<>();

    private StepStats() {
    }

    static synchronized void record(String phase, String step, long millis, boolean failed) {
        TIMES.computeIfAbsent(phase, p -> new LinkedHashMap<>()).computeIfAbsent(step, s -> new ArrayList<>());
        ERRORS.computeIfAbsent(phase, p -> new LinkedHashMap<>()).merge(step, failed ? 1 : 0, Integer::sum);
        if (!failed) {
            TIMES.get(phase).get(step).add(millis);
        }
        long now = System.currentTimeMillis();
        long[] window = WINDOWS.computeIfAbsent(phase, p -> new long[] {now - millis, now});
        window[0] = Math.min(window[0], now - millis);
        window[1] = Math.max(window[1], now);
    }

    /** One step's Vaadin answers (page init, UIDL and grid acknowledgements; not the sign-in page or form). */
    static synchronized void answers(String phase, String step, long chars, long answers, long wide) {
        long[] sum = ANSWERS.computeIfAbsent(phase, p -> new LinkedHashMap<>()).computeIfAbsent(step, s -> new long[4]);
        sum[0] += chars;
        sum[1] += answers;
        sum[2] += wide;
        sum[3]++;
    }

    /**
     * Per phase measured one step at a time: the mean characters of each step's Vaadin answers in thousands, and how
     * many of its answers held a character beyond Latin-1 (kept as UTF-16 by the JVM: twice the memory per copy).
     */
    static synchronized String answersTable() {
        StringBuilder out = new StringBuilder();
        ANSWERS.forEach((phase, steps) -> {
            out.append(String.format(Locale.ROOT, "Vaadin answers per step, %s (thousand characters; answers beyond Latin-1 of all):", phase));
            steps.forEach((step, sum) -> out.append(String.format(Locale.ROOT, " %s %.1f (%d of %d);", step,
                    sum[0] / 1000.0 / sum[3], sum[2], sum[1])));
            out.append(System.lineSeparator());
        });
        return out.toString();
    }

    static synchronized void note(String key, String value) {
        NOTES.put(key, value);
    }

    /** Steps recorded per phase, errors included. */
    static synchronized Map<String, Integer> stepsPerPhase() {
        Map<String, Integer> steps = new LinkedHashMap<>();
        ERRORS.forEach((phase, perStep) -> steps.put(phase, perStep.values().stream().mapToInt(Integer::intValue).sum()
                + TIMES.get(phase).values().stream().mapToInt(List::size).sum()));
        return steps;
    }

    private static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static synchronized String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-22s %-16s %6s %6s %8s %8s %8s%n", "phase", "step", "count", "errors",
                "p50 ms", "p95 ms", "p99 ms"));
        TIMES.forEach((phase, steps) -> {
            int total = 0;
            for (Map.Entry<String, List<Long>> e : steps.entrySet()) {
                List<Long> sorted = new ArrayList<>(e.getValue());
                Collections.sort(sorted);
                int errors = ERRORS.get(phase).get(e.getKey());
                total += sorted.size() + errors;
                out.append(String.format(Locale.ROOT, "%-22s %-16s %6d %6d %8d %8d %8d%n", phase, e.getKey(),
                        sorted.size() + errors, errors, percentile(sorted, 50), percentile(sorted, 95),
                        percentile(sorted, 99)));
            }
            long[] window = WINDOWS.get(phase);
            double seconds = (window[1] - window[0]) / 1000.0;
            out.append(String.format(Locale.ROOT, "%-22s %d steps in %.1f s = %.1f steps/s%n", phase, total, seconds,
                    total / seconds));
        });
        NOTES.forEach((k, v) -> out.append(k).append(": ").append(v).append(System.lineSeparator()));
        return out.toString();
    }

    /**
     * The targets for the user phases (not saturation or memory): no error in any phase, and per step the
     * p95 of the largest phase under twice the p95 of one user, both measured in this run.
     */
    static synchronized String targets(String singlePhase, String largestPhase) {
        StringBuilder out = new StringBuilder();
        int errors = ERRORS.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        out.append(String.format(Locale.ROOT, "Targets: errors in the run: %d (target 0)%n", errors));
        Map<String, List<Long>> single = TIMES.get(singlePhase);
        Map<String, List<Long>> largest = TIMES.get(largestPhase);
        if (single == null || largest == null || singlePhase.equals(largestPhase)) {
            out.append("p95 against one user: needs both phases in one run (-Dload.users=1,...)").append(System.lineSeparator());
            return out.toString();
        }
        out.append(String.format(Locale.ROOT, "%-16s %12s %12s %8s  %s%n", "step", "p95 1 user", "p95 " + largestPhase,
                "ratio", "under 2x"));
        largest.forEach((step, times) -> {
            List<Long> one = new ArrayList<>(single.getOrDefault(step, List.of()));
            List<Long> many = new ArrayList<>(times);
            Collections.sort(one);
            Collections.sort(many);
            long base = percentile(one, 95);
            long loaded = percentile(many, 95);
            if (base <= 0 || loaded < 0) {
                return;
            }
            double ratio = (double) loaded / base;
            out.append(String.format(Locale.ROOT, "%-16s %12d %12d %8.2f  %s%n", step, base, loaded, ratio,
                    ratio < 2 ? "yes" : "no"));
        });
        return out.toString();
    }
}
