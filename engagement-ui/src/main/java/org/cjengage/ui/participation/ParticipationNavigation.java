package org.cjengage.ui.participation;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;

import org.cjengage.core.participation.DistanceTravelledService;
import org.cjengage.ui.common.ActivityLink;
import org.cjengage.ui.layout.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds "Distance travelled" to the side navigation and "Record participation evidence" to activity pages. */
@Configuration(proxyBeanMethods = false)
public class ParticipationNavigation {

    @Bean
    NavEntry participationNavEntry() {
        return new NavEntry(30, "nav.participation", ServicesView.class, VaadinIcon.LINE_CHART, Set.of());
    }

    @Bean
    ActivityLink participationActivityLink() {
        return new ActivityLink(30, "participation.activityLink",
                activityId -> ServicesView.ROUTE + "?" + ServicesView.ACTIVITY_PARAM + "=" + activityId,
                DistanceTravelledService.OBSERVATION_RECORDERS);
    }
}
