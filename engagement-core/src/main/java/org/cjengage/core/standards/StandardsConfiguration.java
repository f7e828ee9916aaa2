package org.cjengage.core.standards;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads and validates the standards data once, at start-up; invalid data stops the application. */
@Configuration(proxyBeanMethods = false)
public class StandardsConfiguration {

    @Bean
    StandardsCatalogue standardsCatalogue(
            @Value("${cjengage.standards.location:" + StandardsLoader.DEFAULT_LOCATION + "}") String location) {
        return new StandardsLoader().load(location);
    }
}
