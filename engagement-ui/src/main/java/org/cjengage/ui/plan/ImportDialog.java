package org.cjengage.ui.plan;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import org.cjengage.core.common.DomainException;
import org.cjengage.core.plan.ImportProblem;
import org.cjengage.core.plan.ImportRejectedException;
import org.cjengage.core.plan.ImportResult;
import org.cjengage.core.plan.PlanTransferService;
import org.cjengage.ui.common.ErrorMessages;
import org.cjengage.ui.common.Notifications;

/**
 * Upload an XLSX or CSV plan file, see every problem row by row, and add the activities only when the
 * whole file is correct (all or nothing).
 */
class ImportDialog extends Dialog {

    private final PlanTransferService transfer;
    private final long planId;
    private final Runnable onImported;
    final Upload upload;
    final Paragraph summary = new Paragraph();
    final Grid<ImportProblem> problems = new Grid<>();
    final Button confirm = new Button();
    private String fileName;
    private byte[] bytes;

    ImportDialog(PlanTransferService transfer, long planId, Runnable onImported) {
        this.transfer = transfer;
        this.planId = planId;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("plan.import.title"));
        setWidth("min(70em, 95vw)");
        upload = new Upload(UploadHandler.inMemory((meta, data) -> received(meta.fileName(), data)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(PlanTransferService.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".xlsx", ".csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("plan.import.drop")));
        summary.getElement().setAttribute("aria-live", "polite");
        problems.setAriaLabel(getTranslation("plan.import.problem"));
        problems.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        problems.addColumn(ImportProblem::row).setHeader(getTranslation("plan.import.row")).setAutoWidth(true);
        problems.addColumn(p -> p.column() == null ? "" : p.column()).setHeader(getTranslation("plan.import.column"))
                .setAutoWidth(true);
        problems.addColumn(p -> getTranslation(p.messageKey(), p.args())).setHeader(getTranslation("plan.import.problem"))
                .setFlexGrow(1);
        problems.setVisible(false);
        problems.setMaxHeight("22em");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setVisible(false);
        confirm.addClickListener(e -> importNow());
        add(new Paragraph(getTranslation("plan.import.help")), upload, summary, problems);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }

    private void received(String name, byte[] data) {
        UI ui = getUI().orElse(UI.getCurrent());
        if (ui == null || ui.getSession().hasLock()) {
            show(name, data);
        } else {
            ui.access(() -> show(name, data));
        }
    }

    private void show(String name, byte[] data) {
        fileName = name;
        bytes = data;
        try {
            ImportResult result = transfer.check(planId, name, data);
            showResult(result.problems().isEmpty() ? null : result.problems(), result.drafts().size());
        } catch (DomainException e) {
            ErrorMessages.show(e);
        }
    }

    private void showResult(java.util.List<ImportProblem> found, int ready) {
        if (found == null) {
            summary.setText(getTranslation("plan.import.ready", ready));
            confirm.setText(getTranslation("plan.import.confirm", ready));
            confirm.setVisible(true);
            problems.setVisible(false);
        } else {
            summary.setText(getTranslation("plan.import.problems", found.size()));
            problems.setItems(found);
            problems.setVisible(true);
            confirm.setVisible(false);
        }
    }

    private void importNow() {
        try {
            int count = transfer.importFile(planId, fileName, bytes);
            Notifications.success(getTranslation("plan.import.done", count));
            close();
            onImported.run();
        } catch (ImportRejectedException e) {
            showResult(e.problems(), 0);
        } catch (DomainException e) {
            ErrorMessages.show(e);
        }
    }
}
