package org.cjengage.ui.scoring;

import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import org.cjengage.core.common.DomainException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.scoring.ActivityScores.ScoredAssessment;
import org.cjengage.core.scoring.Assessment;
import org.cjengage.core.scoring.CycleStage;
import org.cjengage.core.standards.Framework;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.ui.common.ErrorMessages;
import org.cjengage.ui.common.GridLinks;

/**
 * What the activity's and the partnership's assessment pages share: the list of assessments (assessor, stage,
 * framework, status, overall mean, link), the choice of cycle stage to start at, and starting one.
 */
final class AssessmentList {

    private AssessmentList() {
    }

    static void columns(Component c, Grid<ScoredAssessment> grid, String ariaLabelKey, StandardsCatalogue standards,
                        ValueProvider<ScoredAssessment, String> assessor) {
        grid.setAriaLabel(c.getTranslation(ariaLabelKey));
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(assessor).setHeader(c.getTranslation("scoring.column.assessor"));
        grid.addColumn(s -> c.getTranslation("scoring.stage." + s.assessment().stage().name()))
                .setHeader(c.getTranslation("scoring.column.stage"));
        grid.addColumn(s -> standards.findFramework(s.assessment().frameworkId()).map(Framework::title)
                .orElse(s.assessment().frameworkId()) + " (" + s.assessment().frameworkVersion() + ")")
                .setHeader(c.getTranslation("scoring.column.framework")).setFlexGrow(2);
        grid.addColumn(s -> c.getTranslation("scoring.status." + s.assessment().status().name()))
                .setHeader(c.getTranslation("scoring.column.status"));
        grid.addColumn(s -> Formats.mean(c, s.result().overall())).setHeader(c.getTranslation("scoring.column.overall"));
        grid.addComponentColumn(s -> GridLinks.tall(new RouterLink(c.getTranslation("scoring.open"), AssessmentView.class,
                new RouteParameters("assessmentId", String.valueOf(s.assessment().id())))))
                .setHeader(c.getTranslation("scoring.column.open"));
    }

    static void stageChoice(Component c, Select<CycleStage> stage, CycleStage initial) {
        stage.setLabel(c.getTranslation("scoring.start.stage"));
        stage.setItems(CycleStage.values());
        stage.setItemLabelGenerator(s -> c.getTranslation("scoring.stage." + s.name()));
        stage.setValue(initial);
    }

    /** Starts an assessment and opens it; a refusal is shown on the stage choice, anything else as usual. */
    static void startAndOpen(Component c, Select<CycleStage> stage, Supplier<Assessment> start) {
        try {
            Assessment created = start.get();
            c.getUI().ifPresent(ui -> ui.navigate(AssessmentView.class,
                    new RouteParameters("assessmentId", String.valueOf(created.id()))));
        } catch (ValidationException e) {
            stage.setInvalid(true);
            stage.setErrorMessage(ErrorMessages.describe(e.violations().getFirst()));
        } catch (DomainException e) {
            ErrorMessages.show(e);
        }
    }
}
