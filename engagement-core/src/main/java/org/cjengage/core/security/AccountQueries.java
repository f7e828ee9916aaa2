package org.cjengage.core.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;

/**
 * The signed-in account as it is now, for {@link AccessGuard}'s check at every request: one plain statement (the
 * account joined with its memberships) mapped by hand, without a transaction, a repository proxy or Spring Data's
 * entity mapping, which cost more processor time than the database (docs/decisions.md, 2026-12-06 "The access
 * check reads the account with one statement"). Gives exactly what {@link UserRepository#findById} gives the check
 * ({@link EngagementPrincipal#current}, whether a new password must be chosen); writes stay with the repository. No
 * access check here: it is the access check's own read.
 */
@Component
class AccountQueries {

    // the backquoted table first, as Spring Data writes it: tests count the account reads by this beginning
    private static final String CURRENT = "SELECT `app_user`.id, `app_user`.username, `app_user`.display_name,"
            + " `app_user`.active, `app_user`.password_change_required, m.partnership_id, m.role"
            + " FROM `app_user` LEFT JOIN membership m ON m.app_user_id = `app_user`.id"
            + " WHERE `app_user`.id = ?";

    private static final ResultSetExtractor<Optional<AccessGuard.Account>> ACCOUNT = AccountQueries::account;

    private final JdbcTemplate jdbc;

    AccountQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The account with its memberships as the database has them now; empty when there is no such account. */
    Optional<AccessGuard.Account> current(long userId) {
        return jdbc.query(CURRENT, ACCOUNT, userId);
    }

    private static Optional<AccessGuard.Account> account(ResultSet rs) throws SQLException {
        if (!rs.next()) {
            return Optional.empty();
        }
        long id = rs.getLong(1);
        String username = rs.getString(2);
        String displayName = rs.getString(3);
        boolean active = rs.getBoolean(4);
        boolean passwordChangeRequired = rs.getBoolean(5);
        Set<Membership> memberships = new HashSet<>();
        do {
            String role = rs.getString(7);
            if (role != null) {
                long partnershipId = rs.getLong(6);
                memberships.add(new Membership(rs.wasNull() ? null : partnershipId, Role.valueOf(role)));
            }
        } while (rs.next());
        return Optional.of(new AccessGuard.Account(
                new EngagementPrincipal(id, username, displayName, null, active, memberships), passwordChangeRequired));
    }
}
