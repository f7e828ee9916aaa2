package org.cjengage.ui.plan;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.QueryParameters;

import jakarta.annotation.security.PermitAll;

import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.ActivityPurpose;
import org.cjengage.core.plan.DeliveryStatus;
import org.cjengage.core.plan.PlanService;
import org.cjengage.ui.common.Labels;

/**
 * The whole plan as a plain HTML table for printing or saving as PDF: no application frame, print CSS,
 * every cell set as text.
 */
@Route(value = "plans/:planId/print", autoLayout = false, registerAtStartup = false)
@PermitAll
public class PrintPlanView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /**
     * Screen and print styles: on paper, A4 landscape with 10 mm margins, the header row repeated on every page,
     * columns of fixed shares of the width (so the table never runs past the page) and long words wrapped.
     */
    static final String CSS = "html,body{margin:0;padding:0;height:auto!important;overflow:visible!important}"
            + "body{font-family:system-ui,sans-serif;color:#111}"
            + ".cje-print{margin:1.5em}.cje-print h1{font-size:16pt;margin:0 0 .3em}.cje-print p{margin:.2em 0;font-size:10pt}"
            + "table.cje-plan{border-collapse:collapse;width:100%;table-layout:fixed;font-size:8.5pt;line-height:1.3;"
            + "margin-top:.6em}"
            + "table.cje-plan th,table.cje-plan td{border:1px solid #555;padding:3px 4px;vertical-align:top;text-align:left;"
            + "white-space:pre-line;overflow-wrap:anywhere;hyphens:auto}"
            + "table.cje-plan th{background:#e8e8e8;-webkit-print-color-adjust:exact;print-color-adjust:exact}"
            + "table.cje-plan thead{display:table-header-group}table.cje-plan tr{break-inside:avoid;page-break-inside:avoid}"
            + ".overdue td:first-child{font-weight:700}"
            + "@page{size:A4 landscape;margin:10mm}"
            + "@media print{.no-print{display:none}.cje-print{margin:0}}";

    /** Column header keys and their share of the table width (per cent), in column order. */
    static final List<Map.Entry<String, Integer>> COLUMNS = List.of(Map.entry("plan.rag", 7),
            Map.entry("activity.description", 18), Map.entry("activity.level", 6), Map.entry("activity.communities", 9),
            Map.entry("activity.status", 7), Map.entry("activity.lead", 9), Map.entry("activity.purposes", 15),
            Map.entry("activity.methods", 9), Map.entry("plan.column.stage", 6), Map.entry("activity.plannedStart", 7),
            Map.entry("activity.plannedEnd", 7));

    private final PlanService plans;
    private final Labels labels;
    private final List<org.cjengage.ui.common.PrintPlanSection> sections;

    public PrintPlanView(PlanService plans, Labels labels, List<org.cjengage.ui.common.PrintPlanSection> sections) {
        this.plans = plans;
        this.labels = labels;
        this.sections = sections.stream()
                .sorted(java.util.Comparator.comparingInt(org.cjengage.ui.common.PrintPlanSection::order)).toList();
    }

    static String path(long planId) {
        return "plans/" + planId + "/print";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("planId").orElse("");
        ActionPlan plan;
        try {
            plan = plans.plan(Long.parseLong(id));
        } catch (NumberFormatException e) {
            throw new NotFoundException("plan", id);
        }
        removeAll();
        addClassName("cje-print");
        Element style = new Element("style");
        style.setText(CSS);
        getElement().appendChild(style);
        RouterLink back = new RouterLink(getTranslation("plan.print.back"), PlanView.class);
        back.setQueryParameters(QueryParameters.of("plan", String.valueOf(plan.id())));
        NativeButton printButton = new NativeButton(getTranslation("plan.print.button"),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        Div controls = new Div(back, new com.vaadin.flow.component.html.Span(" "), printButton);
        controls.addClassName("no-print");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        add(controls, new H1(plan.title()));
        if (plan.outcome() != null) {
            add(new Paragraph(getTranslation("plan.outcome") + ": " + plan.outcome()));
        }
        add(new Paragraph(getTranslation("plan.period", dates.format(plan.periodStart()), dates.format(plan.periodEnd()))
                + " · " + getTranslation("plan.print.generated", dates.format(plans.today()))));
        getElement().appendChild(table(plans.planContent(plan.id()), dates));
        long planId = plan.id();
        sections.stream().map(section -> section.create().apply(planId)).filter(java.util.Objects::nonNull)
                .forEach(this::add);
    }

    private Element table(List<ActivityDraft> activities, DateTimeFormatter dates) {
        Element table = new Element("table").setAttribute("class", "cje-plan");
        Element columns = new Element("colgroup");
        Element head = new Element("tr");
        for (Map.Entry<String, Integer> column : COLUMNS) {
            columns.appendChild(new Element("col").setAttribute("style", "width:" + column.getValue() + "%"));
            head.appendChild(new Element("th").setText(getTranslation(column.getKey())).setAttribute("scope", "col"));
        }
        table.appendChild(columns);
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (ActivityDraft a : activities) {
            DeliveryStatus delivery = DeliveryStatus.of(a.status(), a.plannedStart(), a.plannedEnd(), plans.today());
            Element row = new Element("tr");
            if (delivery == DeliveryStatus.OVERDUE) {
                row.setAttribute("class", "overdue");
            }
            for (String cell : List.of(getTranslation("plan.rag." + delivery.name()), a.description(),
                    labels.level(a.levelCode()), labels.communities(a.communityCodes()),
                    getTranslation("status." + a.status().name()), nz(a.leadPerson()), purposes(a),
                    labels.join(labels.standards().methods(), a.methodCodes()), labels.stage(a.stageCode()),
                    a.plannedStart() == null ? "" : dates.format(a.plannedStart()),
                    a.plannedEnd() == null ? "" : dates.format(a.plannedEnd()))) {
                row.appendChild(new Element("td").setText(cell));
            }
            body.appendChild(row);
        }
        return table.appendChild(body);
    }

    private String purposes(ActivityDraft a) {
        return a.purposes().stream().map(p -> labels.purpose(p.purposeCode()) + qualifiers(p))
                .collect(Collectors.joining("\n"));
    }

    private String qualifiers(ActivityPurpose p) {
        String q = java.util.stream.Stream.of(p.who(), p.place(), p.about(), p.how()).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining("; "));
        return q.isEmpty() ? "" : " (" + q + ")";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.print") + " | " + getTranslation("app.name");
    }
}
