package org.cjengage.ui.common;

import java.util.function.LongFunction;

import com.vaadin.flow.component.Component;

/**
 * A section a feature adds to every activity's page, below its links (for example the summary of participants'
 * feedback), declared as a bean so features never edit the activity page itself. {@code create} builds the
 * section for an activity id, after the page has checked the caller may read the activity; it returns
 * {@code null} when it has nothing to show.
 */
public record ActivitySection(int order, LongFunction<Component> create) {
}
