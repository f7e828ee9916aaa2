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
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
 * is built ({@code cjengage.database.embedded.early-start=false}). Prints the figures; docs/benchmarks.md.
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
        starts.add(start("first start, empty data directory", data, base, true));
        starts.add(start("restart, MariaDB started early (default)", data, base, true));
        starts.add(start("restart, MariaDB started with the DataSource (baseline)", data, base, false));

        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nStart-up, seconds after launch%n"
                + "  %-58s %12s %12s %12s%n", "", "first page", "ready", "sign-in form"));
        out.append(String.format(Locale.ROOT, "  %-58s %12s %12s %12s%n", "", "(/login any)", "(readiness)",
                "(/login 200)"));
        for (Start start : starts) {
            out.append(String.format(Locale.ROOT, "  %-58s %12.1f %12.1f %12.1f%n", start.label(),
                    start.firstPageMillis() / 1000.0, start.readyMillis() / 1000.0, start.formMillis() / 1000.0));
            start.marks().forEach(m -> out.append("      ").append(m).append(System.lineSeparator()));
        }
        System.out.println(out);

        assertThat(starts).allSatisfy(s -> {
            assertThat(s.firstPageMillis()).isPositive();
            assertThat(s.readyMillis()).isGreaterThanOrEqualTo(s.firstPageMillis());
            assertThat(s.formMillis()).isGreaterThanOrEqualTo(s.firstPageMillis());
        });
    }

    private Start start(String label, Path data, Path base, boolean earlyStart) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.contains("test-classes") && !e.endsWith("-tests.jar") && !e.contains("surefire"))
                .collect(Collectors.joining(File.pathSeparator));
        Path log = work.resolve("app-" + System.nanoTime() + ".log");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseG1GC", "-Xmx1g", "-cp", classPath, "org.cjengage.app.EngagementApplication",
                "--server.address=127.0.0.1", "--server.port=" + port,
                "--cjengage.database.embedded.data-dir=" + data, "--cjengage.database.embedded.base-dir=" + base,
                "--cjengage.database.embedded.recreate-on-start=false",
                "--cjengage.database.embedded.early-start=" + earlyStart,
                "--cjengage.demo-data.enabled=true", "--logging.level.root=INFO", "--spring.main.banner-mode=off");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = launched + LIMIT.toNanos();
            long firstPage = -1;
            long ready = -1;
            long form = -1;
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The application stopped: " + tail(log));
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

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
