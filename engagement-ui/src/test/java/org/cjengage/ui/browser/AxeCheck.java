package org.cjengage.ui.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/**
 * Runs axe-core on the page a browser test shows, against the WCAG 2.0, 2.1 and 2.2 level A and AA rules, and
 * describes each violation in a readable block: page, rule, impact, help URL, then each target with axe's
 * summary. Violations we cannot fix (inside Vaadin's components) are excluded one rule and one target at a
 * time, never a whole rule; docs/accessibility.md explains each.
 */
final class AxeCheck {

    static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** A rule on a target (regular expression over axe's selector; shadow-DOM steps joined by " >> "). */
    record Exclusion(String ruleId, Pattern target, String why) {
    }

    static final List<Exclusion> EXCLUSIONS = List.of(
            new Exclusion("aria-allowed-attr", Pattern.compile(".*vaadin-select-value-button(\\[aria-required=\"true\"\\])?"),
                    "a required Vaadin Select puts aria-required on its own value button, whose role (button) does"
                            + " not allow it: https://github.com/vaadin/web-components/issues/7337 (axe names the button"
                            + " by its attribute only when the page has another select's button)"),
            new Exclusion("target-size", Pattern.compile(".+ >> #vaadin-grid-cell-\\d+"),
                    "Vaadin Grid keeps one cell in the tab order for arrow-key navigation; axe counts that cell as a"
                            + " pointer target partly covered by the link (at least 24 px high) inside it, as it does for focusable"
                            + " tab panels: https://github.com/dequelabs/axe-core/issues/4701"));

    /**
     * Lumo paints some surfaces (drawer, navigation bar, striped grid rows, cards) with a one-colour
     * linear-gradient, which axe cannot measure, so it would leave their text's contrast for review. This repaints
     * each such gradient that covers its whole element as the same colour laid over the element's own
     * background: the page looks the same and axe can measure it.
     */
    private static final String FLATTEN_ONE_COLOUR_GRADIENTS = """
            () => {
              const rgba = s => { const n = s.match(/[\\d.]+/g).map(Number); return [n[0], n[1], n[2], n.length > 3 ? n[3] : 1]; };
              const over = (top, under) => {
                const alpha = top[3] + under[3] * (1 - top[3]);
                return alpha === 0 ? [0, 0, 0, 0]
                    : [0, 1, 2].map(i => (top[i] * top[3] + under[i] * under[3] * (1 - top[3])) / alpha).concat(alpha);
              };
              const visit = root => root.querySelectorAll('*').forEach(el => {
                const style = getComputedStyle(el);
                const m = style.backgroundImage.match(/^linear-gradient\\((rgba?\\([^)]*\\)), (rgba?\\([^)]*\\))\\)$/);
                if (m && m[1] === m[2] && /^auto( auto)?$/.test(style.backgroundSize)) {
                  const c = over(rgba(m[1]), rgba(style.backgroundColor));
                  el.style.setProperty('background-image', 'none', 'important');
                  el.style.setProperty('background-color', `rgba(${c.join(', ')})`, 'important');
                }
                if (el.shadowRoot) visit(el.shadowRoot);
              });
              visit(document);
            }""";

    private AxeCheck() {
    }

    /**
     * What axe found on a page: violations, one readable block per rule (empty if none), and what it could not
     * decide and leaves for a person ("needs review"), one line per rule and target.
     */
    record Findings(List<String> violations, List<String> needsReview) {
    }

    /** Checks the current page, named {@code name} in the report. */
    static Findings check(Page page, String name) {
        page.evaluate(FLATTEN_ONE_COLOUR_GRADIENTS);
        // Legacy mode runs axe in the page itself; we have no iframes, and it saves opening a page per check.
        AxeResults results = new AxeBuilder(page).withTags(WCAG_A_AA).setLegacyMode(true).analyze();
        if (results.isErrored()) {
            return new Findings(List.of(name + ": axe-core failed: " + results.getErrorMessage()), List.of());
        }
        List<String> report = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            List<CheckedNode> nodes = rule.getNodes().stream().filter(node -> !excluded(rule.getId(), target(node))).toList();
            if (!nodes.isEmpty()) {
                report.add(name + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + "\n    "
                        + rule.getHelpUrl() + nodes.stream()
                        .map(node -> "\n    - " + target(node) + "\n      " + summary(node)).collect(Collectors.joining()));
            }
        }
        List<String> needsReview = results.getIncomplete().stream().flatMap(rule -> rule.getNodes().stream()
                .map(node -> name + "\t" + rule.getId() + "\t" + target(node) + "\t" + firstLine(node))).toList();
        return new Findings(report, needsReview);
    }

    private static String firstLine(CheckedNode node) {
        String[] lines = String.valueOf(node.getFailureSummary()).split("\n");
        return lines[lines.length > 1 ? 1 : 0].trim();
    }

    private static boolean excluded(String ruleId, String target) {
        return EXCLUSIONS.stream().anyMatch(e -> e.ruleId().equals(ruleId) && e.target().matcher(target).matches());
    }

    /** axe's target: a selector, or for shadow DOM the selectors from the document down, joined by " >> ". */
    static String target(CheckedNode node) {
        return flatten(node.getTarget());
    }

    private static String flatten(Object target) {
        if (target instanceof List<?> steps) {
            return steps.stream().map(AxeCheck::flatten).collect(Collectors.joining(" >> "));
        }
        return String.valueOf(target);
    }

    private static String summary(CheckedNode node) {
        String summary = node.getFailureSummary() == null ? node.getHtml() : node.getFailureSummary();
        return summary.replace("\n", "\n      ");
    }
}
