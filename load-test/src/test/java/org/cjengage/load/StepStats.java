package org.cjengage.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times of each step (a step is every request a person's action causes, e.g. signing in is six requests),
 * per phase, kept in memory and printed as a table at the end of the run: count, errors, p50, p95, p99 (ms).
 */
final class StepStats {

    private static final Map<String, Map<String, List<Long>>> TIMES = new LinkedHashMap<>();
    private static final Map<String, Map<String, Integer>> ERRORS = new LinkedHashMap<>();
    private static final Map<String, long[]> WINDOWS = new LinkedHashMap<>();
    private static final Map<String, String> NOTES = new LinkedHashMap<>();

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

    static synchronized void note(String key, String value) {
        NOTES.put(key, value);
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
}
