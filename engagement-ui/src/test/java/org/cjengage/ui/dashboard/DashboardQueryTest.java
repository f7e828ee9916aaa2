package org.cjengage.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import com.vaadin.flow.router.QueryParameters;

import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.dashboard.DashboardFilter;
import org.junit.jupiter.api.Test;

class DashboardQueryTest {

    @Test
    void theFilterStateSurvivesTheRoundTripThroughTheUrl() {
        DashboardQuery query = new DashboardQuery(7L, new DashboardFilter(3L, LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31), "VICTIMS", "ENGAGE"));

        String url = query.toQueryString();

        assertThat(url).isEqualTo("partnership=7&plan=3&from=2026-04-01&to=2027-03-31&community=VICTIMS&level=ENGAGE");
        assertThat(DashboardQuery.parse(QueryParameters.fromString(url))).isEqualTo(query);
    }

    @Test
    void allPlansIsHeldInTheUrlAndNoPlanMeansTheCurrentPlan() {
        DashboardQuery all = DashboardQuery.parse(QueryParameters.fromString("partnership=7&plan=all&level=ENGAGE"));

        assertThat(all.filter().allPlans()).isTrue();
        assertThat(all.filter().planId()).isNull();
        assertThat(all.toQueryString()).isEqualTo("partnership=7&plan=all&level=ENGAGE");
        assertThat(DashboardQuery.parse(QueryParameters.fromString("partnership=7")).filter().onCurrentPlan()).isTrue();
    }

    @Test
    void anUnreadableDateIsIgnoredAndAnUnreadableIdIsNotFound() {
        assertThat(DashboardQuery.parse(QueryParameters.fromString("from=yesterday")).filter().from()).isNull();
        assertThatThrownBy(() -> DashboardQuery.parse(QueryParameters.fromString("plan=abc")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void planLinksCarryThePlanScopeTheDashboardFiltersAndTheTileFilter() {
        DashboardFilter filter = new DashboardFilter(11L, LocalDate.of(2026, 1, 1), null, "THIRD_SECTOR", null);

        assertThat(new PlanLinks("plans", 7, filter).href("status", "COMPLETE"))
                .isEqualTo("plans?plan=11&from=2026-01-01&community=THIRD_SECTOR&status=COMPLETE");
        assertThat(new PlanLinks("plans", 7, DashboardFilter.NONE.withAllPlans()).href("overdue", "true"))
                .isEqualTo("plans?plan=all&partnership=7&overdue=true");
        assertThat(PlanLinks.activity("plans", 11, 42)).isEqualTo("plans?plan=11&activity=42");
        assertThat(PlanLinks.activity("engage/plans", 11, 42)).isEqualTo("engage/plans?plan=11&activity=42");
    }
}
