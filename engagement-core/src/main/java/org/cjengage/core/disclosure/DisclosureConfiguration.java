package org.cjengage.core.disclosure;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one disclosure policy of the application, from {@code cjengage.disclosure.threshold}. */
@Configuration(proxyBeanMethods = false)
class DisclosureConfiguration {

    @Bean
    DisclosurePolicy disclosurePolicy(DisclosureProperties properties) {
        return new DisclosurePolicy(properties.threshold());
    }
}
