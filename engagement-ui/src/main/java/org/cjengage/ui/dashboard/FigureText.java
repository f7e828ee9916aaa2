package org.cjengage.ui.dashboard;

import java.util.function.BiFunction;

import org.cjengage.core.disclosure.Figure;
import org.cjengage.core.dashboard.Suppression;

/** How a figure reads on screen: the number, "&lt;5" for a small count, or "hidden" (secondary suppression). */
final class FigureText {

    private final BiFunction<String, Object[], String> translate;
    private final int threshold;

    FigureText(Suppression suppression, BiFunction<String, Object[], String> translate) {
        this.translate = translate;
        this.threshold = suppression.threshold();
    }

    String of(Figure figure) {
        return switch (figure.kind()) {
            case EXACT -> String.valueOf(figure.value());
            case SMALL -> translate.apply("dashboard.figure.small", new Object[] {threshold});
            case HIDDEN -> translate.apply("dashboard.figure.hidden", new Object[0]);
        };
    }
}
