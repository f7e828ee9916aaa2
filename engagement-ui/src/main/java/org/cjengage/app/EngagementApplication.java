package org.cjengage.app;

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

    public static void main(String[] args) {
        SpringApplication.run(EngagementApplication.class, args);
    }
}
