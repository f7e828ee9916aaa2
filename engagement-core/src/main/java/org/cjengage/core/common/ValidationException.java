package org.cjengage.core.common;

import java.util.List;

/** Input broke one or more rules; nothing was changed. */
public class ValidationException extends DomainException {

    private final List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super("error.validation", violations.size());
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    @Override
    public String getMessage() {
        return "validation failed: " + violations;
    }
}
