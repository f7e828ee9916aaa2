package org.cjengage.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;

import org.cjengage.core.common.ValidationException;
import org.cjengage.core.common.Violation;

/**
 * Shows a service's refusal on a form: each field the service names is marked invalid with the reason
 * under it. A problem that names no field of the form is shown in a notification (or on the fallback
 * field, when one is given), so no refusal is ever silently dropped.
 */
public final class FieldErrors {

    private final Map<String, ?> fieldsByName;
    private final HasValidation fallback;

    /** @param fieldsByName the form's fields by the names the service uses; entries that cannot show an error are skipped */
    public FieldErrors(Map<String, ?> fieldsByName) {
        this(fieldsByName, null);
    }

    public FieldErrors(Map<String, ?> fieldsByName, HasValidation fallback) {
        this.fieldsByName = fieldsByName;
        this.fallback = fallback;
    }

    public void show(ValidationException e) {
        clear();
        List<Violation> unplaced = new ArrayList<>();
        for (Violation v : e.violations()) {
            HasValidation field = fieldsByName.get(v.field()) instanceof HasValidation f ? f : fallback;
            if (field == null) {
                unplaced.add(v);
            } else {
                field.setInvalid(true);
                field.setErrorMessage(ErrorMessages.describe(v));
            }
        }
        if (!unplaced.isEmpty()) {
            Notifications.error(unplaced.stream().map(ErrorMessages::describe).distinct()
                    .collect(Collectors.joining(" ")));
        }
    }

    public void clear() {
        fieldsByName.values().forEach(f -> {
            if (f instanceof HasValidation field) {
                field.setInvalid(false);
                field.setErrorMessage(null);
            }
        });
        if (fallback != null) {
            fallback.setInvalid(false);
            fallback.setErrorMessage(null);
        }
    }
}
