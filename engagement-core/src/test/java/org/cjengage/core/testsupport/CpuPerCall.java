package org.cjengage.core.testsupport;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Two ways of doing one thing timed side by side (benchmarks): the calling thread's processor time per call, in
 * alternating rounds after a warm-up, so a change in the machine's load falls on both alike.
 */
public final class CpuPerCall {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int ROUND = 500;

    private CpuPerCall() {
    }

    /** One line per way: microseconds of processor time per call, with the load average before and after. */
    public static String compare(String what, int warmUp, int calls, String before, Supplier<?> old, String after,
                                 Supplier<?> replacement) {
        double loadBefore = load();
        for (int i = 0; i < warmUp; i++) {
            old.get();
            replacement.get();
        }
        long oldNanos = 0;
        long newNanos = 0;
        for (int done = 0; done < calls; done += ROUND) {
            long start = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < ROUND; i++) {
                old.get();
            }
            long middle = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < ROUND; i++) {
                replacement.get();
            }
            long end = THREADS.getCurrentThreadCpuTime();
            oldNanos += middle - start;
            newNanos += end - middle;
        }
        int measured = (calls + ROUND - 1) / ROUND * ROUND;
        return String.format(Locale.ROOT, "%n%s (%d calls each after %d to warm up; load average %.2f before, %.2f after)"
                        + "%n| read | CPU µs per call |%n|---|---|%n| %s | %.1f |%n| %s | %.1f |%n", what, measured,
                warmUp, loadBefore, load(), before, oldNanos / 1e3 / measured, after,
                newNanos / 1e3 / measured);
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
