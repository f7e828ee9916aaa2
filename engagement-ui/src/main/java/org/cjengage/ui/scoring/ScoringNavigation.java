package org.cjengage.ui.scoring;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;

import org.cjengage.ui.common.ActivityLink;
import org.cjengage.ui.layout.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Scoring's entries in the side navigation and on every activity's page. */
@Configuration(proxyBeanMethods = false)
public class ScoringNavigation {

    @Bean
    NavEntry assessmentsNavEntry() {
        return new NavEntry(30, "scoring.nav", AssessmentsOverviewView.class, VaadinIcon.CHART, Set.of());
    }

    @Bean
    ActivityLink scoreActivityLink() {
        return new ActivityLink(20, "scoring.link", ActivityAssessmentsView::path, Set.of());
    }
}
