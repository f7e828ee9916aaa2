package org.cjengage.ui.scoring;

import java.util.List;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.PermitAll;

import org.cjengage.core.common.DomainException;
import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.scoring.Assessment;
import org.cjengage.core.scoring.AssessmentService;
import org.cjengage.core.scoring.AssessmentStatus;
import org.cjengage.core.scoring.ScoreInput;
import org.cjengage.core.standards.Framework;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.ui.common.Confirm;
import org.cjengage.ui.common.ErrorMessages;
import org.cjengage.ui.common.Notifications;
import org.cjengage.ui.common.chart.DataTable;

/** One assessment: its scores in the scoring form, its results, and the reviewer's actions. */
@Route(value = "assessments/:assessmentId([0-9]+)", registerAtStartup = false)
@PermitAll
public class AssessmentView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver,
        HasDynamicTitle {

    /** Adds or removes the browser's own "leave site?" question while the form holds unsaved work. */
    private static final String BEFORE_UNLOAD = """
            window.cjeUnsavedWork = window.cjeUnsavedWork || function (e) { e.preventDefault(); e.returnValue = ''; };
            if ($0) { window.addEventListener('beforeunload', window.cjeUnsavedWork); }
            else { window.removeEventListener('beforeunload', window.cjeUnsavedWork); }""";

    private final AssessmentService service;
    private final StandardsCatalogue standards;
    final H2 heading = new H2();
    final Paragraph details = new Paragraph();
    final Paragraph versionNotice = new Paragraph();
    final Paragraph returned = new Paragraph();
    final RouterLink back = new RouterLink();
    final DataTable results = new DataTable();
    ScoringForm form;
    private Assessment assessment;
    private boolean dirty;
    private String elementNoun;

    public AssessmentView(AssessmentService service, StandardsCatalogue standards) {
        this.service = service;
        this.standards = standards;
        results.addClassName("scoring-results-table");
        results.stackWhenNarrow();
        returned.addClassName("scoring-returned");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("assessmentId").orElseThrow();
        try {
            assessment = service.assessment(Long.parseLong(id));
        } catch (NumberFormatException e) {
            throw new NotFoundException("assessment", id);
        }
        show();
    }

    private void show() {
        removeAll();
        Framework framework = service.frameworkOf(assessment);
        if (assessment.isOfPartnership()) {
            heading.setText(getTranslation("scoring.assessment.partnershipHeading", framework.title()));
            back.setText(getTranslation("scoring.assessment.backToPartnership"));
            back.setRoute(PartnershipAssessmentsView.class);
        } else {
            heading.setText(getTranslation("scoring.assessment.heading",
                    service.activity(assessment.activityId()).description()));
            back.setText(getTranslation("scoring.assessment.back"));
            back.setRoute(ActivityAssessmentsView.class,
                    new RouteParameters("activityId", String.valueOf(assessment.activityId())));
        }
        details.setText(getTranslation("scoring.assessment.details",
                Formats.assessor(this, assessment, service.assessorName(assessment), true),
                getTranslation("scoring.stage." + assessment.stage().name()),
                Formats.framework(framework, assessment.frameworkVersion()),
                getTranslation("scoring.status." + assessment.status().name())));
        versionNotice.setText(getTranslation("scoring.assessment.versionChanged", assessment.frameworkVersion(),
                framework.version()));
        versionNotice.setVisible(!framework.version().equals(assessment.frameworkVersion()));
        returned.setText(getTranslation("scoring.assessment.returned", String.valueOf(assessment.returnReason())));
        returned.setVisible(assessment.returnReason() != null && assessment.status() == AssessmentStatus.DRAFT);
        elementNoun = Formats.elementNoun(this, framework);
        ScoreCharts.resultTable(this, results, service.results(assessment), elementNoun);

        form = new ScoringForm(framework, standards.scaleOf(framework));
        boolean editable = assessment.status() == AssessmentStatus.DRAFT && service.isOwn(assessment);
        boolean reviewable = assessment.status() == AssessmentStatus.SUBMITTED
                && service.canReview(assessment.partnershipId()) && !service.isOwn(assessment);
        form.edit(assessment, editable, reviewable);
        form.addChangeListener(e -> {
            setDirty(true);
            ScoreCharts.resultTable(this, results, service.resultsWhileScoring(assessment, e.inputs()),
                    elementNoun);
        });
        form.addSaveDraftListener(e -> act(() -> service.saveDraft(assessment.id(), assessment.version(), e.inputs()),
                "scoring.saved"));
        form.addSubmitListener(e -> confirmSubmit(e.inputs()));
        form.addApproveListener(e -> Confirm.ask(getTranslation("scoring.approve.confirm.title"),
                getTranslation("scoring.approve.confirm.text"), getTranslation("scoring.form.approve"),
                () -> act(() -> service.approve(assessment.id(), assessment.version()), "scoring.approved")));
        form.addReturnListener(e -> act(() -> service.returnToDraft(assessment.id(), assessment.version(), e.reason()),
                "scoring.returned"));
        add(back, heading, details, versionNotice, returned, new H3(getTranslation("scoring.results.heading")), results,
                new H3(getTranslation("scoring.form.heading")), form);
    }

    /** Asks first when indicators are still unscored; then saves the draft and submits it. */
    private void confirmSubmit(List<ScoreInput> inputs) {
        int unscored = form.unscoredCount();
        if (unscored == 0) {
            submit(inputs);
        } else {
            Confirm.ask(getTranslation("scoring.submit.confirm.title"),
                    getTranslation("scoring.submit.confirm.text", unscored), getTranslation("scoring.submit.confirm.ok"),
                    () -> submit(inputs));
        }
    }

    /**
     * Saves the work as a draft first, so that a refused submission loses nothing: the form keeps what was
     * typed, the draft holds it too, and the refusal says why.
     */
    private void submit(List<ScoreInput> inputs) {
        if (!saveDraft(inputs)) {
            return;
        }
        try {
            assessment = service.submit(assessment.id(), assessment.version(), inputs);
            Notifications.success(getTranslation("scoring.submitted"));
            show();
        } catch (ValidationException e) {
            form.showViolations(e);
            Notifications.error(getTranslation("scoring.submit.keptAsDraft") + " " + String.join(" ",
                    e.violations().stream().limit(3).map(ErrorMessages::describe).toList()));
        } catch (DomainException e) {
            Notifications.error(getTranslation("scoring.submit.keptAsDraft") + " " + ErrorMessages.describe(e));
        }
    }

    /** Saves the form as a draft without rebuilding the page; false (with the reason shown) when refused. */
    private boolean saveDraft(List<ScoreInput> inputs) {
        try {
            assessment = service.saveDraft(assessment.id(), assessment.version(), inputs);
            setDirty(false);
            ScoreCharts.resultTable(this, results, service.results(assessment), elementNoun);
            return true;
        } catch (ValidationException e) {
            form.showViolations(e);
            Notifications.error(getTranslation("error.validation") + " " + String.join(" ",
                    e.violations().stream().limit(3).map(ErrorMessages::describe).toList()));
        } catch (DomainException e) {
            ErrorMessages.show(e);
        }
        return false;
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction navigation = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("scoring.leave.title"));
        dialog.setText(getTranslation("scoring.leave.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("scoring.leave.stay"));
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation("scoring.leave.discard"));
        dialog.setRejectButtonTheme("error tertiary");
        dialog.addRejectListener(e -> {
            setDirty(false);
            navigation.proceed();
        });
        dialog.setConfirmText(getTranslation("scoring.leave.save"));
        dialog.addConfirmListener(e -> {
            if (saveDraft(form.inputs())) {
                navigation.proceed();
            }
        });
        dialog.open();
    }

    private void setDirty(boolean value) {
        if (dirty != value) {
            dirty = value;
            getElement().executeJs(BEFORE_UNLOAD, value);
        }
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        if (dirty) {
            detachEvent.getUI().getPage().executeJs(BEFORE_UNLOAD, false);
        }
    }

    /** Whether the form holds changes that are not saved. */
    boolean hasUnsavedChanges() {
        return dirty;
    }

    private void act(java.util.function.Supplier<Assessment> action, String successKey) {
        try {
            assessment = action.get();
            setDirty(false);
            Notifications.success(getTranslation(successKey));
            show();
        } catch (ValidationException e) {
            form.showViolations(e);
            Notifications.error(getTranslation("error.validation") + " " + String.join(" ",
                    e.violations().stream().limit(3).map(ErrorMessages::describe).toList()));
        } catch (DomainException e) {
            ErrorMessages.show(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scoring.assessment.title") + " | " + getTranslation("app.name");
    }

    List<String> resultCells() {
        return results.getElement().getChildren().findFirst().stream()
                .flatMap(table -> table.getChildren()).flatMap(section -> section.getChildren())
                .flatMap(row -> row.getChildren()).map(cell -> cell.getTextRecursively()).toList();
    }
}
