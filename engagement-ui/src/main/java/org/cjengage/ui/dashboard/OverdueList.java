package org.cjengage.ui.dashboard;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import org.cjengage.core.dashboard.OverdueActivity;
import org.cjengage.ui.common.Labels;
import org.cjengage.ui.common.chart.DataTable;

/** The oldest overdue activities, each linking to its row in the plan. Text only, never HTML. */
class OverdueList extends Section {

    final DataTable table = new DataTable();

    OverdueList(List<OverdueActivity> overdue, Labels labels, boolean national, String planRoute) {
        setId("dashboard-overdue");
        setWidthFull();
        H3 heading = new H3(getTranslation("dashboard.overdue.title"));
        heading.setId("dashboard-overdue-title");
        getElement().setAttribute("aria-labelledby", "dashboard-overdue-title");
        add(heading);
        if (overdue.isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.overdue.none")));
            return;
        }
        List<String> headers = new ArrayList<>(List.of(getTranslation("dashboard.overdue.activity")));
        if (national) {
            headers.add(getTranslation("dashboard.overdue.partnership"));
        }
        headers.addAll(List.of(getTranslation("dashboard.overdue.plannedEnd"), getTranslation("dashboard.overdue.status"),
                getTranslation("dashboard.overdue.stage"), getTranslation("dashboard.overdue.lead")));
        List<List<String>> rows = new ArrayList<>();
        for (OverdueActivity a : overdue) {
            List<String> row = new ArrayList<>(List.of(a.description()));
            if (national) {
                row.add(a.partnershipName());
            }
            row.addAll(List.of(a.plannedEnd().toString(), getTranslation("status." + a.status().name()),
                    a.stageCode() == null ? getTranslation("dashboard.stage.none") : labels.stage(a.stageCode()),
                    a.leadPerson() == null ? "" : a.leadPerson()));
            rows.add(row);
        }
        table.setData(getTranslation("dashboard.overdue.title"), headers, rows,
                (r, c) -> c == 0 ? PlanLinks.activity(planRoute, overdue.get(r).planId(), overdue.get(r).id()) : null);
        table.stackWhenNarrow();
        add(table);
    }
}
