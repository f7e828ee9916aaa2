package org.cjengage.ui.plan;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import org.cjengage.core.common.DomainException;
import org.cjengage.core.plan.ColumnTarget;
import org.cjengage.core.plan.ImportLayout;
import org.cjengage.core.plan.ImportProblem;
import org.cjengage.core.plan.ImportRejectedException;
import org.cjengage.core.plan.ImportResult;
import org.cjengage.core.plan.PlanColumn;
import org.cjengage.core.plan.PlanTransferService;
import org.cjengage.core.plan.PlanUpload;
import org.cjengage.ui.common.ErrorMessages;
import org.cjengage.ui.common.NarrowColumns;
import org.cjengage.ui.common.Notifications;

/**
 * Import a plan file in two steps. Upload an XLSX or CSV file (read on the server as it streams in and
 * refused past the size limit); then see every column of the file with the field it maps to, change any
 * mapping or ignore a column, pick the sheet, and preview the first rows as they will be saved. The
 * activities are added only when every column is decided and every row is correct (all or nothing).
 */
class ImportDialog extends Dialog {

    private final PlanTransferService transfer;
    private final long planId;
    private final Runnable onImported;
    final Upload upload;
    final Anchor template = new Anchor();
    final Select<Integer> sheet = new Select<>();
    final Paragraph headerRow = new Paragraph();
    final ImportColumns columns = new ImportColumns(this::changed);
    final H3 previewTitle = new H3();
    /** Below this width (rem) of the preview, each row's fields are listed under its row number. */
    static final double PREVIEW_NARROW_REM = 48;
    /** Below this width (rem) of the problems' grid, each problem is listed with its row, column and value under it. */
    static final double PROBLEMS_NARROW_REM = 36;

    final Grid<ImportResult.PreviewRow> preview = new Grid<>();
    final NarrowColumns<ImportResult.PreviewRow> previewColumns =
            new NarrowColumns<>(preview, PREVIEW_NARROW_REM, "import-preview-summary");
    final Paragraph summary = new Paragraph();
    final Grid<ImportProblem> problems = new Grid<>();
    final Button confirm = new Button();
    private PlanUpload file;
    private ImportLayout layout;

    ImportDialog(PlanTransferService transfer, long planId, Runnable onImported) {
        this.transfer = transfer;
        this.planId = planId;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("plan.import.title"));
        setWidth("min(80em, 96vw)");
        upload = new Upload(new StreamingUpload());
        upload.setMaxFiles(1);
        upload.setMaxFileSize(PlanTransferService.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".xlsx", ".csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv");
        upload.setDropLabel(new Span(getTranslation("plan.import.drop")));
        template.setText(getTranslation("plan.import.template"));
        template.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = transfer.template(planId);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "outline-action-plan-template.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
        }));
        template.getElement().setAttribute("download", true);
        sheet.setLabel(getTranslation("plan.import.sheet"));
        sheet.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && file != null) {
                showLayout(transfer.layout(planId, file, e.getValue()));
            }
        });
        summary.getElement().setAttribute("aria-live", "polite");
        previewTitle.setText(getTranslation("plan.import.preview"));
        preview.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        preview.setAllRowsVisible(true);
        preview.setAriaLabel(getTranslation("plan.import.preview"));
        // on a phone a row with problems says so once, under its number, not on each of its fields' lines
        previewColumns.noted(r -> r.draft() == null ? getTranslation("plan.import.rowHasProblems") : null);
        preview.addClassName("import-preview");
        problems.setAriaLabel(getTranslation("plan.import.problem"));
        problems.addClassName("import-problems");
        problems.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        // each column once, with one label: its header and, on a phone, the problem's line (the problem first)
        NarrowColumns<ImportProblem> narrowProblems = new NarrowColumns<>(problems, PROBLEMS_NARROW_REM,
                "import-problem-summary");
        narrowProblems.addText("row", getTranslation("plan.import.row"), p -> String.valueOf(p.row()))
                .setAutoWidth(true).setFlexGrow(0);
        narrowProblems.addText("column", getTranslation("plan.import.column"), ImportDialog::problemColumn)
                .setFlexGrow(1);
        narrowProblems.addText("value", getTranslation("plan.import.value"), ImportDialog::problemValue).setFlexGrow(1);
        narrowProblems.addMain("problem", getTranslation("plan.import.problem"), p -> new Span(problemText(p)))
                .setFlexGrow(2);
        problems.setMaxHeight("22em");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> importNow());
        add(new Paragraph(getTranslation("plan.import.help")), template, upload, sheet, headerRow, columns,
                summary, problems, previewTitle, preview);
        showStep(false);
        problems.setVisible(false);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }

    /** Reads the upload as it streams in (the service stops past the limit), then shows the mapping step. */
    private final class StreamingUpload implements UploadHandler {
        @Override
        public void handleUploadRequest(UploadEvent event) {
            UI ui = getUI().orElseGet(event::getUI);
            com.vaadin.flow.server.VaadinSession session = event.getSession();
            try {
                PlanUpload read = transfer.read(planId, event.getFileName(), event.getInputStream());
                inUi(ui, session, () -> loaded(read));
            } catch (ImportRejectedException e) {
                inUi(ui, session, () -> rejected(e.problems()));
            } catch (DomainException e) {
                inUi(ui, session, () -> ErrorMessages.show(e));
            }
        }

        private void inUi(UI ui, com.vaadin.flow.server.VaadinSession session, com.vaadin.flow.server.Command command) {
            if (session == null || session.hasLock()) {
                command.execute();
            } else {
                ui.access(command);
            }
        }

        @Override
        public long getFileSizeMax() {
            return PlanTransferService.MAX_FILE_BYTES;
        }
    }

    private static String problemColumn(ImportProblem p) {
        return p.column() == null ? "" : p.column();
    }

    private static String problemValue(ImportProblem p) {
        return p.value() == null ? "" : p.value();
    }

    String problemText(ImportProblem p) {
        String text = getTranslation(p.messageKey(), p.args());
        return p.accepted() == null ? text : text + " " + getTranslation("plan.import.accepted", p.accepted());
    }

    private void loaded(PlanUpload read) {
        upload.clearFileList();
        file = read;
        List<String> names = read.sheetNames();
        sheet.setItems(java.util.stream.IntStream.range(0, names.size()).boxed().toList());
        sheet.setItemLabelGenerator(i -> names.get(i).isEmpty() ? String.valueOf(i + 1) : names.get(i));
        try {
            showLayout(transfer.layout(planId, read));
        } catch (DomainException e) {
            ErrorMessages.show(e);
        }
    }

    private void rejected(List<ImportProblem> found) {
        upload.clearFileList();
        file = null;
        layout = null;
        showStep(false);
        showProblems(found);
    }

    private void showLayout(ImportLayout newLayout) {
        layout = newLayout;
        sheet.setValue(newLayout.sheet());
        sheet.setVisible(file.sheets().size() > 1);
        headerRow.setText(getTranslation("plan.import.headerRow", newLayout.headerRow() + 1));
        columns.show(newLayout);
        showStep(true);
        recheck();
    }

    private void changed(int columnIndex, ColumnTarget target) {
        if (layout != null) {
            layout = layout.with(columnIndex, target);
            recheck();
        }
    }

    private void recheck() {
        ImportResult result = transfer.check(planId, file, layout);
        showPreview(result.preview());
        if (result.ok()) {
            summary.setText(getTranslation("plan.import.ready", result.drafts().size()));
            confirm.setText(getTranslation("plan.import.confirm", result.drafts().size()));
            confirm.setVisible(true);
            problems.setVisible(false);
        } else {
            showProblems(result.problems());
        }
    }

    private void showProblems(List<ImportProblem> found) {
        long undecided = layout == null ? 0 : layout.blocking().size();
        summary.setText(undecided > 0 ? getTranslation("plan.import.undecided", undecided, found.size())
                : getTranslation("plan.import.problems", found.size()));
        problems.setItems(found);
        problems.setAllRowsVisible(found.size() <= 8);
        problems.setVisible(true);
        confirm.setVisible(false);
    }

    /** The preview's columns follow the file's mapped columns: rebuilt, each registered once (phone lines too). */
    private void showPreview(List<ImportResult.PreviewRow> rows) {
        previewColumns.removeAllColumns();
        // the row's number is narrow, but on a phone its column is the only one shown and carries the others: it grows
        previewColumns.addMain("row", getTranslation("plan.import.row"), r -> new Span(String.valueOf(r.row())))
                .setWidth("4.5em").setFlexGrow(1);
        for (ImportLayout.Column column : layout.columns()) {
            PlanColumn field = column.target().field();
            if (field != null) {
                SerializableFunction<ImportResult.PreviewRow, String> label = r -> r.labels().getOrDefault(field, "");
                // wide, each cell of a row with problems says so; on a phone its lines are left out (none has a
                // label) and the row's note says it once
                SerializableFunction<ImportResult.PreviewRow, String> cell = r -> r.draft() == null
                        ? getTranslation("plan.import.rowHasProblems") : label.apply(r);
                // a width to wrap in, not the content's: a description of a hundred characters would widen the grid
                Grid.Column<ImportResult.PreviewRow> shown = preview.addColumn(cell::apply);
                if (field == PlanColumn.ACTIVITY) {
                    shown.setWidth("16em").setFlexGrow(6);
                } else {
                    shown.setWidth("9em").setFlexGrow(2);
                }
                previewColumns.add(shown, columns.label(field.name()), label);
            }
        }
        preview.setItems(rows);
    }

    private void showStep(boolean mapping) {
        List.of(headerRow, columns, previewTitle, preview).forEach(c -> c.setVisible(mapping));
        sheet.setVisible(mapping && file != null && file.sheets().size() > 1);
        if (!mapping) {
            confirm.setVisible(false);
        }
    }

    private void importNow() {
        try {
            int count = transfer.importUpload(planId, file, layout);
            Notifications.success(getTranslation("plan.import.done", count));
            close();
            onImported.run();
        } catch (ImportRejectedException e) {
            showProblems(e.problems());
        } catch (DomainException e) {
            ErrorMessages.show(e);
        }
    }
}
