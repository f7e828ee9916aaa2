package org.cjengage.app;

import org.cjengage.core.backup.DatabaseTool;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;

/**
 * The runnable CJ Engage application: the engagement-ui plugin on its own, with the embedded MariaDB
 * unless {@code spring.datasource.url} points elsewhere.
 */
@SpringBootApplication
@PropertySource("classpath:cjengage-app.properties")
public class EngagementApplication {

    /** Runs the application; {@code backup} and {@code restore FILE} run the backup tool instead (docs/operations.md). */
    public static void main(String[] args) {
        if (DatabaseTool.handles(args)) {
            System.exit(DatabaseTool.run(args, System.out, System.err, "classpath:cjengage-app.properties"));
        }
        SpringApplication.run(EngagementApplication.class, args);
    }
}
