package org.cjengage.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.function.Function;

import com.password4j.Argon2Function;
import com.password4j.Password;
import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What one Argon2id hash of the accounts' parameters (16 MiB, 2 iterations, 1 lane, 16-byte salt, 32-byte hash) costs
 * in Bouncy Castle, the implementation the plugin uses (through Spring's {@code defaultsForSpringSecurity_v5_8}),
 * timed beside two others that write the same PHC string: argon2-jvm (the reference C library through JNA) and
 * Password4j (pure Java). Then how many hashes {@link AccountPasswords}, one per processor at a time, gets through
 * per second, and how long a sign-in waits for its turn when the load test's 200 people arrive at 10 a second.
 * Prints the figures and writes them to target/benchmarks/password-hashing.txt. Not part of the normal build (tag
 * "benchmark"); the command is in docs/benchmarks.md.
 */
@Tag("benchmark")
class PasswordHashingBenchmarkTest {

    /** Measured rounds; each times every implementation in turn, so other load on the machine hits all alike. */
    static final int ROUNDS = Integer.getInteger("bench.rounds", 6);
    static final int HASHES_PER_ROUND = Integer.getInteger("bench.hashes", 15);
    static final int WARM_UP = Integer.getInteger("bench.warmUp", 20);
    static final int ARRIVALS_PER_SECOND = 10;
    static final int ARRIVALS = Integer.getInteger("bench.arrivals", 200);

    static final String PASSWORD = "Correct horse battery staple, ünïcödé";

    @Test
    void timesOneHashPerImplementationAndTheSignInQueue() throws Exception {
        Argon2PasswordEncoder bouncyCastle = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        ReusedMemoryArgon2 reused = new ReusedMemoryArgon2(Runtime.getRuntime().availableProcessors());
        Argon2 nativeArgon2 = Argon2Factory.create(Argon2Factory.Argon2Types.ARGON2id, 16, 32);
        Argon2Function password4j = Argon2Function.getInstance(16384, 2, 1, 32,
                com.password4j.types.Argon2.ID, Argon2Function.ARGON2_VERSION_13);
        List<Candidate> candidates = List.of(
                new Candidate("Bouncy Castle 1.87 (Spring encoder)", bouncyCastle::encode, bouncyCastle::matches),
                new Candidate("Bouncy Castle 1.87, work area reused", reused::encode, reused::matches),
                new Candidate("argon2-jvm 2.12 (libargon2, JNA)",
                        p -> nativeArgon2.hash(2, 16384, 1, p.toCharArray()),
                        (p, h) -> nativeArgon2.verify(h, p.toCharArray())),
                new Candidate("Password4j 1.8.4", p -> Password.hash(p).addRandomSalt(16).with(password4j).getResult(),
                        (p, h) -> Password.check(p, h).with(password4j)));

        // The same algorithm and parameters: each one's hash has the same PHC header and verifies with the others.
        for (Candidate c : candidates) {
            String hash = c.encode.apply(PASSWORD);
            assertThat(hash).startsWith("$argon2id$v=19$m=16384,t=2,p=1$");
            assertThat(bouncyCastle.matches(PASSWORD, hash)).as(c.name).isTrue();
            assertThat(c.matches.test(PASSWORD, bouncyCastle.encode(PASSWORD))).as(c.name).isTrue();
            assertThat(c.matches.test(PASSWORD + "!", hash)).as(c.name).isFalse();
        }

        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Argon2id, 16 MiB, t=2, p=1, %d processors; %d warm-up hashes each, then"
                        + " %d rounds x %d checks each, interleaved; load average before: %s",
                Runtime.getRuntime().availableProcessors(), WARM_UP, ROUNDS, HASHES_PER_ROUND, loadAverage()));
        String stored = bouncyCastle.encode(PASSWORD);
        for (Candidate c : candidates) {
            for (int i = 0; i < WARM_UP; i++) {
                c.matches.test(PASSWORD, stored);
            }
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (Candidate c : candidates) {
                c.measure(stored);
            }
        }
        lines.add("one check (what a sign-in computes), ms | wall median | wall p95 | thread CPU median"
                + " | process CPU per check (GC included) | Bouncy Castle's process CPU / this | allocated MB per check"
                + " | young collections per 100 checks");
        double baseline = candidates.getFirst().processCpuPerHashMs();
        for (Candidate c : candidates) {
            lines.add(String.format(Locale.ROOT, "%-36s | %6.1f | %6.1f | %6.1f | %6.1f | %4.2f | %6.2f | %5.1f", c.name,
                    percentile(c.wallNanos, 50), percentile(c.wallNanos, 95), percentile(c.cpuNanos, 50),
                    c.processCpuPerHashMs(), baseline / c.processCpuPerHashMs(), c.allocatedBytes / 1e6 / c.hashes,
                    100.0 * c.collections / c.hashes));
        }

        for (Candidate c : candidates) {
            lines.add(c.name + ", " + saturation(new AccountPasswords(c.asEncoder(),
                    Runtime.getRuntime().availableProcessors()), c.encode.apply(PASSWORD)));
        }
        AccountPasswords passwords = new AccountPasswords();
        String storedWithId = passwords.encode(PASSWORD);
        lines.add("the plugin's (work area reused): " + arrivals(passwords, storedWithId));
        AccountPasswords springs = new AccountPasswords(new org.springframework.security.crypto.password
                .DelegatingPasswordEncoder(AccountPasswords.DEFAULT_ID, java.util.Map.of(AccountPasswords.DEFAULT_ID,
                bouncyCastle)), Runtime.getRuntime().availableProcessors());
        lines.add("baseline, Spring's encoder: " + arrivals(springs, storedWithId));
        lines.add("load average after: " + loadAverage());

        Path report = Path.of("target", "benchmarks", "password-hashing.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, lines);
        lines.forEach(System.out::println);
    }

    /** As many checks as AccountPasswords lets through, with four times as many callers as processors waiting. */
    private static String saturation(AccountPasswords passwords, String stored) throws Exception {
        int callers = 4 * Runtime.getRuntime().availableProcessors();
        int perCaller = Math.max(1, ARRIVALS / callers);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            List<Future<Boolean>> done = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                done.add(pool.submit(() -> {
                    boolean all = true;
                    for (int j = 0; j < perCaller; j++) {
                        all &= passwords.matches(PASSWORD, stored);
                    }
                    return all;
                }));
            }
            for (Future<Boolean> f : done) {
                assertThat(f.get(10, TimeUnit.MINUTES)).isTrue();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            int hashes = callers * perCaller;
            return String.format(Locale.ROOT, "one per processor, saturated (%d callers, %d checks): %.1f checks/s,"
                            + " %.2f processors busy (of %d)", callers, hashes, hashes / seconds, cpuSeconds / seconds,
                    Runtime.getRuntime().availableProcessors());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The load test's ramp: one sign-in every 100 ms; each one's time from arrival to answer, waiting included. */
    private static String arrivals(AccountPasswords passwords, String stored) throws Exception {
        ExecutorService requests = Executors.newFixedThreadPool(ARRIVALS);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        List<Long> answered = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> pending = Collections.synchronizedList(new ArrayList<>());
        try {
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            for (int i = 0; i < ARRIVALS; i++) {
                clock.schedule(() -> pending.add(requests.submit(() -> {
                    long arrived = System.nanoTime();
                    assertThat(passwords.matches(PASSWORD, stored)).isTrue();
                    answered.add(System.nanoTime() - arrived);
                })), i * 1000L / ARRIVALS_PER_SECOND, TimeUnit.MILLISECONDS);
            }
            clock.shutdown();
            assertThat(clock.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
            for (Future<?> f : List.copyOf(pending)) {
                f.get(10, TimeUnit.MINUTES);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            long[] nanos = answered.stream().mapToLong(Long::longValue).toArray();
            return String.format(Locale.ROOT, "%d sign-ins arriving at %d/s through AccountPasswords: answered in"
                            + " median %.1f ms, p95 %.1f ms, max %.1f ms (waiting included); %.2f processors busy"
                            + " on hashing", nanos.length, ARRIVALS_PER_SECOND, percentile(nanos, 50),
                    percentile(nanos, 95), percentile(nanos, 100), cpuSeconds / seconds);
        } finally {
            clock.shutdownNow();
            requests.shutdownNow();
        }
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String loadAverage() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }

    /** One implementation: how it hashes, how it checks, and what its checks took. */
    private static final class Candidate {
        final String name;
        final Function<String, String> encode;
        final BiPredicate<String, String> matches;
        long[] wallNanos = new long[0];
        long[] cpuNanos = new long[0];
        long processCpuNanos;
        long allocatedBytes;
        long collections;
        int hashes;

        Candidate(String name, Function<String, String> encode, BiPredicate<String, String> matches) {
            this.name = name;
            this.encode = encode;
            this.matches = matches;
        }

        void measure(String stored) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long[] wall = new long[HASHES_PER_ROUND];
            long[] cpu = new long[HASHES_PER_ROUND];
            long processStart = processCpuNanos();
            long allocatedStart = ((com.sun.management.ThreadMXBean) threads).getCurrentThreadAllocatedBytes();
            long collectionsStart = collections();
            for (int i = 0; i < HASHES_PER_ROUND; i++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                boolean ok = matches.test(PASSWORD, stored);
                wall[i] = System.nanoTime() - start;
                cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
                assertThat(ok).isTrue();
            }
            processCpuNanos += processCpuNanos() - processStart;
            allocatedBytes += ((com.sun.management.ThreadMXBean) threads).getCurrentThreadAllocatedBytes() - allocatedStart;
            collections += collections() - collectionsStart;
            hashes += HASHES_PER_ROUND;
            wallNanos = concat(wallNanos, wall);
            cpuNanos = concat(cpuNanos, cpu);
        }

        private static long collections() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionCount).sum();
        }

        PasswordEncoder asEncoder() {
            return new PasswordEncoder() {
                @Override
                public String encode(CharSequence rawPassword) {
                    return encode.apply(rawPassword.toString());
                }

                @Override
                public boolean matches(CharSequence rawPassword, String encodedPassword) {
                    return matches.test(rawPassword.toString(), encodedPassword);
                }
            };
        }

        double processCpuPerHashMs() {
            return processCpuNanos / 1e6 / hashes;
        }

        private static long[] concat(long[] a, long[] b) {
            long[] all = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return all;
        }
    }
}
