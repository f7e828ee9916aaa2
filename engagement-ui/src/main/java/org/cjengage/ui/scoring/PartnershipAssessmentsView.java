package org.cjengage.ui.scoring;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.scoring.ActivityScores.ScoredAssessment;
import org.cjengage.core.scoring.AssessmentService;
import org.cjengage.core.scoring.CycleStage;
import org.cjengage.core.scoring.PartnershipScores;
import org.cjengage.core.standards.Framework;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.ui.common.chart.DataTable;
import org.cjengage.ui.security.CurrentPartnership;

/**
 * Assessments of the current partnership as a whole ({@code assessments/partnership}), against the frameworks
 * whose data says they assess partnerships (the success factors for third sector engagement): start one, open
 * any, and the mean per element at the planning check and the review.
 */
@Route(value = "assessments/partnership", registerAtStartup = false)
@PermitAll
public class PartnershipAssessmentsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AssessmentService service;
    private final CurrentPartnership currentPartnership;
    final Select<Framework> startFramework = new Select<>();
    final Select<CycleStage> startStage = new Select<>();
    final Button start = new Button();
    final HorizontalLayout startBar;
    final Grid<ScoredAssessment> grid = new Grid<>();
    final Paragraph none = new Paragraph();
    final Select<Framework> shownFramework = new Select<>();
    final DataTable stageTable = new DataTable();
    private Partnership partnership;
    private PartnershipScores scores;

    public PartnershipAssessmentsView(AssessmentService service, StandardsCatalogue standards,
                                      CurrentPartnership currentPartnership) {
        this.service = service;
        this.currentPartnership = currentPartnership;
        List<Framework> frameworks = standards.frameworks().stream().filter(Framework::assessesPartnership).toList();
        startFramework.setLabel(getTranslation("scoring.start.framework"));
        startFramework.setItems(frameworks);
        startFramework.setItemLabelGenerator(Framework::title);
        startFramework.setWidth("min(24em, 100%)");
        frameworks.stream().findFirst().ifPresent(startFramework::setValue);
        AssessmentList.stageChoice(this, startStage, CycleStage.REVIEW);
        start.setText(getTranslation("scoring.partnership.start"));
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.addClickListener(e -> startAssessment());
        startBar = new HorizontalLayout(startFramework, startStage, start);
        startBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        startBar.setWrap(true);

        AssessmentList.columns(this, grid, "scoring.partnership.grid", standards,
                s -> Formats.assessor(this, s.assessment(), s.assessorName(), false));
        none.setText(getTranslation("scoring.partnership.none"));

        shownFramework.setLabel(getTranslation("scoring.compare.framework"));
        shownFramework.setItems(frameworks);
        shownFramework.setItemLabelGenerator(Framework::title);
        shownFramework.setWidth("min(24em, 100%)");
        frameworks.stream().findFirst().ifPresent(shownFramework::setValue);
        shownFramework.addValueChangeListener(e -> showComparison());
        stageTable.addClassName("scoring-partnership-table");
        stageTable.stackWhenNarrow();
        add(new H2(getTranslation("scoring.partnership.heading")),
                new Paragraph(getTranslation("scoring.partnership.intro")), startBar, grid, none,
                new H3(getTranslation("scoring.compare.heading")), shownFramework, stageTable);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        partnership = currentPartnership.get().orElse(null);
        startBar.setVisible(partnership != null && service.canScore(partnership.id())
                && startFramework.getValue() != null);
        scores = partnership == null ? new PartnershipScores(0, List.of()) : service.partnershipScores(partnership.id());
        grid.setItems(scores.assessments());
        grid.setVisible(!scores.assessments().isEmpty());
        none.setVisible(scores.assessments().isEmpty());
        showComparison();
    }

    private void startAssessment() {
        AssessmentList.startAndOpen(this, startStage, () -> service.startForPartnership(partnership.id(),
                startFramework.getValue() == null ? null : startFramework.getValue().id(), startStage.getValue()));
    }

    private void showComparison() {
        Framework framework = shownFramework.getValue();
        stageTable.setVisible(framework != null);
        if (framework != null) {
            ScoreCharts.stageTable(this, stageTable, scores.stages(framework), Formats.elementNoun(this, framework));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scoring.partnership.heading") + " | " + getTranslation("app.name");
    }
}
