package org.cjengage.core.plan;

import org.springframework.data.relational.core.mapping.Table;

/** A community type (code from the community-types vocabulary) an activity focuses on. */
@Table("activity_community")
public record FocusCommunity(String communityCode) {
}
