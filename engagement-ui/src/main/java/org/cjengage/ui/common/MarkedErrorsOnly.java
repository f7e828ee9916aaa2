package org.cjengage.ui.common;

import java.util.Arrays;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.DefaultBinderValidationErrorHandler;
import com.vaadin.flow.data.binder.ErrorLevel;

/**
 * A binder's error handler that clears a field only when it shows something: Vaadin's own clears every field when it
 * is bound and each time a bean is read, and each clearing sends a script to the browser (the activity page sent 91
 * of them at each visit, for fields with nothing to clear). Marking a field works as Vaadin's does. Set it with
 * {@code binder.setValidationErrorHandler(new MarkedErrorsOnly())} before binding the fields.
 */
public class MarkedErrorsOnly extends DefaultBinderValidationErrorHandler {

    @Override
    public void clearError(HasValue<?, ?> field) {
        if (shows(field)) {
            super.clearError(field);
        }
    }

    private boolean shows(HasValue<?, ?> field) {
        if (!(field instanceof HasValidation validation)) {
            return true; // nothing known about it: cleared as before
        }
        // the message stays on the field after Vaadin's clearing, not shown: only being invalid or a theme shows
        return validation.isInvalid() || getThemes(field).map(themes -> Arrays.stream(ErrorLevel.values())
                        .anyMatch(level -> themes.contains(getErrorThemeName(level)))).orElse(false);
    }
}
