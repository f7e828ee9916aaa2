package org.cjengage.ui.outputs;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cjengage.core.common.NotFoundException;

/** Reads numeric query parameters; a malformed one is treated as "not found", never a stack trace. */
final class OutputsParams {

    private OutputsParams() {
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
