package org.cjengage.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;

import org.cjengage.core.common.ValidationException;
import org.cjengage.core.common.Violation;

/**
 * Shows a service's refusal on a form: each field the service names is marked invalid with the reason
 * under it. A problem that names no field of the form is shown in a notification (or on the fallback
 * field, when one is given), so no refusal is ever silently dropped. Every call first clears what the
 * previous attempt marked.
 */
public final class FieldErrors {

    private final Map<String, ?> fieldsByName;
    private final HasValidation fallback;

    /**
     * @param fieldsByName the form's fields by the names the service uses; entries that cannot show an error are
     *                     skipped. The map is read on every call, so a form whose fields come and go may pass a
     *                     map it keeps up to date, or build a new {@code FieldErrors} each time.
     */
    public FieldErrors(Map<String, ?> fieldsByName) {
        this(fieldsByName, null);
    }

    public FieldErrors(Map<String, ?> fieldsByName, HasValidation fallback) {
        this.fieldsByName = fieldsByName;
        this.fallback = fallback;
    }

    public void show(ValidationException e) {
        mark(e);
    }

    /** As {@link #show}, then moves keyboard focus to the first field marked (in the service's order). */
    public void showAndFocus(ValidationException e) {
        if (mark(e) instanceof Focusable<?> first) {
            first.focus();
        }
    }

    /** Shows one problem the form found itself (e.g. two passwords that differ), as if a service had refused it. */
    public void show(String field, String messageKey, Object... args) {
        show(new ValidationException(List.of(new Violation(field, messageKey, args))));
    }

    public void clear() {
        fieldsByName.values().forEach(f -> {
            if (f instanceof HasValidation field) {
                reset(field);
            }
        });
        if (fallback != null) {
            reset(fallback);
        }
    }

    /** Marks the fields and returns the first one marked, or null when none could be. */
    private HasValidation mark(ValidationException e) {
        clear();
        HasValidation first = null;
        List<Violation> unplaced = new ArrayList<>();
        for (Violation v : e.violations()) {
            HasValidation field = fieldsByName.get(v.field()) instanceof HasValidation f ? f : fallback;
            if (field == null) {
                unplaced.add(v);
            } else {
                field.setInvalid(true);
                field.setErrorMessage(ErrorMessages.describe(v));
                first = first == null ? field : first;
            }
        }
        if (!unplaced.isEmpty()) {
            Notifications.error(unplaced.stream().map(ErrorMessages::describe).distinct()
                    .collect(Collectors.joining(" ")));
        }
        return first;
    }

    /**
     * Clears only what is marked: setting a field valid again sends a script to the browser each time, and a form
     * opened afresh has nothing to clear (the activity page cleared its 28 fields at each visit).
     */
    private static void reset(HasValidation field) {
        if (field.isInvalid()) {
            field.setInvalid(false);
        }
        String message = field.getErrorMessage();
        if (message != null && !message.isEmpty()) {
            field.setErrorMessage(null);
        }
    }
}
