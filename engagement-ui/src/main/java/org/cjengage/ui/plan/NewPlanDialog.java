package org.cjengage.ui.plan;

import java.time.LocalDate;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.cjengage.core.common.ValidationException;
import org.cjengage.core.common.Violation;
import org.cjengage.core.plan.PlanDraft;
import org.cjengage.ui.common.ErrorMessages;

/** Asks for a new plan's title, local-plan outcome and period; the caller saves it. */
class NewPlanDialog extends Dialog {

    final TextField title = new TextField();
    final TextArea outcome = new TextArea();
    final DatePicker periodStart = new DatePicker();
    final DatePicker periodEnd = new DatePicker();

    NewPlanDialog(Consumer<PlanDraft> onSave) {
        setHeaderTitle(getTranslation("plan.new.title"));
        title.setLabel(getTranslation("plan.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(PlanDraft.TITLE_MAX);
        outcome.setLabel(getTranslation("plan.outcome"));
        outcome.setMaxLength(PlanDraft.OUTCOME_MAX);
        periodStart.setLabel(getTranslation("plan.periodStart"));
        periodStart.setValue(LocalDate.now().withDayOfMonth(1));
        periodEnd.setLabel(getTranslation("plan.periodEnd"));
        periodEnd.setValue(periodStart.getValue().plusYears(3).minusDays(1));
        add(new FormLayout(title, outcome, periodStart, periodEnd));
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                onSave.accept(new PlanDraft(title.getValue(), outcome.getValue(), periodStart.getValue(),
                        periodEnd.getValue()));
                close();
            } catch (ValidationException ex) {
                for (Violation v : ex.violations()) {
                    switch (v.field()) {
                        case "title" -> invalid(title, v);
                        case "outcome" -> invalid(outcome, v);
                        case "periodStart" -> invalid(periodStart, v);
                        default -> invalid(periodEnd, v);
                    }
                }
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private static void invalid(com.vaadin.flow.component.HasValidation field, Violation v) {
        field.setInvalid(true);
        field.setErrorMessage(ErrorMessages.describe(v));
    }
}
