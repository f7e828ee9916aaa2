package org.cjengage.ui.outputs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.cjengage.core.outputs.AnnualReportService;
import org.cjengage.core.outputs.OutputDocument;
import org.cjengage.core.outputs.OutputExportService;
import org.cjengage.core.outputs.OutputFormat;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.PlanScope;
import org.cjengage.core.plan.PlanService;
import org.cjengage.ui.common.PlanScopeField;
import org.cjengage.ui.security.CurrentPartnership;

/**
 * The engagement section of the annual report for a reporting year (1 April to 31 March), on screen and
 * as PDF or DOCX, on the current plan unless another plan or all plans are chosen.
 * URL: {@code annual-report?year=2025&plan=..} ({@code plan} a plan id or {@code all}; none = current plan).
 */
@Route(value = "annual-report", registerAtStartup = false)
@PermitAll
public class AnnualReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AnnualReportService reports;
    private final OutputExportService exports;
    private final CurrentPartnership currentPartnership;
    private final PlanService plans;
    private final Clock clock;

    final Select<Integer> year = new Select<>();
    final PlanScopeField plan = new PlanScopeField(true);
    final DocumentPanel document = new DocumentPanel();
    final HorizontalLayout downloads = new HorizontalLayout();
    final com.vaadin.flow.component.button.Button publish = new com.vaadin.flow.component.button.Button();
    final Paragraph publication = new Paragraph();
    private Long currentPlanId;
    private final Paragraph empty = new Paragraph();
    private long partnershipId;
    private int shownYear;
    private PlanScope shownScope;
    private OutputDocument shown;

    public AnnualReportView(AnnualReportService reports, OutputExportService exports,
                            CurrentPartnership currentPartnership, PlanService plans, Clock clock) {
        this.reports = reports;
        this.exports = exports;
        this.currentPartnership = currentPartnership;
        this.plans = plans;
        this.clock = clock;
        int current = AnnualReportService.reportingYearOf(LocalDate.now(clock));
        year.setLabel(getTranslation("outputs.report.year"));
        year.setWidth("min(18em, 100%)");
        year.setItems(IntStream.rangeClosed(current - 6, current + 1).boxed().sorted((a, b) -> b - a).toList());
        year.setItemLabelGenerator(y -> y + "–" + String.valueOf(y + 1).substring(2));
        year.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                navigate();
            }
        });
        publish.setText(getTranslation("outputs.report.publish"));
        publish.addClickListener(e -> org.cjengage.ui.common.Confirm.ask(getTranslation("outputs.report.publish.title"),
                getTranslation("outputs.report.publish.text"), getTranslation("outputs.report.publish"),
                this::publishReport));
        publication.addClassName("outputs-report-publication");
        plan.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                navigate();
            }
        });
        HorizontalLayout choice = new HorizontalLayout(year, plan);
        choice.setWrap(true); // on a phone the plan goes under the year
        choice.setWidthFull(); // not sized by its content: the year's width of min(18em, 100%) would wrap it early
        downloads.setWrap(true);
        downloads.setMaxWidth("100%");
        add(new H2(getTranslation("outputs.report.heading")), choice, empty, downloads,
                publication, publish, document);
    }

    private void navigate() {
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
        params.put("year", String.valueOf(year.getValue()));
        PlanScope scope = plan.scope();
        boolean current = scope.planId() != null && scope.planId().equals(currentPlanId);
        if (!current && scope.parameter() != null) {
            params.put("plan", scope.parameter()); // the current plan needs no parameter: the link stays current
        }
        getUI().ifPresent(ui -> ui.navigate(AnnualReportView.class, QueryParameters.simple(params)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        int chosen = OutputsParams.longParam(params, "year").map(Long::intValue)
                .filter(y -> y > 1990 && y < 2200).orElse(AnnualReportService.reportingYearOf(LocalDate.now(clock)));
        PlanScope scope = OutputsParams.planScope(params);
        year.setValue(chosen);
        Partnership partnership = currentPartnership.get().orElse(null);
        empty.setVisible(partnership == null);
        empty.setText(getTranslation("outputs.noPartnership"));
        downloads.removeAll();
        document.removeAll();
        publish.setVisible(false);
        publication.setVisible(false);
        if (partnership == null) {
            return;
        }
        partnershipId = partnership.id();
        shownYear = chosen;
        shownScope = scope;
        currentPlanId = plans.currentPlan(partnershipId).map(ActionPlan::id).orElse(null);
        plan.show(plans.plansOf(partnershipId), currentPlanId, scope);
        OutputDocument doc = reports.report(partnershipId, chosen, scope);
        showPublication(doc);
        document.show(doc, 2);
        shown = doc;
        long id = partnershipId;
        for (OutputFormat format : OutputFormat.values()) {
            // the file is made from the document on the page: a download does not build the report again
            downloads.add(Downloads.link(getTranslation("outputs.download." + format.name()),
                    Downloads.fileName(partnership.code() + " " + doc.title(), format.extension()), format.contentType(),
                    () -> exports.file(id, OutputExportService.Shown.ANNUAL_REPORT, doc, format)));
        }
    }

    /** Whether and when the year's report was published, and the button to publish it (finished years only). */
    private void showPublication(OutputDocument doc) {
        var published = reports.published(partnershipId, shownYear);
        publication.setVisible(published.isPresent() || doc.provisional());
        publication.setText(published.map(p -> getTranslation("outputs.report.publishedOn",
                OutputDates.format(p.publishedOn()), p.publishedBy()))
                .orElse(getTranslation("outputs.report.provisionalNote")));
        publish.setVisible(!doc.provisional() && reports.canPublish(partnershipId));
    }

    private void publishReport() {
        try {
            reports.publish(partnershipId, shownYear, shownScope);
            org.cjengage.ui.common.Notifications.success(getTranslation("outputs.report.publish.done"));
            showPublication(shown);
        } catch (org.cjengage.core.common.DomainException e) {
            org.cjengage.ui.common.ErrorMessages.show(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outputs.report.heading") + " | " + getTranslation("app.name");
    }
}
