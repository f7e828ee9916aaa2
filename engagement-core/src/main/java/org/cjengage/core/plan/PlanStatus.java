package org.cjengage.core.plan;

import java.util.Arrays;
import java.util.Optional;

/** Plan status column of the outline action plan, numbered as in the paper plan. */
public enum PlanStatus {
    NOT_STARTED(1), IN_PROGRESS(2), COMPLETE(3);

    private final int number;

    PlanStatus(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static Optional<PlanStatus> ofNumber(int number) {
        return Arrays.stream(values()).filter(s -> s.number == number).findFirst();
    }
}
