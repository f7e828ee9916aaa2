package org.cjengage.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import com.vaadin.flow.server.communication.UidlWriter;

import org.cjengage.core.testsupport.AsUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How big a page each step of the load test's visit leaves in the browser and on the server (docs/benchmarks.md,
 * "Vaadin answers per step"): the elements of the whole page (the frame and the view) after each step, held under a
 * limit. Every element is built on the server, kept in the session while the page is open, and sent to the browser
 * as several changes (its tag, attributes, text, place), so the count is what the processor time of building and
 * writing a page, and the memory a tab keeps, grow with. The load test prints the answers' real sizes.
 */
class VisitPageSizeTest extends LoadTestVisit {

    /**
     * The most elements each step's page may have (measured 2026-12-07 with 30 activities, no feedback: 163 for the
     * plan grid and the activity before its rows became templates and its choices combo boxes, 116 and 133 after;
     * dashboard 579 and statement 330 before the frame lost its hidden switcher and spacer, about 5 fewer after; the
     * activity 130 once its change history was built only when opened, night of 2026-12-07).
     */
    static final Map<String, Integer> LIMITS = Map.of("start page", 122, "plan grid", 122, "filter", 122,
            "open activity", 136, "save activity", 136, "dashboard", 600, "statement", 346);
    /**
     * The most characters the answer of a step may have, where measured (2026-12-07: dashboard 156,229 before,
     * 124,889 after; statement 94,876 before, 85,042 after; plus about 5 %).
     */
    static final Map<String, Integer> ANSWER_LIMITS = Map.of("dashboard", 131_000, "statement", 89_000);

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void eachStepOfAVisitLeavesAPageOfBoundedSize() {
        signedInLeadWithPlan();
        Map<String, Page> steps = visit(this::step, grid -> {
            // the rows the browser asked for are drawn from templates: no component per row kept in the session
            assertThat(test(grid.grid).size()).isPositive();
            assertThat(grid.grid.getElement().getNode().getFeature(VirtualChildrenList.class).size())
                    .as("components kept for the grid's rows").isZero();
            assertThat(grid.grid.getColumns()).allSatisfy(column -> assertThat(column.getRenderer())
                    .as(column.getKey()).isNotInstanceOf(ComponentRenderer.class));
        });

        String measured = lines(steps);
        steps.forEach((step, page) -> assertThat(page.elements())
                .as("%s: %s", step, measured).isLessThanOrEqualTo(LIMITS.get(step)));
        ANSWER_LIMITS.forEach((step, limit) -> assertThat(steps.get(step).answerCharacters())
                .as("%s answer: %s", step, measured).isLessThanOrEqualTo(limit));
    }

    /**
     * A page after a step: its view, its elements, the elements by tag, and the characters of the answer Vaadin
     * writes for the step (its changes and calls, as {@code UidlWriter} writes them for the browser).
     */
    record Page(String view, int elements, Map<String, Integer> tags, int answerCharacters) {
        @Override
        public String toString() {
            return view + ", " + elements + " elements, answer " + answerCharacters + " characters " + tags;
        }
    }

    private Page step(Runnable work) {
        work.run();
        int answer = new UidlWriter().createUidl(UI.getCurrent(), false).toString().length();
        roundTrip();
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        Element page = chain.getLast().getElement();
        Map<String, Integer> tags = new TreeMap<>();
        int elements = count(page, tags);
        return new Page(chain.getFirst().getClass().getSimpleName(), elements, tags, answer);
    }

    private static int count(Element element, Map<String, Integer> tags) {
        tags.merge(element.isTextNode() ? "#text" : element.getTag(), 1, Integer::sum);
        int n = 1;
        for (int i = 0; i < element.getChildCount(); i++) {
            n += count(element.getChild(i), tags);
        }
        return n;
    }
}
