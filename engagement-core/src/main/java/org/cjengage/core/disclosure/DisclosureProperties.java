package org.cjengage.core.disclosure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param threshold counts of people from 1 to this minus one are shown as "fewer than threshold" when they
 *                  leave the partnership ({@code cjengage.disclosure.threshold}, default 5; 1 turns suppression
 *                  off; 2 is refused, since with zero shown as 0 "fewer than 2" would say 1)
 */
@ConfigurationProperties("cjengage.disclosure")
public record DisclosureProperties(@DefaultValue("5") int threshold) {

    public DisclosureProperties {
        if (threshold < 1 || threshold == 2) {
            throw new IllegalArgumentException(
                    "cjengage.disclosure.threshold must be 1 (nothing suppressed) or at least 3, was " + threshold);
        }
    }
}
