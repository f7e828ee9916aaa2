package org.cjengage.ui.common;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * A style sheet of the plugin's own put in the page's head once per UI (it stays there while the UI lives): the first
 * component that needs it sends it, later ones send nothing. The one home of that mechanism for the grids, tables,
 * charts and dashboard.
 */
public final class PageStyles {

    private PageStyles() {
    }

    /** Adds the style sheet {@code css} as {@code <style id="id">} to the page, once per UI. */
    public static void addOnce(UI ui, String id, String css) {
        addOnce(ui, id, css, "");
    }

    /**
     * Adds the style sheet once per UI and runs {@code script} with it (a script the sheet's components call later,
     * defined in the same request, before their own calls).
     */
    public static void addOnce(UI ui, String id, String css, String script) {
        String sent = PageStyles.class.getName() + "." + id;
        if (ComponentUtil.getData(ui, sent) == null) {
            ComponentUtil.setData(ui, sent, Boolean.TRUE);
            ui.getPage().executeJs("if(!document.getElementById('" + id + "')){"
                    + "const s=document.createElement('style');s.id='" + id + "';s.textContent=$0;"
                    + "document.head.appendChild(s);}" + script, css);
        }
    }
}
