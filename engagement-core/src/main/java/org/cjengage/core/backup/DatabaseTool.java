package org.cjengage.core.backup;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.cjengage.core.db.EmbeddedDatabaseProperties;
import org.cjengage.core.db.EmbeddedMariaDb;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The command line of the runnable jar for backups: {@code java -jar app.jar backup} and
 * {@code java -jar app.jar restore FILE}, with the application's own configuration (application.properties,
 * environment variables, {@code --name=value} arguments). Starts no web server, runs no migrations.
 */
public final class DatabaseTool {

    private static final List<String> COMMANDS = List.of("backup", "restore");

    private DatabaseTool() {
    }

    /** True when the first argument is one of this tool's commands. */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /**
     * Runs the command; returns the process exit status (0 done, 1 failed, 2 usage).
     *
     * @param defaults property files of the host application (lowest precedence), e.g.
     *                 {@code classpath:cjengage-app.properties}
     */
    public static int run(String[] args, PrintStream out, PrintStream err, String... defaults) {
        if (!handles(args) || (args[0].equals("restore") && (args.length < 2 || args[1].startsWith("--")))) {
            err.println("usage: backup [--cjengage.backup.directory=DIR] | restore FILE"
                    + " [--cjengage.database.embedded.data-dir=EMPTY_DIR | --spring.datasource.url=... (an empty database)]");
            return 2;
        }
        SpringApplicationBuilder builder = new SpringApplicationBuilder(ToolConfiguration.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("logging.level.root=WARN", "logging.level.org.cjengage=INFO")
                .initializers(context -> {
                    for (String resource : defaults) {
                        try {
                            context.getEnvironment().getPropertySources().addLast(
                                    new ResourcePropertySource(new DefaultResourceLoader().getResource(resource)));
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                });
        EmbeddedDatabaseProperties embedded = null;
        boolean serverRanBefore = false;
        try (ConfigurableApplicationContext context = builder.run(args)) {
            embedded = context.getBean(EmbeddedDatabaseProperties.class);
            serverRanBefore = EmbeddedMariaDb.runsInThisJvm(embedded.dataDir());
            BackupService backups = context.getBean(BackupService.class);
            if (args[0].equals("backup")) {
                out.println(backups.backup());
            } else {
                Path file = Path.of(args[1]);
                backups.restore(file);
                out.println("Restored " + file);
            }
            return 0;
        } catch (RuntimeException e) {
            err.println(args[0] + " failed: " + e.getMessage());
            return 1;
        } finally {
            if (embedded != null && !serverRanBefore) {
                // only a server this command started (never the application's, when run inside it)
                EmbeddedMariaDb.stop(embedded.dataDir());
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Import(BackupConfiguration.class)
    static class ToolConfiguration {
    }
}
