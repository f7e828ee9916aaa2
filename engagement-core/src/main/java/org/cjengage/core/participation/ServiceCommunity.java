package org.cjengage.core.participation;

import org.springframework.data.relational.core.mapping.Table;

/** A community type (code from the community-types vocabulary) a tracked service serves. */
@Table("tracked_service_community")
public record ServiceCommunity(String communityCode) {
}
