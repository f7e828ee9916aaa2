package org.cjengage.ui.plan;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.cjengage.ui.common.UkDates;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.cjengage.core.common.DomainException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.PlanCopy;
import org.cjengage.core.plan.PlanDraft;
import org.cjengage.ui.common.ErrorMessages;
import org.cjengage.ui.common.FieldErrors;

/**
 * A plan's title, local-plan outcome and period, for a new plan, an edit or a copy into a new period.
 * The caller saves; refusals are shown at the fields and the dialog stays open with what was typed.
 */
class PlanDialog extends Dialog {

    final TextField title = new TextField();
    final TextArea outcome = new TextArea();
    final DatePicker periodStart = UkDates.apply(new DatePicker());
    final DatePicker periodEnd = UkDates.apply(new DatePicker());
    final Button save;
    private final FieldErrors errors = new FieldErrors(Map.of("title", title, "outcome", outcome,
            "periodStart", periodStart, "periodEnd", periodEnd));

    /** @param today today as the application's one clock sees it ({@code PlanService.today()}) */
    static PlanDialog create(LocalDate today, Consumer<PlanDraft> onSave) {
        LocalDate start = today.withDayOfMonth(1);
        return new PlanDialog("plan.new.title", null, new PlanDraft("", "", start, start.plusYears(3).minusDays(1)),
                onSave);
    }

    static PlanDialog edit(ActionPlan plan, Consumer<PlanDraft> onSave) {
        return new PlanDialog("plan.edit.title", null, new PlanDraft(plan.title(), plan.outcome(), plan.periodStart(),
                plan.periodEnd()), onSave);
    }

    /**
     * Copying into the period after the plan's, as long as it: the title proposed with the new period's years
     * ({@link PlanCopy#proposedTitle}), proposed again when the period changes until the user edits it.
     */
    static PlanDialog copy(ActionPlan plan, Consumer<PlanDraft> onSave) {
        long years = Math.max(1, plan.periodEnd().getYear() - plan.periodStart().getYear());
        LocalDate start = plan.periodEnd().plusDays(1);
        LocalDate end = start.plusYears(years).minusDays(1);
        PlanDialog dialog = new PlanDialog("plan.copy.title", "plan.copy.help", new PlanDraft(
                PlanCopy.proposedTitle(plan.title(), plan.periodStart(), plan.periodEnd(), start, end), plan.outcome(),
                start, end), onSave);
        dialog.proposeTitlesFrom(plan);
        return dialog;
    }

    private void proposeTitlesFrom(ActionPlan source) {
        String[] proposed = {title.getValue()};
        Runnable repropose = () -> {
            if (title.getValue().equals(proposed[0]) && periodStart.getValue() != null && periodEnd.getValue() != null) {
                proposed[0] = PlanCopy.proposedTitle(source.title(), source.periodStart(), source.periodEnd(),
                        periodStart.getValue(), periodEnd.getValue());
                title.setValue(proposed[0]);
            }
        };
        periodStart.addValueChangeListener(e -> repropose.run());
        periodEnd.addValueChangeListener(e -> repropose.run());
    }

    private PlanDialog(String titleKey, String helpKey, PlanDraft initial, Consumer<PlanDraft> onSave) {
        setHeaderTitle(getTranslation(titleKey));
        title.setLabel(getTranslation("plan.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(PlanDraft.TITLE_MAX);
        title.setValue(initial.title());
        outcome.setLabel(getTranslation("plan.outcome"));
        outcome.setMaxLength(PlanDraft.OUTCOME_MAX);
        outcome.setValue(initial.outcome() == null ? "" : initial.outcome());
        periodStart.setLabel(getTranslation("plan.periodStart"));
        periodStart.setValue(initial.periodStart());
        periodEnd.setLabel(getTranslation("plan.periodEnd"));
        periodEnd.setValue(initial.periodEnd());
        if (helpKey != null) {
            add(new Paragraph(getTranslation(helpKey)));
        }
        add(new FormLayout(title, outcome, periodStart, periodEnd));
        save = new Button(getTranslation("action.save"), e -> {
            errors.clear();
            try {
                onSave.accept(new PlanDraft(title.getValue(), outcome.getValue(), periodStart.getValue(),
                        periodEnd.getValue()).validate());
                close();
            } catch (ValidationException ex) {
                errors.show(ex);
            } catch (DomainException ex) {
                ErrorMessages.show(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
