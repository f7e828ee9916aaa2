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
 * stime of {@code /proc/<load.appPid>/stat}, all its threads, garbage collection and compilation included), its embedded
 * database's (the {@code mariadbd} child process, when there is one), this
 * Gatling JVM's own ({@code OperatingSystemMXBean.getProcessCpuTime}) and the whole machine's ({@code /proc/stat}), read
 * at the start and end of each phase and, in the phases with one user at a time, around each step. Printed per phase
 * as application processor milliseconds per step.
 *
 * <p>Processor time is not the same thing on every run: on a virtual machine the same work can take much more
 * processor time when the host is busy (a shared physical core, a lower clock), without any steal time showing.
 * So before each phase, while nothing else of the test runs, a fixed piece of work ({@link #fixedWork}) is timed on
 * one thread: its processor time is the run's yardstick, printed per phase beside the figures ("yardstick ms", lower
 * is a faster machine), so that two runs can be compared. The application's garbage collections and the time they
 * stopped its threads are read with the JDK's jstat at each phase's start and end.
 */
final class CpuProbe {

    /** Linux reports process times in USER_HZ ticks, 100 per second on every architecture the JDK runs on. */
    private static final long MS_PER_TICK = 10;

    record Snapshot(java.time.Instant at, long wallNanos, long appMs, long databaseMs, long gatlingMs, long machineBusyMs,
            long collections, double pausesMs) {
    }

    private static final Map<String, Snapshot> STARTS = new LinkedHashMap<>();
    /** Phase: the yardstick's processor time in ms (the least of {@link #YARDSTICK_ROUNDS}). */
    private static final Map<String, Double> YARDSTICKS = new LinkedHashMap<>();
    private static final int YARDSTICK_ROUNDS = 7;
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
        return available() ? processMs(System.getProperty("load.appPid")) : -1;
    }

    /** utime + stime of a process in ms, or -1. */
    private static long processMs(String pid) {
        String[] rest = statFields(pid);
        // rest[0] is field 3 (state); utime is field 14, stime field 15.
        return rest == null ? -1 : (Long.parseLong(rest[11]) + Long.parseLong(rest[12])) * MS_PER_TICK;
    }

    /** The fields of /proc/<pid>/stat after the command name (which is in parentheses and may contain spaces). */
    private static String[] statFields(String pid) {
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String databasePid;

    /**
     * The embedded database's processor time in ms (the mariadbd process the application started: a child of it,
     * on the same processors, not counted in the application's own figure), or -1 when there is none.
     */
    private static long databaseMs() {
        if (!available()) {
            return -1;
        }
        if (databasePid == null || processMs(databasePid) < 0) {
            databasePid = null;
            String app = System.getProperty("load.appPid");
            try (var procs = Files.list(Path.of("/proc"))) {
                databasePid = procs.map(p -> p.getFileName().toString()).filter(p -> p.chars().allMatch(Character::isDigit))
                        .filter(p -> {
                            String[] f = statFields(p);
                            return f != null && f[1].equals(app) && commandOf(p).startsWith("mariadbd");
                        }).findFirst().orElse(null);
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
        return databasePid == null ? -1 : processMs(databasePid);
    }

    private static String commandOf(String pid) {
        try {
            return Files.readString(Path.of("/proc", pid, "comm")).strip();
        } catch (IOException e) {
            return "";
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

    /** The times now; the collections read (a jstat process) before them at a phase's start, after them at its end. */
    private static Snapshot now(boolean start) {
        double[] gc = start ? collections() : null;
        java.time.Instant at = java.time.Instant.now();
        long wall = System.nanoTime();
        long app = appMs();
        long database = databaseMs();
        long gatling = gatlingMs();
        long machine = machineBusyMs();
        if (gc == null) {
            gc = collections();
        }
        return new Snapshot(at, wall, app, database, gatling, machine, (long) gc[0], gc[1]);
    }

    /**
     * The application's garbage collections so far and the time its threads were stopped for them, in ms (the JDK's
     * jstat: young, full and the pauses of concurrent cycles), or {0, -1} when it cannot be read.
     */
    private static double[] collections() {
        if (!available()) {
            return new double[] {0, -1};
        }
        try {
            Process jstat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), "-gc",
                    System.getProperty("load.appPid")).redirectErrorStream(true).start();
            String[] lines = new String(jstat.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .strip().split("\\R");
            if (!jstat.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) || lines.length < 2) {
                return new double[] {0, -1};
            }
            java.util.List<String> names = java.util.List.of(lines[0].trim().split("\\s+"));
            String[] values = lines[1].trim().split("\\s+");
            double count = 0;
            for (String column : new String[] {"YGC", "FGC", "CGC"}) {
                count += Double.parseDouble(values[names.indexOf(column)]);
            }
            return new double[] {count, Double.parseDouble(values[names.indexOf("GCT")]) * 1000};
        } catch (IOException | RuntimeException e) {
            return new double[] {0, -1};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new double[] {0, -1};
        }
    }

    static synchronized void start(String phase) {
        YARDSTICKS.put(phase, yardstickMs());
        STARTS.put(phase, now(true));
    }

    /**
     * The least processor time of the fixed work on this thread, in ms, after five rounds to warm it up (the least:
     * what the machine can do, with the least of anything else in it).
     */
    static double yardstickMs() {
        var threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 5; i++) {
            fixedWork();
        }
        double[] rounds = new double[YARDSTICK_ROUNDS];
        for (int i = 0; i < rounds.length; i++) {
            long before = threads.getCurrentThreadCpuTime();
            fixedWork();
            rounds[i] = (threads.getCurrentThreadCpuTime() - before) / 1e6;
        }
        return java.util.Arrays.stream(rounds).min().orElseThrow();
    }

    private static final long[] NUMBERS = new java.util.SplittableRandom(16).longs(500_000).toArray();
    private static final long[] SORTED = new long[NUMBERS.length];
    private static final byte[] BYTES = new byte[1 << 20];

    static {
        new java.util.SplittableRandom(9).nextBytes(BYTES);
    }

    /**
     * Always the same work, without allocating (so that neither this JVM's collections nor the kernel's first touch of
     * new memory count in it): sorting half a million numbers, hashing 8 MiB with SHA-256, and a loop of integer
     * arithmetic with branches. Returns a value so that it is not optimised away.
     */
    static long fixedWork() {
        System.arraycopy(NUMBERS, 0, SORTED, 0, NUMBERS.length);
        java.util.Arrays.sort(SORTED);
        long mixed = SORTED[SORTED.length / 2];
        long x = 88_172_645_463_325_252L;
        for (int i = 0; i < 5_000_000; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            mixed += (x & 1) == 0 ? x >>> 3 : -x;
        }
        try {
            var sha = java.security.MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < 8; i++) {
                sha.update(BYTES);
            }
            return mixed + sha.digest()[0];
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized void end(String phase) {
        ENDS.put(phase, now(false));
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
        out.append(String.format(Locale.ROOT, "%-22s %7s %9s %9s %6s %11s %10s %12s %12s %13s %5s %12s%n", "phase (processor time)", "wall s",
                "app CPU s", "app cores", "steps", "app ms/step", "db ms/step", "gatl ms/step", "others cores", "yardstick ms",
                "GCs", "GC pause ms"));
        STARTS.forEach((phase, start) -> {
            Snapshot end = ENDS.get(phase);
            if (end == null) {
                return;
            }
            double wall = (end.wallNanos() - start.wallNanos()) / 1e9;
            long app = end.appMs() - start.appMs();
            long database = end.databaseMs() < 0 || start.databaseMs() < 0 ? 0 : end.databaseMs() - start.databaseMs();
            long gatling = end.gatlingMs() - start.gatlingMs();
            long machine = end.machineBusyMs() - start.machineBusyMs();
            int steps = stepsPerPhase.getOrDefault(phase, 0);
            out.append(String.format(Locale.ROOT, "%-22s %7.1f %9.1f %9.2f %6d %11.1f %10.1f %12.1f %12.2f %13.1f %5d %12.0f%n", phase, wall,
                    app / 1000.0, app / 1000.0 / wall, steps, steps == 0 ? 0.0 : (double) app / steps,
                    steps == 0 ? 0.0 : (double) database / steps, steps == 0 ? 0.0 : (double) gatling / steps,
                    Math.max(0, machine - app - database - gatling) / 1000.0 / wall, YARDSTICKS.getOrDefault(phase, 0.0),
                    end.collections() - start.collections(),
                    start.pausesMs() < 0 || end.pausesMs() < 0 ? -1.0 : end.pausesMs() - start.pausesMs()));
        });
        STARTS.forEach((phase, start) -> {
            Snapshot end = ENDS.get(phase);
            if (end != null) { // to cut a profile (JFR) to a phase
                out.append(String.format(Locale.ROOT, "%s: %s to %s%n", phase,
                        start.at().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                        end.at().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
            }
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
