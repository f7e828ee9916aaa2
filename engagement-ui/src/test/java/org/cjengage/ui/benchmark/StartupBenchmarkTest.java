package org.cjengage.ui.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up to first page and to ready: the application started as its own JVM (as {@code java -jar} would, from this
 * test's class path without the test classes), timed from launch until (a) {@code /login} first answers (the plain
 * sign-in page: while the application is not ready, the page saying it is starting, 503), (b) the application is
 * ready ({@code /actuator/health/readiness} answers 200: every start-up task done, demo data included, so a person
 * can sign in) and (c) {@code /login} answers 200 with its form, with the moments its log marks (context, embedded
 * MariaDB, Flyway, Tomcat, Vaadin). Figures before 2026-12-06 timed {@code /login} answering 200 when it was a
 * Vaadin view; (b) is the one comparable with them (both wait for every start-up task). Three starts: a first start on an empty
 * data directory (database installed, migrations, demo data), then restarts on that data with the embedded
 * MariaDB started early (the default) and, as the baseline in the same run, started only when the DataSource
 * is built ({@code cjengage.database.embedded.early-start=false}).
 * <p>
 * Then, on a JDK 25 or newer, the JVM's AOT cache (JEP 483/514/515) as {@code ./cj run} uses it: the class path with
 * this build's class directories packed as jars (the cache takes jars only), a training run on a throw-away database
 * without demo data (started, asked for the sign-in page, a Vaadin page and its health, stopped: the JVM writes the
 * cache as it exits), then restarts on the first start's data alternately without the cache (the baseline, same
 * class path) and with it. Each run with the cache logs the JVM's {@code aot} messages to a file, and the test fails
 * unless the JVM opened the cache and used its linked classes; last, a stale cache (one jar of the class path changed
 * since training) must be ignored with a warning, the JVM starting without it. Prints the figures; docs/benchmarks.md.
 */
@Tag("benchmark")
class StartupBenchmarkTest {

    private static final Duration LIMIT = Duration.ofMinutes(5);
    private static final Pattern TIME = Pattern.compile("^\\S*T(\\d{2}:\\d{2}:\\d{2}\\.\\d{3})");
    private static final Map<String, String> MARKERS = new LinkedHashMap<>();

    static {
        MARKERS.put("Starting EngagementApplication", "JVM up, Spring starting");
        MARKERS.put("Root WebApplicationContext: initialization completed", "web context ready");
        MARKERS.put("Unpacked", "MariaDB binaries unpacked");
        MARKERS.put("Starting up the database", "MariaDB installed, starting");
        MARKERS.put("Database startup complete", "MariaDB running");
        MARKERS.put("Successfully applied", "Flyway migrations applied");
        MARKERS.put("is up to date. No migration necessary", "Flyway: schema up to date");
        MARKERS.put("Vaadin is running in production mode", "Vaadin initialised");
        MARKERS.put("Tomcat started on port", "Tomcat accepting");
        MARKERS.put("Started EngagementApplication", "Spring Boot started");
    }

    /** Restarts with and without the AOT cache, alternating (each round one of each). */
    private static final int AOT_ROUNDS = Integer.getInteger("bench.startup.aotRounds", 2);

    @TempDir
    Path work;

    /** Milliseconds from launch to the sign-in page's first answer, to ready, and to the sign-in form. */
    private record Start(String label, long firstPageMillis, long readyMillis, long formMillis, List<String> marks) {
    }

    @Test
    void startUpToFirstPageIsMeasuredForAFirstStartAndForRestartsWithAndWithoutTheEarlyDatabaseStart()
            throws Exception {
        Path data = work.resolve("data");
        Path base = work.resolve("base");
        List<Start> starts = new ArrayList<>();
        String buildClassPath = buildClassPath();
        starts.add(start("first start, empty data directory", data, base, true, buildClassPath, List.of()));
        starts.add(start("restart, MariaDB started early (default)", data, base, true, buildClassPath, List.of()));
        starts.add(start("restart, MariaDB started with the DataSource (baseline)", data, base, false, buildClassPath,
                List.of()));
        String aotReport = "";
        if (Runtime.version().feature() >= 25) {
            String jarClassPath = jarClassPath(buildClassPath);
            Path cache = work.resolve("app.aot");
            Training training = train(jarClassPath, cache);
            for (int round = 1; round <= AOT_ROUNDS; round++) {
                starts.add(start("restart, jars, no AOT cache (baseline) #" + round, data, base, true, jarClassPath,
                        List.of()));
                Path aotLog = work.resolve("aot-" + round + ".log");
                starts.add(start("restart, jars, AOT cache #" + round, data, base, true, jarClassPath,
                        List.of("-XX:AOTCache=" + cache, "-Xlog:aot=info:file=" + aotLog)));
                assertThat(Files.readString(aotLog)).as("the JVM's aot log of a start with the cache")
                        .contains("Opened AOT cache").contains("Using AOT-linked classes: true")
                        .doesNotContain("[error");
            }
            String stale = staleCacheIsIgnored(jarClassPath, cache);
            aotReport = String.format(Locale.ROOT, "%nAOT cache: %s, %,d kB; training run %.1f s to ready, %.1f s until"
                    + " the cache was written%nStale cache (a jar changed after training): %s%n", cache.getFileName(),
                    Files.size(cache) / 1024, training.readyMillis() / 1000.0, training.totalMillis() / 1000.0, stale);
        } else {
            aotReport = String.format(Locale.ROOT, "%nAOT cache: not measured (JDK %d; it needs 25 or newer)%n",
                    Runtime.version().feature());
        }

        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nStart-up, seconds after launch%n"
                + "  %-60s %12s %12s %12s%n", "", "first page", "ready", "sign-in form"));
        out.append(String.format(Locale.ROOT, "  %-60s %12s %12s %12s%n", "", "(/login any)", "(readiness)",
                "(/login 200)"));
        for (Start start : starts) {
            out.append(String.format(Locale.ROOT, "  %-60s %12.1f %12.1f %12.1f%n", start.label(),
                    start.firstPageMillis() / 1000.0, start.readyMillis() / 1000.0, start.formMillis() / 1000.0));
            start.marks().forEach(m -> out.append("      ").append(m).append(System.lineSeparator()));
        }
        out.append(aotReport);
        System.out.println(out);

        assertThat(starts).allSatisfy(s -> {
            assertThat(s.firstPageMillis()).isPositive();
            assertThat(s.readyMillis()).isGreaterThanOrEqualTo(s.firstPageMillis());
            assertThat(s.formMillis()).isGreaterThanOrEqualTo(s.firstPageMillis());
        });
    }

    /** The training run: milliseconds from launch to ready, and to the JVM's exit (the cache written). */
    private record Training(long readyMillis, long totalMillis) {
    }

    /** This test's class path without the test classes: the build's class directories and the dependencies' jars. */
    private static String buildClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.contains("test-classes") && !e.endsWith("-tests.jar") && !e.contains("surefire"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** The same class path with each class directory packed as a jar (the AOT cache takes jars only). */
    private String jarClassPath(String classPath) throws IOException {
        Path jars = Files.createDirectories(work.resolve("jars"));
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (!Files.isDirectory(path)) {
                entries.add(entry);
                continue;
            }
            Path jar = jars.resolve(entries.size() + "-" + path.getParent().getParent().getFileName() + ".jar");
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                    Stream<Path> files = Files.walk(path)) {
                for (Path file : files.filter(f -> !f.equals(path)).sorted().toList()) {
                    // directories too: Spring finds a package's classes through its directory entry
                    String name = path.relativize(file).toString().replace(File.separatorChar, '/');
                    out.putNextEntry(new JarEntry(Files.isDirectory(file) ? name + "/" : name));
                    if (!Files.isDirectory(file)) {
                        Files.copy(file, out);
                    }
                    out.closeEntry();
                }
            }
            entries.add(jar.toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    /**
     * The training run as {@code ./cj run} makes it: a throw-away database, no demo data; once ready, the sign-in page,
     * a Vaadin page (an unknown feedback link: its 404 page), a redirect and the health; then stopped (SIGTERM), the JVM
     * writing the cache as it exits.
     */
    private Training train(String classPath, Path cache) throws Exception {
        int port = freePort();
        Path log = work.resolve("training.log");
        List<String> command = applicationJava();
        command.addAll(List.of("-XX:AOTCacheOutput=" + cache, "-cp", classPath, "org.cjengage.app.EngagementApplication",
                "--server.address=127.0.0.1", "--server.port=" + port,
                "--cjengage.database.embedded.data-dir=" + work.resolve("training-data"),
                "--cjengage.database.embedded.base-dir=" + work.resolve("training-base"),
                "--cjengage.demo-data.enabled=false", "--spring.main.banner-mode=off"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = launched + LIMIT.toNanos();
            long ready = -1;
            while (ready < 0 && System.nanoTime() < deadline) {
                if (!process.isAlive() || failed(log)) {
                    throw new IllegalStateException("The training run failed: " + tail(log));
                }
                try {
                    if (status(http, port, "/actuator/health/readiness") == 200) {
                        ready = (System.nanoTime() - launched) / 1_000_000;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                process.waitFor(100, TimeUnit.MILLISECONDS);
            }
            assertThat(ready).as("training run ready: " + tail(log)).isPositive();
            assertThat(status(http, port, "/login")).isEqualTo(200);
            assertThat(status(http, port, "/f/training")).isEqualTo(404);
            status(http, port, "/");
            assertThat(status(http, port, "/actuator/health")).isEqualTo(200);
            process.destroy();
            assertThat(process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)).as("training run ended").isTrue();
            long total = (System.nanoTime() - launched) / 1_000_000;
            assertThat(cache).as("AOT cache written: " + tail(log)).isNotEmptyFile();
            return new Training(ready, total);
        } finally {
            if (process.isAlive()) {  // a failed training run: stopped as a start is, so it stops its MariaDB too
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    /**
     * A cache whose class path changed since training (one jar rewritten: its time stamp differs) is not used: the JVM
     * says so and carries on without it. Returns the JVM's words.
     */
    private String staleCacheIsIgnored(String classPath, Path cache) throws Exception {
        Path changed = Path.of(classPath.split(File.pathSeparator)[0]);
        assertThat(changed.startsWith(work)).as("the first class path entry is one of this test's jars").isTrue();
        Files.setLastModifiedTime(changed, FileTime.fromMillis(Files.getLastModifiedTime(changed).toMillis() + 2000));
        Path log = work.resolve("stale.log");
        Process process = new ProcessBuilder(java(), "-XX:AOTCache=" + cache, "-cp", classPath, "-version")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String said = Files.readString(log);
        assertThat(process.exitValue()).as("the JVM runs without the cache: " + said).isZero();
        assertThat(said).contains("[warning][aot]").contains("timestamp has changed").contains("version \"");
        return said.lines().filter(l -> l.contains("[aot]")).findFirst().orElseThrow()
                .replaceAll("^.*\\[aot\\]\\s*", "");
    }

    /**
     * The start of a command line for the application: this JVM's {@code java} with the application's JVM flags as
     * {@code ./cj run} gives them (the module's {@code src/jvm/jvm.flags}); a list the caller adds to.
     */
    private static List<String> applicationJava() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java());
        Files.readAllLines(Path.of("src/jvm/jvm.flags")).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(command::add);
        return command;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private Start start(String label, Path data, Path base, boolean earlyStart, String classPath,
            List<String> jvmFlags) throws Exception {
        int port = freePort();
        Path log = work.resolve("app-" + System.nanoTime() + ".log");
        List<String> command = applicationJava();
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", classPath, "org.cjengage.app.EngagementApplication",
                "--server.address=127.0.0.1", "--server.port=" + port,
                "--cjengage.database.embedded.data-dir=" + data, "--cjengage.database.embedded.base-dir=" + base,
                "--cjengage.database.embedded.recreate-on-start=false",
                "--cjengage.database.embedded.early-start=" + earlyStart,
                "--cjengage.demo-data.enabled=true", "--logging.level.root=INFO", "--spring.main.banner-mode=off"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = launched + LIMIT.toNanos();
            long firstPage = -1;
            long ready = -1;
            long form = -1;
            while (System.nanoTime() < deadline) {
                if (!process.isAlive() || failed(log)) {
                    throw new IllegalStateException("The application failed: " + tail(log));
                }
                try {
                    if (firstPage < 0 || form < 0) {
                        int login = status(http, port, "/login");
                        long at = (System.nanoTime() - launched) / 1_000_000;
                        firstPage = firstPage < 0 ? at : firstPage;
                        form = form < 0 && login == 200 ? at : form;
                    }
                    if (ready < 0 && status(http, port, "/actuator/health/readiness") == 200) {
                        ready = (System.nanoTime() - launched) / 1_000_000;
                    }
                    if (firstPage >= 0 && ready >= 0 && form >= 0) {
                        return new Start(label, firstPage, ready, form, marks(log));
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                process.waitFor(100, TimeUnit.MILLISECONDS);
            }
            throw new IllegalStateException("Not ready within " + LIMIT + ": " + tail(log));
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static int status(HttpClient http, int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The first time each marker appears in the log, in seconds after the log's first line. */
    private static List<String> marks(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        LocalTime first = null;
        Map<String, LocalTime> seen = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher m = TIME.matcher(line);
            if (!m.find()) {
                continue;
            }
            LocalTime at = LocalTime.parse(m.group(1));
            if (first == null) {
                first = at;
            }
            for (Map.Entry<String, String> marker : MARKERS.entrySet()) {
                if (line.contains(marker.getKey())) {
                    seen.putIfAbsent(marker.getValue(), at);
                }
            }
        }
        List<String> result = new ArrayList<>();
        LocalTime origin = first;
        seen.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> result.add(String.format(Locale.ROOT,
                "%6.1f s  %s", Duration.between(origin, e.getValue()).toMillis() / 1000.0, e.getKey())));
        return result;
    }

    /** Whether Spring Boot reported a failed start (the JVM may stay up after it: the embedded MariaDB still runs). */
    private static boolean failed(Path log) throws IOException {
        return Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains("Application run failed");
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
