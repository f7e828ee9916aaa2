package org.cjengage.ui.layout;

import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.cjengage.core.security.Role;

/**
 * One item of the side navigation. Each feature contributes its own as a bean, so features can be added
 * without editing the layout. An empty role set means every signed-in user.
 */
public record NavEntry(int order, String labelKey, Class<? extends Component> view, VaadinIcon icon, Set<Role> roles) {
}
