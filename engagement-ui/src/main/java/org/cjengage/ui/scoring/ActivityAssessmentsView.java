package org.cjengage.ui.scoring;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.scoring.ActivityScores;
import org.cjengage.core.scoring.ActivityScores.ScoredAssessment;
import org.cjengage.core.scoring.AssessmentService;
import org.cjengage.core.scoring.CycleStage;
import org.cjengage.core.standards.Framework;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.ui.common.chart.DataTable;
import org.cjengage.ui.common.chart.EChart;

/**
 * All assessments of one activity: start your own, open any, and compare assessors and cycle stages
 * for the chosen framework as a radar chart with the same numbers in tables beside it.
 */
@Route(value = "activities/:activityId([0-9]+)/assessments", registerAtStartup = false)
@PermitAll
public class ActivityAssessmentsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AssessmentService service;
    private final StandardsCatalogue standards;
    final H2 heading = new H2();
    final Select<Framework> startFramework = new Select<>();
    final Select<CycleStage> startStage = new Select<>();
    final Button start = new Button();
    final Grid<ScoredAssessment> grid = new Grid<>();
    final Select<Framework> shownFramework = new Select<>();
    final EChart radar;
    final DataTable stageTable = new DataTable();
    final VerticalLayout assessorTables = new VerticalLayout();
    final HorizontalLayout startBar;
    private ActivityScores scores;

    public ActivityAssessmentsView(AssessmentService service, StandardsCatalogue standards) {
        this.service = service;
        this.standards = standards;
        radar = ScoreCharts.chart(this, "scoring.radar.label");
        List<Framework> frameworks = standards.frameworks();
        startFramework.setLabel(getTranslation("scoring.start.framework"));
        startFramework.setItems(frameworks.stream().filter(Framework::assessesActivities).toList());
        startFramework.setItemLabelGenerator(Framework::title);
        startFramework.setWidth("24em");
        startFramework.setMaxWidth("100%"); // a phone's width, not wider
        startFramework.setValue(standards.nationalStandards());
        AssessmentList.stageChoice(this, startStage, CycleStage.PLANNING_CHECK);
        start.setText(getTranslation("scoring.start"));
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.addClickListener(e -> startAssessment());
        startBar = new HorizontalLayout(startFramework, startStage, start);
        startBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        startBar.setWrap(true); // on a phone the choices go one under another
        startBar.setMaxWidth("100%");

        AssessmentList.columns(this, grid, "scoring.grid", standards, this::assessor);

        shownFramework.setLabel(getTranslation("scoring.compare.framework"));
        shownFramework.setItems(frameworks);
        shownFramework.setItemLabelGenerator(Framework::title);
        shownFramework.setWidth("24em");
        shownFramework.setMaxWidth("100%");
        shownFramework.setValue(standards.nationalStandards());
        shownFramework.addValueChangeListener(e -> {
            if (scores != null) {
                showComparisons();
            }
        });
        stageTable.addClassName("scoring-stage-table");
        stageTable.stackWhenNarrow();
        FlexLayout chartAndTable = new FlexLayout(radar, stageTable);
        chartAndTable.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        chartAndTable.setAlignItems(FlexComponent.Alignment.START);
        chartAndTable.getStyle().set("gap", "var(--lumo-space-l)");
        assessorTables.setPadding(false);
        add(heading, startBar, grid, new H3(getTranslation("scoring.compare.heading")), shownFramework, chartAndTable,
                assessorTables);
    }

    public static String path(long activityId) {
        return "activities/" + activityId + "/assessments";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("activityId").orElseThrow();
        try {
            scores = service.activityScores(Long.parseLong(id));
        } catch (NumberFormatException e) {
            throw new NotFoundException("activity", id);
        }
        heading.setText(getTranslation("scoring.activity.heading", scores.activity().description()));
        startBar.setVisible(service.canScore(scores.activity().partnershipId()));
        grid.setItems(scores.assessments());
        Framework shown = frameworkWithResults();
        if (shown.equals(shownFramework.getValue())) {
            showComparisons();
        } else {
            shownFramework.setValue(shown);
        }
    }

    /**
     * The framework the comparison opens on: the National Standards if this activity has results against them,
     * else the first framework that has results, else the National Standards.
     */
    private Framework frameworkWithResults() {
        List<Framework> candidates = new java.util.ArrayList<>(List.of(standards.nationalStandards()));
        standards.frameworks().stream().filter(f -> !f.id().equals(standards.nationalStandards().id()))
                .forEach(candidates::add);
        return candidates.stream().filter(f -> scores.stages(f).rows().stream()
                        .anyMatch(r -> r.planning() != null || r.review() != null))
                .findFirst().orElse(standards.nationalStandards());
    }

    private void startAssessment() {
        AssessmentList.startAndOpen(this, startStage, () -> service.start(scores.activity().id(),
                startFramework.getValue() == null ? null : startFramework.getValue().id(), startStage.getValue()));
    }

    private void showComparisons() {
        Framework framework = shownFramework.getValue();
        var stages = scores.stages(framework);
        radar.setOption(ScoreCharts.radar(this, stages, standards.scaleOf(framework)));
        ScoreCharts.stageTable(this, stageTable, stages, Formats.elementNoun(this, framework));
        assessorTables.removeAll();
        for (CycleStage stage : CycleStage.values()) {
            var comparison = scores.assessorsAt(framework, stage, this::assessor);
            String caption = getTranslation("scoring.assessors.caption", getTranslation("scoring.stage." + stage.name()),
                    Formats.elementNoun(this, framework).toLowerCase(java.util.Locale.UK));
            if (comparison.assessors().isEmpty()) {
                assessorTables.add(new Paragraph(getTranslation("scoring.assessors.none",
                        getTranslation("scoring.stage." + stage.name()))));
                continue;
            }
            DataTable table = new DataTable().stackWhenNarrow();
            table.addClassName("scoring-assessor-table");
            ScoreCharts.assessorTable(this, table, caption, comparison, Formats.elementNoun(this, framework));
            assessorTables.add(table);
        }
    }

    private String assessor(ScoredAssessment s) {
        return Formats.assessor(this, s.assessment(), s.assessorName(), false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scoring.activity.title") + " | " + getTranslation("app.name");
    }
}
