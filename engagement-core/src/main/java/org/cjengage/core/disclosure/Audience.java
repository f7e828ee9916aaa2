package org.cjengage.core.disclosure;

/**
 * Who will see a figure. The disclosure rule depends only on this and on what the figure counts
 * (docs/disclosure.md).
 */
public enum Audience {
    /**
     * Members of the partnership the figure is about (its admins, strategy leads, staff and partners):
     * every figure exact.
     */
    PARTNERSHIP,
    /**
     * Anyone beyond that partnership: public pages, published documents, open data, exports, national
     * views. Counts of people are suppressed when small.
     */
    BEYOND
}
