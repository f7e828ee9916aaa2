package org.example.host;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An application of its own (a community justice hub's notice board) that adds the CJ Engage plugin: the
 * engagement-ui dependency and {@code cjengage.ui.route-prefix=engage} in application.properties. Its own pages
 * keep their own layout, translations, security chain, repository and migrations.
 */
@SpringBootApplication
public class HostApplication {

    public static void main(String[] args) {
        SpringApplication.run(HostApplication.class, args);
    }
}
