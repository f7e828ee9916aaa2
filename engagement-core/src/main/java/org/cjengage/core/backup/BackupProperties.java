package org.cjengage.core.backup;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Backups of the application's database (docs/operations.md).
 *
 * @param directory where backup files are written ({@code cjengage-<date>T<time>.sql.gz}); created 0700
 * @param schedule  a Spring cron expression (second minute hour day month weekday) for the scheduled backup,
 *                  e.g. {@code 0 30 2 * * *} for 02:30 every day, in the application's time zone; empty: off
 * @param keep      how many scheduled and manual backup files to keep in the directory (older ones are deleted)
 */
@ConfigurationProperties("cjengage.backup")
public record BackupProperties(Path directory, String schedule, Integer keep) {

    public BackupProperties {
        directory = directory != null ? directory : Path.of("backups");
        schedule = schedule != null ? schedule.strip() : "";
        keep = keep != null ? keep : 14;
        if (keep < 1) {
            throw new IllegalArgumentException("cjengage.backup.keep must be at least 1, is " + keep);
        }
    }
}
