package org.cjengage.core.partnership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The partnerships a caller may choose from, read at every page (the frame's partnership switcher): plain
 * statements mapped by hand, the same rows and order as {@link PartnershipRepository}'s derived queries without
 * Spring Data's entity mapping (docs/decisions.md, 2026-12-06 "The access check reads the account with one
 * statement"). No access checks here: only {@link PartnershipService} calls it, after its own.
 */
@Component
class PartnershipQueries {

    // the backquoted table first, as Spring Data writes it: tests count the partnership reads by this beginning
    private static final String COLUMNS = "SELECT `partnership`.id, `partnership`.code, `partnership`.name,"
            + " `partnership`.area, `partnership`.coordinator_name, `partnership`.coordinator_email,"
            + " `partnership`.version, `partnership`.created_at FROM `partnership`";
    private static final String ALL = COLUMNS + " ORDER BY `partnership`.name";
    private static final String SOME = COLUMNS + " WHERE `partnership`.id IN (:ids) ORDER BY `partnership`.name";
    private static final RowMapper<Partnership> PARTNERSHIP = PartnershipQueries::partnership;

    private final NamedParameterJdbcTemplate named;

    PartnershipQueries(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    /** Every partnership, by name. */
    List<Partnership> all() {
        return named.getJdbcTemplate().query(ALL, PARTNERSHIP);
    }

    /** These partnerships (those that exist), by name; none for no ids, without asking the database. */
    List<Partnership> withIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : named.query(SOME, Map.of("ids", ids), PARTNERSHIP);
    }

    private static Partnership partnership(ResultSet rs, int row) throws SQLException {
        Timestamp created = rs.getTimestamp(8);
        return new Partnership(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getInt(7), created == null ? null : created.toInstant());
    }
}
