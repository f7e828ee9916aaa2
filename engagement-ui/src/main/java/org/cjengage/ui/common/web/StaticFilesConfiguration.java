package org.cjengage.ui.common.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers {@link ImmutableStaticFiles} ahead of every other filter (Spring Security's included). */
@Configuration(proxyBeanMethods = false)
public class StaticFilesConfiguration {

    @Bean
    FilterRegistrationBean<ImmutableStaticFiles> immutableStaticFiles() {
        FilterRegistrationBean<ImmutableStaticFiles> registration = new FilterRegistrationBean<>(new ImmutableStaticFiles());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
