package org.cjengage.core.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cjengage.core.db.EmbeddedDatabaseProperties;
import org.cjengage.core.db.EmbeddedMariaDb;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The jar's command line ({@code java -jar app.jar backup | restore FILE}) reads the application's configuration,
 * backs up the running server without stopping it, and answers mistakes with a message and an exit status.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class DatabaseToolTest {

    @Autowired EmbeddedDatabaseProperties shared;
    @TempDir Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void backupWritesTheFileItPrintsAndLeavesTheRunningServerRunning() throws Exception {
        EmbeddedMariaDb server = EmbeddedMariaDb.startOrGet(shared);
        server.ensureDatabase("cj_tool", true);

        int status = run("backup", "--cjengage.database.embedded.data-dir=" + shared.dataDir(),
                "--cjengage.database.embedded.base-dir=" + shared.baseDir(),
                "--cjengage.database.embedded.database=cj_tool", "--cjengage.backup.directory=" + dir);

        assertThat(status).as(text(err)).isZero();
        Path file = Path.of(text(out).strip());
        assertThat(file.getParent()).isEqualTo(dir);
        assertThat(BackupService.BACKUP_FILE.matcher(file.getFileName().toString()).matches()).isTrue();
        assertThat(Files.size(file)).isPositive();
        assertThat(EmbeddedMariaDb.runsInThisJvm(shared.dataDir())).isTrue();
        assertThat(EmbeddedMariaDb.startOrGet(shared)).isSameAs(server);
    }

    @Test
    void aRestoreWithoutAFileOrIntoADataDirectoryInUseIsRefusedWithAMessage() throws Exception {
        Path backup = dir.resolve("cjengage-2026-12-06T071230.sql.gz");
        Files.write(backup, new byte[] {1, 2, 3});

        assertThat(run("restore")).isEqualTo(2);
        assertThat(text(err)).contains("usage");
        assertThat(run("restore", backup.toString(), "--cjengage.database.embedded.data-dir=" + shared.dataDir(),
                "--cjengage.database.embedded.base-dir=" + shared.baseDir())).isEqualTo(1);
        assertThat(text(err)).contains("restore failed", "not a complete");
        assertThat(EmbeddedMariaDb.runsInThisJvm(shared.dataDir())).isTrue();
    }

    private int run(String... args) {
        return DatabaseTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
