package org.cjengage.core.admin;

/**
 * Adds one section to the personal data export of a user: a feature that stores records about or by people
 * (e.g. the data audit trail's "changed by") contributes a bean. The value is serialised as JSON (maps, lists,
 * records, strings, numbers).
 */
public interface PersonalDataContributor {

    /** Name of the section in the export, e.g. "planChanges". */
    String section();

    /** What the feature holds about or by the user; called inside the export's transaction. */
    Object collect(long userId);
}
