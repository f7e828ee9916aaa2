package org.cjengage.ui.security;

import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.cjengage.core.security.AccountService;
import org.springframework.stereotype.Component;

/**
 * Sends a user who still has a one-time password (set by an admin) to {@link ChangePasswordView} whatever page
 * they open, until they have chosen their own password. Error pages stay reachable, so a refusal can still be
 * shown.
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
            if (target != ChangePasswordView.class
                    && !HasErrorParameter.class.isAssignableFrom(target)
                    && accounts.passwordChangeRequired()) {
                before.forwardTo(ChangePasswordView.class);
            }
        }));
    }
}
