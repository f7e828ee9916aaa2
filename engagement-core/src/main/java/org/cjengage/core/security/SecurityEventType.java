package org.cjengage.core.security;

/** Kinds of entries in the security event log. Stored by name: only ever add. */
public enum SecurityEventType {
    LOGIN_SUCCESS,
    LOGIN_FAILURE,
    /** Too many failed sign-ins: the username is locked for a while. */
    LOCKED,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    USER_INVITED,
    ROLE_CHANGED,
    USER_DEACTIVATED,
    USER_REACTIVATED,
    PERSONAL_DATA_REMOVED,
    /** Data left the system (plan export and the like); written by the exporting feature. */
    EXPORT,
    PERSONAL_DATA_EXPORT,
    /** An identity at an OpenID Connect provider was linked to the account (by verified e-mail, once). */
    EXTERNAL_ACCOUNT_LINKED
}
