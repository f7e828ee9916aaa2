package org.cjengage.ui.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.cjengage.core.security.AccountService;
import org.cjengage.ui.common.DomainErrorView;
import org.springframework.stereotype.Component;

/**
 * Sends a user who still has a one-time password (set by an admin) to {@link ChangePasswordView} whatever page
 * they open, until they have chosen their own password.
 */
@Component
public class PasswordChangeGate implements VaadinServiceInitListener {

    private final AccountService accounts;

    public PasswordChangeGate(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(before -> {
            Class<?> target = before.getNavigationTarget();
            if (target != ChangePasswordView.class && target != LoginView.class && target != DomainErrorView.class
                    && accounts.passwordChangeRequired()) {
                before.forwardTo(ChangePasswordView.class);
            }
        }));
    }
}
