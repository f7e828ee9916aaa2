package org.cjengage.ui.outputs;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;

import org.cjengage.ui.layout.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class OutputsNavigation {

    @Bean
    NavEntry statementNavEntry() {
        return new NavEntry(60, "nav.outputs.statement", StatementView.class, VaadinIcon.FILE_TEXT_O, Set.of());
    }

    @Bean
    NavEntry annualReportNavEntry() {
        return new NavEntry(61, "nav.outputs.annualReport", AnnualReportView.class, VaadinIcon.BOOK, Set.of());
    }

    @Bean
    NavEntry partnershipPageNavEntry() {
        return new NavEntry(62, "nav.outputs.partnershipPage", PartnershipPageView.class, VaadinIcon.INFO_CIRCLE_O,
                Set.of());
    }

    @Bean
    NavEntry openDataNavEntry() {
        return new NavEntry(63, "nav.outputs.openData", OpenDataView.class, VaadinIcon.DOWNLOAD_ALT, Set.of());
    }
}
