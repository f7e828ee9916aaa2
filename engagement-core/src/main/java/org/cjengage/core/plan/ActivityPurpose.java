package org.cjengage.core.plan;

import org.springframework.data.relational.core.mapping.Table;

/**
 * An expected achievement of an activity, with the qualifiers its purpose asks for
 * (who, where, about what, how).
 */
@Table("activity_purpose")
public record ActivityPurpose(String purposeCode, String who, String place, String about, String how) {

    public static ActivityPurpose of(String purposeCode) {
        return new ActivityPurpose(purposeCode, null, null, null, null);
    }
}
