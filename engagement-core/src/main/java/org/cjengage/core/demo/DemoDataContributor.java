package org.cjengage.core.demo;

/**
 * A feature's share of the demo data. Called once, after the base demo partnership, users and plan
 * exist, only when the database was empty. Contributors run in {@link #order()}.
 */
public interface DemoDataContributor {

    int order();

    void contribute(DemoContext context);
}
