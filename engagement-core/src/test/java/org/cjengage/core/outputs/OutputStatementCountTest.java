package org.cjengage.core.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.cjengage.core.disclosure.DisclosurePolicy;
import org.cjengage.core.opendata.OpenDataService;
import org.cjengage.core.plan.PlanScope;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.StatementCounter;
import org.cjengage.core.testsupport.StatementCounter.Measured;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The outputs read what they need with a fixed number of SQL statements, whatever the number of activities (issue
 * 16): each output is made for a partnership of 20 and of 200 activities (with assessments, feedback and VOiCE
 * texts, {@link OutputsScaleData}) and the statements are counted on the DataSource ({@link StatementCounter}).
 * The annual report reads only the year's activities: activities of other years add no statement and no row.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class OutputStatementCountTest {

    static final int YEAR = OutputsScaleData.YEAR;

    @Autowired OutputsScaleData scale;
    @Autowired AnnualReportService reports;
    @Autowired ParticipationStatementService statements;
    @Autowired OutputExportService exports;
    @Autowired OpenDataService openData;
    @Autowired PlanService plans;
    @Autowired StandardsCatalogue standards;
    @Autowired DisclosurePolicy disclosure;
    @Autowired ObjectProvider<StandardsResultsSource> results;
    @Autowired ObjectProvider<DistanceTravelledSource> distance;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void everyOutputTakesTheSameNumberOfStatementsForTwentyAndForTwoHundredActivities() {
        OutputsScaleData.Generated small = scale.generate(20, 0, OutputsScaleData.UNDATED);
        OutputsScaleData.Generated large = scale.generate(200, 0, OutputsScaleData.UNDATED);
        statementsPerOutput(small); // warm-up: anything read once per run is read here

        Map<String, Measured<Object>> forSmall = statementsPerOutput(small);
        Map<String, Measured<Object>> forLarge = statementsPerOutput(large);

        forSmall.forEach((output, counted) -> {
            assertThat(forLarge.get(output).statements()).as(output + " for 200 activities")
                    .isEqualTo(counted.statements());
            assertThat(counted.statements()).as(output + ": a few set-based queries").isBetween(1L, 40L);
        });
        assertThat(forLarge.get("open data").rows()).as("open data reads the larger partnership's rows")
                .isGreaterThan(forSmall.get("open data").rows() + 180 * 5);
        assertThat((String) forLarge.get("annual report").value()).contains("200 engagement activities between");
        assertThat((String) forLarge.get("statement draft").value()).contains("203 recorded activities involved");
    }

    @Test
    void theAnnualReportReadsOnlyTheYearsActivitiesAndCountsThemAsTheInMemoryRuleDoes() {
        OutputsScaleData.Generated yearOnly = scale.generate(20, 0, OutputsScaleData.UNDATED);
        OutputsScaleData.Generated withOtherYears = scale.generate(20, 200, OutputsScaleData.UNDATED);
        report(yearOnly); // warm-up

        Measured<OutputDocument> alone = report(yearOnly);
        Measured<OutputDocument> amongOthers = report(withOtherYears);

        assertThat(alone.rows()).as("the year's 20 activities and their collections are read").isGreaterThan(20 * 5);
        assertThat(amongOthers.statements()).isEqualTo(alone.statements());
        assertThat(amongOthers.rows()).as("200 activities of other years: not one of their rows is read")
                .isEqualTo(alone.rows());
        OutputDocument doc = amongOthers.value();
        assertThat(doc.plainText()).contains("carried out or planned 20 engagement activities between",
                OutputsScaleData.UNDATED + " activities have no dates recorded and are not counted in any year.");
        // the same figures as the report built in memory from every activity of the plan (the rule before issue 16)
        OutputDocument fromAll = AsUser.call(withOtherYears.lead(), () -> {
            LocalDate[] period = AnnualReportBuilder.period(YEAR);
            List<StandardsResultsSource.StandardResult> rows = new ArrayList<>();
            results.orderedStream().forEach(s -> rows.addAll(s.results(withOtherYears.partnership().id(), period[0], period[1])));
            List<DistanceTravelledSource.Progress> progress = new ArrayList<>();
            distance.orderedStream().forEach(s -> progress.addAll(s.progress(withOtherYears.partnership().id(), period[0], period[1])));
            return new AnnualReportBuilder(standards, OutputsText.english(), disclosure).build(withOtherYears.partnership(),
                    YEAR, plans.activities(withOtherYears.plan().id(), 0, Integer.MAX_VALUE), rows, progress, doc.date());
        });
        assertThat(doc.sections().subList(0, 4)).isEqualTo(fromAll.sections());
    }

    private Measured<OutputDocument> report(OutputsScaleData.Generated g) {
        return AsUser.call(g.lead(), () -> StatementCounter.measure(
                () -> reports.report(g.partnership().id(), YEAR, PlanScope.CURRENT)));
    }

    private Map<String, Measured<Object>> statementsPerOutput(OutputsScaleData.Generated g) {
        long p = g.partnership().id();
        long plan = g.plan().id();
        Map<String, Supplier<Object>> outputs = new LinkedHashMap<>();
        outputs.put("annual report", () -> reports.report(p, YEAR, PlanScope.CURRENT).plainText());
        outputs.put("statement draft", () -> statements.preview(plan).plainText());
        outputs.put("statement form", () -> statements.draft(plan));
        outputs.put("annual report PDF", () -> exports.annualReport(p, YEAR, OutputFormat.PDF));
        outputs.put("annual report DOCX", () -> exports.annualReport(p, YEAR, OutputFormat.DOCX));
        outputs.put("statement PDF", () -> exports.statementPreview(plan, OutputFormat.PDF));
        outputs.put("statement DOCX", () -> exports.statementPreview(plan, OutputFormat.DOCX));
        outputs.put("open data", () -> openData.exportJson(p));
        Map<String, Measured<Object>> counted = new LinkedHashMap<>();
        AsUser.run(g.lead(), () -> outputs.forEach((name, output) -> counted.put(name, StatementCounter.measure(output))));
        return counted;
    }
}
