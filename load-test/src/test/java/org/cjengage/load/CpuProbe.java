package org.cjengage.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Processor time, which hardly depends on what else the machine runs (unlike latencies): the application's (utime +
 * stime of {@code /proc/<load.appPid>/stat}, all its threads, garbage collection and compilation included), this
 * Gatling JVM's own ({@code OperatingSystemMXBean.getProcessCpuTime}) and the whole machine's ({@code /proc/stat}), read
 * at the start and end of each phase and, in the phases with one user at a time, around each step. Printed per phase
 * as application processor milliseconds per step.
 */
final class CpuProbe {

    /** Linux reports process times in USER_HZ ticks, 100 per second on every architecture the JDK runs on. */
    private static final long MS_PER_TICK = 10;

    record Snapshot(long wallNanos, long appMs, long gatlingMs, long machineBusyMs) {
    }

    private static final Map<String, Snapshot> STARTS = new LinkedHashMap<>();
    private static final Map<String, Snapshot> ENDS = new LinkedHashMap<>();
    /** Phase, step: {application ms summed, steps}. */
    private static final Map<String, Map<String, long[]>> PER_STEP = new LinkedHashMap<>();

    private CpuProbe() {
    }

    static boolean available() {
        String pid = System.getProperty("load.appPid", "");
        return !pid.isBlank() && Files.isReadable(Path.of("/proc", pid, "stat"));
    }

    /** The application's processor time so far in ms, or -1 when it cannot be read. */
    static long appMs() {
        if (!available()) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc", System.getProperty("load.appPid"), "stat"));
            // The command name (field 2) is in parentheses and may contain spaces: count fields after the last ')'.
            String[] rest = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            // rest[0] is field 3 (state); utime is field 14, stime field 15.
            return (Long.parseLong(rest[11]) + Long.parseLong(rest[12])) * MS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long gatlingMs() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1_000_000;
        }
        return -1;
    }

    /** Busy time of all processors together in ms (user, nice, system, irq, softirq, steal), or -1. */
    private static long machineBusyMs() {
        try {
            String first = Files.readAllLines(Path.of("/proc/stat")).getFirst();
            String[] f = first.trim().split("\\s+");
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(f[i]);
            }
            return busy * MS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static Snapshot now() {
        return new Snapshot(System.nanoTime(), appMs(), gatlingMs(), machineBusyMs());
    }

    static synchronized void start(String phase) {
        STARTS.put(phase, now());
    }

    static synchronized void end(String phase) {
        ENDS.put(phase, now());
    }

    static synchronized void step(String phase, String step, long appMsBefore, long appMsAfter) {
        if (appMsBefore < 0 || appMsAfter < 0) {
            return;
        }
        long[] sum = PER_STEP.computeIfAbsent(phase, p -> new LinkedHashMap<>()).computeIfAbsent(step, s -> new long[2]);
        sum[0] += appMsAfter - appMsBefore;
        sum[1]++;
    }

    /**
     * Per phase: wall time, the application's processor time (and in cores), per step, this Gatling JVM's per step,
     * and how many cores everything else on the machine used meanwhile; then, for the phases with one user at a time,
     * the application's processor time per step by step.
     */
    static synchronized String table(Map<String, Integer> stepsPerPhase) {
        StringBuilder out = new StringBuilder();
        if (!available() && STARTS.isEmpty()) {
            return "processor time: needs -Dload.appPid" + System.lineSeparator();
        }
        out.append(String.format(Locale.ROOT, "%-22s %7s %9s %9s %6s %11s %11s %12s%n", "phase (processor time)", "wall s",
                "app CPU s", "app cores", "steps", "app ms/step", "gatl ms/step", "others cores"));
        STARTS.forEach((phase, start) -> {
            Snapshot end = ENDS.get(phase);
            if (end == null) {
                return;
            }
            double wall = (end.wallNanos() - start.wallNanos()) / 1e9;
            long app = end.appMs() - start.appMs();
            long gatling = end.gatlingMs() - start.gatlingMs();
            long machine = end.machineBusyMs() - start.machineBusyMs();
            int steps = stepsPerPhase.getOrDefault(phase, 0);
            out.append(String.format(Locale.ROOT, "%-22s %7.1f %9.1f %9.2f %6d %11.1f %11.1f %12.2f%n", phase, wall,
                    app / 1000.0, app / 1000.0 / wall, steps, steps == 0 ? 0.0 : (double) app / steps,
                    steps == 0 ? 0.0 : (double) gatling / steps, Math.max(0, machine - app - gatling) / 1000.0 / wall));
        });
        PER_STEP.forEach((phase, steps) -> {
            out.append(String.format(Locale.ROOT, "app CPU ms per step, %s (one step at a time, 10 ms ticks):", phase));
            steps.forEach((step, sum) -> out.append(String.format(Locale.ROOT, " %s %.0f;", step,
                    (double) sum[0] / sum[1])));
            out.append(System.lineSeparator());
        });
        return out.toString();
    }
}
