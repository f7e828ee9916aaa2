package org.cjengage.ui.scoring;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.PermitAll;

import java.util.List;

import com.vaadin.flow.router.QueryParameters;

import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.PlanScope;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.scoring.AssessmentOverviewRow;
import org.cjengage.core.scoring.AssessmentService;
import org.cjengage.ui.common.GridLinks;
import org.cjengage.ui.common.PlanScopeField;
import org.cjengage.ui.security.CurrentPartnership;

/**
 * The activities of the current partnership with the status of their assessments, on its current plan
 * unless another plan or all plans are chosen. URL: {@code assessments?plan=..} (a plan id or {@code all}).
 */
@Route("assessments")
@PermitAll
public class AssessmentsOverviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AssessmentService service;
    private final CurrentPartnership currentPartnership;
    private final PlanService plans;
    final Grid<AssessmentOverviewRow> grid = new Grid<>();
    final PlanScopeField plan = new PlanScopeField(true);
    final Paragraph empty = new Paragraph();

    public AssessmentsOverviewView(AssessmentService service, CurrentPartnership currentPartnership,
                                   PlanService plans) {
        this.service = service;
        this.currentPartnership = currentPartnership;
        this.plans = plans;
        plan.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                String value = e.getValue().scope().parameter();
                getUI().ifPresent(ui -> ui.navigate(AssessmentsOverviewView.class, value == null
                        ? QueryParameters.empty() : QueryParameters.of("plan", value)));
            }
        });
        setSizeFull();
        grid.setAriaLabel(getTranslation("scoring.overview.grid"));
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.addComponentColumn(row -> GridLinks.tall(new RouterLink(row.description(), ActivityAssessmentsView.class,
                new RouteParameters("activityId", String.valueOf(row.activityId())))))
                .setHeader(getTranslation("scoring.overview.activity")).setFlexGrow(4);
        grid.addColumn(AssessmentOverviewRow::planTitle).setHeader(getTranslation("scoring.overview.plan")).setFlexGrow(1);
        grid.addColumn(AssessmentOverviewRow::drafts).setHeader(getTranslation("scoring.status.DRAFT")).setAutoWidth(true);
        grid.addColumn(AssessmentOverviewRow::submitted).setHeader(getTranslation("scoring.status.SUBMITTED")).setAutoWidth(true);
        grid.addColumn(AssessmentOverviewRow::approved).setHeader(getTranslation("scoring.status.APPROVED")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation(row.total() == 0 ? "scoring.overview.notAssessed"
                : row.approved() > 0 ? "scoring.overview.hasApproved" : "scoring.overview.inProgress"))
                .setHeader(getTranslation("scoring.overview.state")).setAutoWidth(true);
        empty.setText(getTranslation("scoring.overview.none"));
        RouterLink partnershipLink = new RouterLink(getTranslation("scoring.partnership.link"),
                PartnershipAssessmentsView.class);
        add(new H2(getTranslation("scoring.overview.heading")), partnershipLink, plan, empty, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> values = event.getLocation().getQueryParameters().getParameters().get("plan");
        PlanScope scope;
        try {
            scope = PlanScope.parse(values == null || values.isEmpty() ? null : values.getFirst());
        } catch (NumberFormatException e) {
            throw new NotFoundException("plan", values.getFirst());
        }
        PlanScope chosen = scope;
        plan.setVisible(currentPartnership.get().isPresent());
        var rows = currentPartnership.get().map(p -> {
            plan.show(plans.plansOf(p.id()), plans.currentPlan(p.id()).map(ActionPlan::id).orElse(null), chosen);
            return service.overview(p.id(), plans.plansIn(p.id(), chosen).stream().map(ActionPlan::id).toList());
        }).orElse(List.of());
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scoring.overview.heading") + " | " + getTranslation("app.name");
    }
}
