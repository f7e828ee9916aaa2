package org.cjengage.core.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a mariadbd already running on a data directory and tells whether the process that started it is
 * still alive. After a {@code kill -9} of the application its server keeps running and holding the data
 * directory ("Unable to lock ./ibdata1"); such a stale server is stopped, first with SIGTERM (a clean InnoDB
 * shutdown), then forcibly.
 */
final class ServerProcesses {

    private static final Logger LOG = LoggerFactory.getLogger(ServerProcesses.class);
    private static final Duration GRACEFUL = Duration.ofSeconds(60);
    private static final Duration FORCED = Duration.ofSeconds(15);

    /** A mariadbd of this data directory: its pid, its TCP port and whether its owner process is alive. */
    record Running(long pid, OptionalInt port, boolean ownerAlive, Optional<Long> ownerPid) {
    }

    private ServerProcesses() {
    }

    /** The server running on this layout's data directory, if its pid file names a live mariadbd of it. */
    static Optional<Running> find(EmbeddedLayout layout) {
        for (Path pidFile : pidFiles(layout)) {
            Optional<Running> running = readPid(pidFile).flatMap(pid -> inspect(pid, layout));
            if (running.isPresent()) {
                return running;
            }
        }
        return Optional.empty();
    }

    /** Our pid file, then the ones a server started by an earlier version left in the data directory. */
    private static List<Path> pidFiles(EmbeddedLayout layout) {
        List<Path> files = new ArrayList<>();
        files.add(layout.pidFile());
        if (Files.isDirectory(layout.dataDir())) {
            try (DirectoryStream<Path> legacy = Files.newDirectoryStream(layout.dataDir(), "*.pid")) {
                legacy.forEach(files::add);
            } catch (IOException e) {
                LOG.debug("Cannot list pid files in {}", layout.dataDir(), e);
            }
        }
        return files;
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(Files.readString(pidFile).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Running> inspect(long pid, EmbeddedLayout layout) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return Optional.empty();
        }
        List<String> args = commandLine(pid);
        if (args.isEmpty() || !Path.of(args.getFirst()).getFileName().toString().equals("mariadbd")
                || !servesDataDir(args, layout.dataDir())) {
            return Optional.empty();
        }
        OptionalInt port = args.stream().filter(a -> a.startsWith("--port="))
                .mapToInt(a -> Integer.parseInt(a.substring("--port=".length()))).findFirst();
        Optional<Long> owner = liveOwner(layout, process.get());
        return Optional.of(new Running(pid, port, owner.isPresent(), owner));
    }

    private static boolean servesDataDir(List<String> args, Path dataDir) {
        Path wanted = canonical(dataDir);
        return args.stream().filter(a -> a.startsWith("--datadir="))
                .map(a -> canonical(Path.of(a.substring("--datadir=".length()))))
                .anyMatch(wanted::equals);
    }

    private static Path canonical(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** The arguments of a process as the kernel reports them (Linux /proc); empty when unreadable. */
    private static List<String> commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            String text = new String(raw, StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\0")).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * The live process that started this server: the one the owner file names, when it still runs with the
     * recorded start time; without an owner file (a server started by an earlier version), its parent when
     * that is a Java process (an orphaned server's parent is init or a subreaper).
     */
    private static Optional<Long> liveOwner(EmbeddedLayout layout, ProcessHandle server) {
        try {
            if (Files.isRegularFile(layout.ownerFile())) {
                String[] owner = Files.readString(layout.ownerFile()).strip().split(" ");
                long pid = Long.parseLong(owner[0]);
                long started = Long.parseLong(owner[1]);
                return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                        .filter(p -> p.info().startInstant().map(Instant::toEpochMilli).orElse(-1L) == started)
                        .map(ProcessHandle::pid);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Unreadable owner file {}", layout.ownerFile(), e);
        }
        return server.parent().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> Path.of(c).getFileName().toString().startsWith("java"))
                        .orElse(false))
                .map(ProcessHandle::pid);
    }

    /** Records this JVM as the owner of the server it has just started. */
    static void recordOwner(EmbeddedLayout layout) throws IOException {
        ProcessHandle self = ProcessHandle.current();
        long started = self.info().startInstant().map(Instant::toEpochMilli).orElse(-1L);
        EmbeddedLayout.writePrivate(layout.ownerFile(), self.pid() + " " + started + "\n");
    }

    /** Stops a stale server: SIGTERM and up to a minute for a clean shutdown, then SIGKILL. */
    static void stop(Running stale, Path dataDir) {
        ProcessHandle process = ProcessHandle.of(stale.pid()).orElse(null);
        if (process == null || !process.isAlive()) {
            return;
        }
        LOG.warn("A MariaDB server (pid {}) left running by an application that ended is holding {}; stopping it",
                stale.pid(), dataDir);
        process.destroy();
        if (!waitForExit(process, GRACEFUL)) {
            LOG.warn("The stale MariaDB server (pid {}) did not stop within {} s; killing it", stale.pid(),
                    GRACEFUL.toSeconds());
            process.destroyForcibly();
            if (!waitForExit(process, FORCED)) {
                throw new IllegalStateException("Cannot stop the stale MariaDB server (pid " + stale.pid()
                        + ") holding " + dataDir);
            }
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
