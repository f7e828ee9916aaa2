package org.cjengage.ui.outputs;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.PermitAll;

import org.cjengage.core.common.DomainException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.common.Violation;
import org.cjengage.core.opendata.ImportResult;
import org.cjengage.core.opendata.ImportTarget;
import org.cjengage.core.opendata.OpenDataFile;
import org.cjengage.core.opendata.OpenDataService;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.security.Role;
import org.cjengage.ui.common.ErrorMessages;
import org.cjengage.ui.common.NarrowColumns;
import org.cjengage.ui.common.Notifications;
import org.cjengage.ui.security.CurrentPartnership;

/**
 * Open data: download the partnership's plans and activities as JSON; an ADMIN imports such a file into
 * this partnership (when it has no plans yet) or, as a national ADMIN, into a new partnership. A refused
 * import lists every problem with its place in the file.
 */
@Route(value = "open-data", registerAtStartup = false)
@PermitAll
public class OpenDataView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    enum Target { THIS, NEW }

    private final OpenDataService openData;
    private final AccessGuard access;
    private final CurrentPartnership currentPartnership;

    final VerticalLayout exportArea = new VerticalLayout();
    final VerticalLayout importArea = new VerticalLayout();
    final Upload upload = new Upload();
    final RadioButtonGroup<Target> target = new RadioButtonGroup<>();
    final TextField newCode = new TextField();
    final TextField newName = new TextField();
    final Button importButton = new Button();
    /** Below this width (rem) of the problems' grid, each problem is listed under its place in the file. */
    static final double NARROW_REM = 36;

    final Grid<Violation> problems = new Grid<>();
    private final Paragraph chosenFile = new Paragraph();
    private byte[] file;
    private Partnership partnership;

    public OpenDataView(OpenDataService openData, AccessGuard access, CurrentPartnership currentPartnership) {
        this.openData = openData;
        this.access = access;
        this.currentPartnership = currentPartnership;
        exportArea.setPadding(false);
        importArea.setPadding(false);
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> {
            file = bytes;
            chosenFile.setText(getTranslation("outputs.opendata.fileChosen", meta.fileName(), bytes.length));
            importButton.setEnabled(true);
        })));
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        // once the one file is chosen the upload dims its own label below the contrast 1.4.3 asks for; ours keeps it
        Span drop = new Span(getTranslation("outputs.opendata.drop"));
        drop.getStyle().set("color", "var(--lumo-secondary-text-color)");
        upload.setDropLabel(drop);
        upload.setMaxFileSize(20 * 1024 * 1024);
        target.setLabel(getTranslation("outputs.opendata.target"));
        target.setItemLabelGenerator(t -> getTranslation("outputs.opendata.target." + t.name()));
        target.addValueChangeListener(e -> {
            newCode.setVisible(e.getValue() == Target.NEW);
            newName.setVisible(e.getValue() == Target.NEW);
        });
        newCode.setLabel(getTranslation("outputs.opendata.newCode"));
        newName.setLabel(getTranslation("outputs.opendata.newName"));
        newName.setHelperText(getTranslation("outputs.opendata.newNameHelp"));
        importButton.setText(getTranslation("outputs.opendata.import"));
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> runImport());
        problems.setAriaLabel(getTranslation("outputs.opendata.problems"));
        // each column once, with one label: its header and, on a phone, the problem's line under its place
        NarrowColumns<Violation> narrow = new NarrowColumns<>(problems, NARROW_REM, "problem-summary");
        narrow.addMain("place", getTranslation("outputs.opendata.place"), v -> new Span(v.field())).setAutoWidth(true);
        narrow.addText("problem", getTranslation("outputs.opendata.problem"), ErrorMessages::describe).setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        importArea.add(new H3(getTranslation("outputs.opendata.importHeading")),
                new Paragraph(getTranslation("outputs.opendata.importIntro")), upload, chosenFile, target, newCode,
                newName, importButton, problems);
        add(new H2(getTranslation("outputs.opendata.heading")), exportArea, importArea);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        partnership = currentPartnership.get().orElse(null);
        exportArea.removeAll();
        exportArea.add(new H3(getTranslation("outputs.opendata.exportHeading")),
                new Paragraph(getTranslation("outputs.opendata.exportIntro", OpenDataFile.SCHEMA_VERSION)));
        if (partnership != null) {
            long id = partnership.id();
            exportArea.add(Downloads.link(getTranslation("outputs.opendata.download"),
                    Downloads.fileName(partnership.code() + " open data", "json"), "application/json",
                    () -> openData.exportJson(id)));
        }
        boolean localAdmin = partnership != null && access.hasRole(partnership.id(), java.util.Set.of(Role.ADMIN));
        boolean nationalAdmin = access.currentUser().map(u -> u.memberships().stream()
                .anyMatch(m -> m.isNational() && m.role() == Role.ADMIN)).orElse(false);
        importArea.setVisible(localAdmin || nationalAdmin);
        List<Target> targets = nationalAdmin ? List.of(Target.THIS, Target.NEW) : List.of(Target.THIS);
        target.setItems(targets);
        target.setValue(Target.THIS);
    }

    private void runImport() {
        problems.setVisible(false);
        try {
            ImportTarget where = target.getValue() == Target.NEW
                    ? new ImportTarget.NewPartnership(newCode.getValue(), newName.getValue(), null)
                    : new ImportTarget.Existing(partnership.id());
            ImportResult result = openData.importJson(file, where);
            Notifications.success(getTranslation("outputs.opendata.imported", result.plans(), result.activities()));
            file = null;
            upload.clearFileList();
            chosenFile.setText("");
            importButton.setEnabled(false);
        } catch (ValidationException ex) {
            problems.setItems(ex.violations());
            problems.setVisible(true);
            Notifications.error(getTranslation("outputs.opendata.refused", ex.violations().size()));
        } catch (DomainException ex) {
            ErrorMessages.show(ex);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outputs.opendata.heading") + " | " + getTranslation("app.name");
    }
}
