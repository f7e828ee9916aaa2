package org.cjengage.core.opendata;

/**
 * Where an open-data file is imported: an existing partnership that has no plans yet, or a new partnership
 * (code and name as given, or as in the file when blank).
 */
public sealed interface ImportTarget {

    record Existing(long partnershipId) implements ImportTarget {
    }

    record NewPartnership(String code, String name, String area) implements ImportTarget {
    }
}
