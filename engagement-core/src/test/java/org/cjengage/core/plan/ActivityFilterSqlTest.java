package org.cjengage.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The shared period filter, run by the real database over activities with every kind of planned dates. */
@SpringBootTest(classes = CoreTestApplication.class)
class ActivityFilterSqlTest {

    private static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    private static final LocalDate TO = LocalDate.of(2027, 3, 31);
    private static final List<LocalDate> DATES = Arrays.asList(null, FROM.minusDays(10), FROM.minusDays(1), FROM,
            FROM.plusDays(100), TO, TO.plusDays(1), TO.plusDays(10));

    @Autowired NamedParameterJdbcTemplate jdbc;

    private record Dates(LocalDate start, LocalDate end) {
        /** Overlaps [from, to], a missing date or bound being open-ended. */
        boolean overlaps(LocalDate from, LocalDate to) {
            return (end == null || from == null || !end.isBefore(from)) && (start == null || to == null || !start.isAfter(to));
        }
    }

    @Test
    void aPeriodKeepsExactlyTheActivitiesWhosePlannedDatesOverlapItWithMissingDatesOpenEnded() {
        // Given activities with every combination of planned dates around the period's bounds
        List<Dates> activities = new ArrayList<>();
        for (LocalDate start : DATES) {
            for (LocalDate end : DATES) {
                if (start == null || end == null || !end.isBefore(start)) {
                    activities.add(new Dates(start, end));
                }
            }
        }
        for (LocalDate[] period : new LocalDate[][] {{FROM, TO}, {FROM, null}, {null, TO}, {null, null}}) {
            // When the shared filter selects among them
            ActivityFilterSql filter = new ActivityFilterSql().period(period[0], period[1]);
            List<Integer> kept = jdbc.queryForList("SELECT a.k FROM (" + rows(activities) + ") a WHERE 1 = 1"
                    + filter.and() + " ORDER BY a.k", params(activities).addValues(filter.params()), Integer.class);

            // Then it keeps the overlapping ones and only those
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < activities.size(); i++) {
                if (activities.get(i).overlaps(period[0], period[1])) {
                    expected.add(i);
                }
            }
            assertThat(kept).as("period %s to %s", period[0], period[1]).isEqualTo(expected);
        }
    }

    @Test
    void noFilterIsNoConditionAndEachFilterNamesItsOwnParameters() {
        assertThat(new ActivityFilterSql().period(null, null).community(null).level(null).and()).isEmpty();
        ActivityFilterSql all = new ActivityFilterSql().level("L").community("C").period(FROM, TO);
        assertThat(all.params()).containsOnlyKeys("filterLevel", "filterCommunity", "filterFrom", "filterTo");
        assertThat(all.and()).contains("a.level_code = :filterLevel").contains("fc.community_code = :filterCommunity");
    }

    private static String rows(List<Dates> activities) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            rows.add("SELECT " + i + " AS k, CAST(:s" + i + " AS DATE) AS planned_start, CAST(:e" + i
                    + " AS DATE) AS planned_end");
        }
        return String.join(" UNION ALL ", rows);
    }

    private static MapSqlParameterSource params(List<Dates> activities) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        for (int i = 0; i < activities.size(); i++) {
            p.addValue("s" + i, activities.get(i).start()).addValue("e" + i, activities.get(i).end());
        }
        return p;
    }
}
