package org.cjengage.ui.plan;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
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
@Route(value = "plans/:planId/print", autoLayout = false)
@PermitAll
public class PrintPlanView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final String CSS = "body{font-family:system-ui,sans-serif;color:#111;margin:1.5em}"
            + "table{border-collapse:collapse;width:100%;font-size:10pt}"
            + "th,td{border:1px solid #555;padding:4px 6px;vertical-align:top;text-align:left;white-space:pre-line}"
            + "th{background:#e8e8e8}tr{break-inside:avoid}thead{display:table-header-group}"
            + ".overdue td:first-child{font-weight:700}"
            + "@media print{.no-print{display:none}body{margin:0}@page{size:A4 landscape;margin:12mm}}";

    private final PlanService plans;
    private final Labels labels;

    public PrintPlanView(PlanService plans, Labels labels) {
        this.plans = plans;
        this.labels = labels;
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
    }

    private Element table(List<ActivityDraft> activities, DateTimeFormatter dates) {
        Element table = new Element("table");
        Element head = new Element("tr");
        for (String key : List.of("plan.rag", "activity.description", "activity.level", "activity.communities",
                "activity.status", "activity.lead", "activity.purposes", "activity.methods", "activity.stage",
                "activity.plannedStart", "activity.plannedEnd")) {
            head.appendChild(new Element("th").setText(getTranslation(key)).setAttribute("scope", "col"));
        }
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
