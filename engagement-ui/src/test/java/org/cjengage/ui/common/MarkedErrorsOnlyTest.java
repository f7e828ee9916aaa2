package org.cjengage.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import org.junit.jupiter.api.Test;

/** A form's binder clears a field only when it shows an error, so a form opened afresh sends no clearing at all. */
class MarkedErrorsOnlyTest {

    static class Model {
        String name = "";
        String lead = "";
    }

    /** A text field that counts how often it is set valid or invalid (each time a script for the browser). */
    static class CountingField extends TextField {
        int validitySet;

        @Override
        public void setInvalid(boolean invalid) {
            validitySet++;
            super.setInvalid(invalid);
        }
    }

    @Test
    void fieldsWithNothingToClearAreLeftAloneAndAMarkedFieldIsCleared() {
        // Given a binder with the handler and two fields, one of them marked by an earlier refusal
        CountingField name = new CountingField();
        CountingField lead = new CountingField();
        Binder<Model> binder = new Binder<>();
        binder.setValidationErrorHandler(new MarkedErrorsOnly());
        binder.forField(name).bind(m -> m.name, (m, v) -> m.name = v);
        binder.forField(lead).bind(m -> m.lead, (m, v) -> m.lead = v);
        lead.setInvalid(true);
        lead.setErrorMessage("Give a lead person.");
        name.validitySet = 0;
        lead.validitySet = 0;

        // When the form reads a bean again
        binder.readBean(new Model());

        // Then only the marked field was touched, and it shows no error any more
        assertThat(name.validitySet).isZero();
        assertThat(lead.validitySet).isEqualTo(1);
        assertThat(lead.isInvalid()).isFalse();
    }
}
