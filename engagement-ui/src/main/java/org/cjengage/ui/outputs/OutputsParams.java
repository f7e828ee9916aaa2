package org.cjengage.ui.outputs;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cjengage.core.common.NotFoundException;

/** Reads numeric query parameters; a malformed one is treated as "not found", never a stack trace. */
final class OutputsParams {

    private OutputsParams() {
    }

    /** The {@code plan} parameter: a plan id, {@code all}, or none (the current plan). */
    static org.cjengage.core.plan.PlanScope planScope(Map<String, List<String>> params) {
        List<String> values = params.get("plan");
        String value = values == null || values.isEmpty() ? null : values.getFirst();
        try {
            return org.cjengage.core.plan.PlanScope.parse(value);
        } catch (NumberFormatException e) {
            throw new NotFoundException("plan", value);
        }
    }

    static Optional<Long> longParam(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(values.getFirst()));
        } catch (NumberFormatException e) {
            throw new NotFoundException(name, values.getFirst());
        }
    }
}
