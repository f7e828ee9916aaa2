package org.cjengage.ui.outputs;

import org.cjengage.core.common.PluginPaths;
import org.cjengage.core.outputs.PartnershipPageService;
import org.cjengage.ui.common.PublicPageStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The partnership's public pages ({@code /p/{code}} below the plugin's route prefix, {@code /p/{code}/statement}, {@code /p/{code}/annual-report})
 * answer HTTP 404 on the browser's first request when there is nothing to show (unknown code, unpublished page,
 * nothing published yet); the views show the "page not available" notice ({@link PublicPageUnavailableView}).
 */
@Configuration(proxyBeanMethods = false)
public class PublicPagesStatus {

    @Bean
    PublicPageStatus.PublicPage partnershipPublicPagesStatus(PartnershipPageService pages, PluginPaths paths) {
        return new PublicPageStatus.PublicPage() {
            @Override
            public boolean matches(String path) {
                return paths.isBelow(path, "p/");
            }

            @Override
            public boolean exists(String path) {
                String[] parts = paths.rest(path, "p/").split("/", -1);
                String code = parts[0];
                if (parts.length == 1) {
                    return pages.publicPage(code).isPresent();
                }
                if (parts.length == 2 && parts[1].equals("statement")) {
                    return pages.publicStatement(code).isPresent();
                }
                if (parts.length == 2 && parts[1].equals("annual-report")) {
                    return pages.publicAnnualReport(code).isPresent();
                }
                return false;
            }
        };
    }
}
