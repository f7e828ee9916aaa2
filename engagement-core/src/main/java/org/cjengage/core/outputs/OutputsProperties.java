package org.cjengage.core.outputs;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the statutory outputs.
 *
 * @param suppressionThreshold counts below this are published as "&lt;threshold" (default 5)
 */
@ConfigurationProperties("cjengage.outputs")
public record OutputsProperties(Integer suppressionThreshold) {
    public OutputsProperties {
        suppressionThreshold = suppressionThreshold == null ? 5 : suppressionThreshold;
    }
}
