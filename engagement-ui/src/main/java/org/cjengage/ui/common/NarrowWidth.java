package org.cjengage.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * Tells a view whether it is drawn narrower than its wide layout needs (a phone, a small tablet), so that it can
 * show fewer columns instead of scrolling sideways (WCAG 2.2, 1.4.10 reflow). The browser watches the component's
 * own width (a ResizeObserver: the side navigation, a host's layout and zoom all count) and reports only changes;
 * the first report comes as soon as the component is drawn. Until then the view is taken to be wide.
 */
public final class NarrowWidth {

    static final String EVENT = "cje-narrow";
    private static final String WATCH = """
            const el = this, limit = $0;
            el.__cjeNarrow = undefined;
            const check = () => {
              const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
              const narrow = el.clientWidth > 0 && el.clientWidth < limit * rem;
              if (el.clientWidth > 0 && narrow !== el.__cjeNarrow) {
                el.__cjeNarrow = narrow;
                el.dispatchEvent(new CustomEvent('cje-narrow', {detail: narrow}));
              }
            };
            if (!el.__cjeNarrowObserver) {
              el.__cjeNarrowObserver = new ResizeObserver(() => el.__cjeNarrowCheck());
              el.__cjeNarrowObserver.observe(el);
            }
            el.__cjeNarrowCheck = check;
            check();""";

    private NarrowWidth() {
    }

    /**
     * @param component the component whose width counts (usually the view)
     * @param widthRem  the width, in rem, below which it counts as narrow
     * @param listener  told {@code true} when the component becomes narrow, {@code false} when it becomes wide again
     */
    public static void observe(Component component, double widthRem, SerializableConsumer<Boolean> listener) {
        component.getElement().addEventListener(EVENT, e -> listener.accept(e.getEventData().get("event.detail")
                .asBoolean())).addEventData("event.detail");
        component.addAttachListener(e -> component.getElement().executeJs(WATCH, widthRem));
    }
}
