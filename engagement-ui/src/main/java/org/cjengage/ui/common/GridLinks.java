package org.cjengage.ui.common;

import com.vaadin.flow.router.RouterLink;

/**
 * Links shown in grid cells. A one-line link is only about 17 px high; WCAG 2.2 (2.5.8, target size) asks for
 * pointer targets of at least 24 by 24 px, so a grid link gets a Lumo "xs" size (26 px) of height.
 */
public final class GridLinks {

    private GridLinks() {
    }

    /** The style of a tall link, also for links drawn by a grid's template. */
    public static final String TALL_STYLE = "display:inline-flex;align-items:center;min-height:var(--lumo-size-xs)";

    public static RouterLink tall(RouterLink link) {
        link.getStyle().set("display", "inline-flex").set("align-items", "center")
                .set("min-height", "var(--lumo-size-xs)");
        return link;
    }
}
