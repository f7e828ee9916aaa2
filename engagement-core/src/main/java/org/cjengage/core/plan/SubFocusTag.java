package org.cjengage.core.plan;

import org.springframework.data.relational.core.mapping.Table;

/** A sub-focus tag (protected characteristic or protective factor) of an activity. */
@Table("activity_tag")
public record SubFocusTag(String tagCode) {
}
