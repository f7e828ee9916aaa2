package org.cjengage.core.security;

/** What a user may do within a partnership (or, for a national membership, across all of them). */
public enum Role {
    /** Manages users and everything in the partnership; a national admin manages every partnership. */
    ADMIN,
    /** Fills in and maintains the outline action plan; approves assessments. */
    STRATEGY_LEAD,
    /** Scores activities and records what happened. */
    STAFF,
    /** Statutory or third-sector partner: reads progress. */
    PARTNER,
    /** A national body: reads every partnership, changes nothing. */
    NATIONAL_VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }
}
