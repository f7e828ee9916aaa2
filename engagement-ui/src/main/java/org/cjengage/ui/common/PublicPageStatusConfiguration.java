package org.cjengage.ui.common;

import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link PublicPageStatus} for the public pages the features declare. */
@Configuration(proxyBeanMethods = false)
public class PublicPageStatusConfiguration {

    @Bean
    FilterRegistrationBean<PublicPageStatus> cjengagePublicPageStatus(List<PublicPageStatus.PublicPage> pages) {
        FilterRegistrationBean<PublicPageStatus> registration = new FilterRegistrationBean<>(new PublicPageStatus(pages));
        registration.addUrlPatterns("/*");
        registration.setName("cjengagePublicPageStatus");
        return registration;
    }
}
