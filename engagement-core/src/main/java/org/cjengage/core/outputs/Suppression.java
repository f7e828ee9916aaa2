package org.cjengage.core.outputs;

/**
 * Statistical disclosure control for published counts: any count below the threshold is shown as
 * {@code <threshold} (e.g. "<5"), so small groups cannot be singled out. Zero is below the threshold
 * too and is suppressed the same way, so a suppressed cell never tells "none" from "a few".
 */
public record Suppression(int threshold) {

    public Suppression {
        if (threshold < 1) {
            throw new IllegalArgumentException("suppression threshold must be at least 1, was " + threshold);
        }
    }

    public String show(long count) {
        return count < threshold ? "<" + threshold : String.valueOf(count);
    }
}
