package org.cjengage.core.security;

import org.springframework.stereotype.Component;

/**
 * Display names of accounts for other features (who assessed, who recorded), without an access check: the
 * caller has checked access to what it shows. Only the name leaves this feature, never the account
 * (docs/decisions.md, 2026-12-06 "Feature boundaries").
 */
@Component
public class UserLookup {

    private final UserRepository users;

    public UserLookup(UserRepository users) {
        this.users = users;
    }

    /** The account's display name; {@code fallback} when the account no longer exists. */
    public String displayName(long userId, String fallback) {
        return users.findById(userId).map(AppUser::displayName).orElse(fallback);
    }
}
