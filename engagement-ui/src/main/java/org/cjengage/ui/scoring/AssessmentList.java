package org.cjengage.ui.scoring;

import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableFunction;
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
import org.cjengage.ui.common.NarrowColumns;

/**
 * What the activity's and the partnership's assessment pages share: the list of assessments (assessor, stage,
 * framework, status, overall mean, link), the choice of cycle stage to start at, and starting one.
 */
final class AssessmentList {

    /** Below this width (rem) only the assessor is shown, with the other columns and the link under it. */
    static final double NARROW_REM = 40;

    private AssessmentList() {
    }

    static void columns(Component c, Grid<ScoredAssessment> grid, String ariaLabelKey, StandardsCatalogue standards,
                        ValueProvider<ScoredAssessment, String> assessor) {
        grid.setAriaLabel(c.getTranslation(ariaLabelKey));
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        // each column once, with one label: its header and, on a phone, its line under the assessor
        NarrowColumns<ScoredAssessment> narrow = new NarrowColumns<>(grid, NARROW_REM, "assessment-summary");
        narrow.addMain("assessor", c.getTranslation("scoring.column.assessor"), s -> new Span(assessor.apply(s)));
        narrow.addText("stage", c.getTranslation("scoring.column.stage"), s -> c.getTranslation("scoring.stage."
                + s.assessment().stage().name()));
        narrow.addText("framework", c.getTranslation("scoring.column.framework"), s -> standards.findFramework(
                s.assessment().frameworkId()).map(Framework::title).orElse(s.assessment().frameworkId())
                + " (" + s.assessment().frameworkVersion() + ")").setFlexGrow(2);
        narrow.addText("status", c.getTranslation("scoring.column.status"), s -> c.getTranslation("scoring.status."
                + s.assessment().status().name()));
        narrow.addText("overall", c.getTranslation("scoring.column.overall"), s -> Formats.mean(c,
                s.result().overall()));
        SerializableFunction<ScoredAssessment, Component> open = s -> GridLinks.tall(new RouterLink(
                c.getTranslation("scoring.open"), AssessmentView.class,
                new RouteParameters("assessmentId", String.valueOf(s.assessment().id()))));
        narrow.addAction(grid.addComponentColumn(open::apply), c.getTranslation("scoring.column.open"), open);
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
