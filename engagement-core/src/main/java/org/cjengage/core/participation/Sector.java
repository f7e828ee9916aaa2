package org.cjengage.core.participation;

/** Who runs a tracked service. */
public enum Sector {
    STATUTORY, THIRD_SECTOR
}
