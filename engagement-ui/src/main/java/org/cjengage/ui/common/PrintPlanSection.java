package org.cjengage.ui.common;

import java.util.function.LongFunction;

import com.vaadin.flow.component.Component;

/**
 * A section a feature adds below the table of the printable plan (for example the feedback links with their QR
 * codes), declared as a bean so features never edit the printable view. {@code create} builds it for a plan id
 * after the view has checked the caller may read the plan; it returns {@code null} when there is nothing to print.
 */
public record PrintPlanSection(int order, LongFunction<Component> create) {
}
