package org.example.host;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

/** The host's page shell (an application has exactly one): the Lumo theme, which the plugin's pages use too. */
@StyleSheet(Lumo.STYLESHEET)
public class HostShell implements AppShellConfigurator {
}
