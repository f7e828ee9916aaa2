package org.cjengage.ui;

import org.cjengage.core.EngagementCoreAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The CJ Engage web plugin: add engagement-ui to any Spring Boot + Vaadin application and its views,
 * navigation, translations and (unless the host defines its own) security come with it.
 * The package is registered as an auto-configuration package so that Vaadin finds the plugin's routes
 * and layout next to the host application's own.
 */
@AutoConfiguration(after = EngagementCoreAutoConfiguration.class,
        // Boot's Spring Data JDBC repositories read (and so fix) the auto-configuration packages: registered
        // after that, this package would be missing from them, and Vaadin would find none of the plugin's routes.
        beforeName = "org.springframework.boot.data.jdbc.autoconfigure.DataJdbcRepositoriesAutoConfiguration")
@AutoConfigurationPackage(basePackages = "org.cjengage.ui")
@ComponentScan(basePackages = "org.cjengage.ui",
        excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = AutoConfiguration.class))
public class EngagementUiAutoConfiguration {
}
