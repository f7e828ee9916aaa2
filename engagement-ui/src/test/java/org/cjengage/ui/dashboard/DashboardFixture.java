package org.cjengage.ui.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.dom.Element;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.ActivityRepository;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.PlanStatus;
import org.cjengage.core.testsupport.TestData;

/**
 * A partnership whose plan has 13 activities: 6 complete (Inform, victims, deliver stage, 8 people each), 5 in
 * progress and overdue at the review stage (4 people each) and 2 in progress at the plan stage (Engage, third
 * sector, 1 person each). Its members see every figure exactly. Beyond the partnership (a national viewer),
 * activity counts stay exact; of the people by stage, the 2 at the plan stage read "&lt;5" and, by secondary
 * suppression, the 48 at the deliver stage (the first other non-zero stage) reads "hidden"; the total (70)
 * is shown.
 */
record DashboardFixture(Partnership partnership, ActionPlan plan) {

    static DashboardFixture create(TestData data, ActivityRepository activities) {
        Partnership partnership = data.partnership();
        ActionPlan plan = data.plan(partnership.id());
        LocalDate today = LocalDate.now(org.cjengage.core.EngagementCoreAutoConfiguration.ZONE);
        for (int i = 0; i < 6; i++) {
            save(activities, plan, "Complete " + i, PlanStatus.COMPLETE, "INFORM", "VICTIMS", "DELIVER",
                    today.minusDays(200), today.minusDays(100), 8);
        }
        for (int i = 0; i < 5; i++) {
            save(activities, plan, "Late review " + i, PlanStatus.IN_PROGRESS, "ENGAGE", "THIRD_SECTOR", "REVIEW",
                    today.minusDays(100), today.minusDays(10 + i), 4);
        }
        for (int i = 0; i < 2; i++) {
            save(activities, plan, "Planning " + i, PlanStatus.IN_PROGRESS, "ENGAGE", "THIRD_SECTOR", "PLAN",
                    today.minusDays(10), today.plusDays(300), 1);
        }
        return new DashboardFixture(partnership, plan);
    }

    private static void save(ActivityRepository activities, ActionPlan plan, String description, PlanStatus status,
                             String level, String community, String stage, LocalDate start, LocalDate end,
                             int participants) {
        activities.save(EngagementActivity.create(plan, new ActivityDraft(description, level, Set.of(community),
                Set.of(), status, "Lead person", Set.of(), Set.of(), stage, start, end, null, null)
                .withVoice(org.cjengage.core.plan.VoiceCycle.of(java.util.Map.of(), participants))));
    }

    /** Texts of every cell (th and td) of an element tree, in document order. */
    static List<String> cellTexts(Element root) {
        List<String> texts = new ArrayList<>();
        walk(root, e -> {
            if (e.getTag().equals("td") || e.getTag().equals("th")) {
                texts.add(e.getTextRecursively());
            }
        });
        return texts;
    }

    /** The href of every link in an element tree. */
    static List<String> hrefs(Element root) {
        List<String> hrefs = new ArrayList<>();
        walk(root, e -> {
            if (e.getTag().equals("a") && e.hasAttribute("href")) {
                hrefs.add(e.getAttribute("href"));
            }
        });
        return hrefs;
    }

    private static void walk(Element e, java.util.function.Consumer<Element> visit) {
        if (e.isTextNode()) {
            return;
        }
        visit.accept(e);
        e.getChildren().forEach(c -> walk(c, visit));
    }
}
