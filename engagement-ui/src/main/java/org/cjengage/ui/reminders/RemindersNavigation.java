package org.cjengage.ui.reminders;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;

import org.cjengage.ui.layout.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Each person's reminder settings in the side navigation. */
@Configuration(proxyBeanMethods = false)
public class RemindersNavigation {

    @Bean
    NavEntry remindersNavEntry() {
        return new NavEntry(910, "reminders.nav", RemindersView.class, VaadinIcon.BELL_O, Set.of());
    }
}
