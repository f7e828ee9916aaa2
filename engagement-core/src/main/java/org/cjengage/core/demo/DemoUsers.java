package org.cjengage.core.demo;

/** The demo accounts (documented in README). Only created in an empty database with demo data enabled. */
public final class DemoUsers {
    public static final String PASSWORD = "engage-demo-2026";
    public static final String ADMIN = "admin";
    public static final String LEAD = "lead";
    public static final String STAFF = "staff";
    public static final String PARTNER = "partner";
    public static final String NATIONAL = "national";
    public static final String OTHER_LEAD = "westshore-lead";

    private DemoUsers() {
    }
}
