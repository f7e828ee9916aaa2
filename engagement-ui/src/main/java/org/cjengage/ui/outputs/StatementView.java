package org.cjengage.ui.outputs;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

import org.cjengage.core.common.DomainException;
import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.outputs.OutputDocument;
import org.cjengage.core.outputs.OutputExportService;
import org.cjengage.core.outputs.OutputFormat;
import org.cjengage.core.outputs.ParticipationStatementService;
import org.cjengage.core.outputs.PublishedStatement;
import org.cjengage.core.outputs.StatementDraft;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.PlanPage;
import org.cjengage.core.plan.PlanScope;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.ui.common.Confirm;
import org.cjengage.ui.common.ErrorMessages;
import org.cjengage.ui.common.GridLinks;
import org.cjengage.ui.common.NarrowColumns;
import org.cjengage.ui.common.Notifications;
import org.cjengage.ui.common.PlanScopeField;
import org.cjengage.ui.security.CurrentPartnership;

/**
 * The participation statement of a plan: the lead edits the draft and publishes dated versions; everyone
 * in the partnership sees the published versions and downloads them as PDF or DOCX.
 * URL: {@code statement?plan=..} (draft preview) or {@code statement?plan=..&version=..}.
 */
@Route(value = "statement", registerAtStartup = false)
@PermitAll
public class StatementView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ParticipationStatementService statements;
    private final OutputExportService exports;
    private final AccessGuard access;
    private final CurrentPartnership currentPartnership;

    final PlanScopeField planSelector = new PlanScopeField(false);
    final StatementDraftForm form = new StatementDraftForm();
    final Grid<PublishedStatement> versions = new Grid<>();
    final DocumentPanel document = new DocumentPanel();
    final HorizontalLayout downloads = new HorizontalLayout();
    private final H3 shownHeading = new H3();
    private final Paragraph empty = new Paragraph();
    private final VerticalLayout editor = new VerticalLayout();
    private ActionPlan plan;
    private StatementDraft draft;

    public StatementView(ParticipationStatementService statements, OutputExportService exports, AccessGuard access,
                         CurrentPartnership currentPartnership) {
        this.statements = statements;
        this.exports = exports;
        this.access = access;
        this.currentPartnership = currentPartnership;
        planSelector.setLabel(getTranslation("plan.select"));
        planSelector.setWidth("28em");
        planSelector.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getValue().plan() != null) {
                navigate(e.getValue().plan().id(), null);
            }
        });
        versions.setAriaLabel(getTranslation("outputs.statement.versions"));
        // each column once, with one label: its header and, on a phone, its line under the version
        NarrowColumns<PublishedStatement> narrow = new NarrowColumns<>(versions, 36, "statement-version-summary");
        narrow.addMain("version", getTranslation("outputs.statement.version"), this::versionLink).setAutoWidth(true);
        narrow.addText("publishedOn", getTranslation("outputs.statement.publishedOn"),
                v -> OutputDates.format(v.publishedOn())).setAutoWidth(true);
        narrow.addText("title", getTranslation("outputs.statement.form.title"), PublishedStatement::title)
                .setFlexGrow(1);
        narrow.addText("publishedBy", getTranslation("outputs.statement.publishedBy"), PublishedStatement::publishedBy)
                .setAutoWidth(true);
        versions.setAllRowsVisible(true);
        // selection works by mouse and by keyboard (space on a focused row); the chosen version goes in the URL
        versions.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                navigate(plan.id(), e.getValue().id());
            }
        });
        form.addSaveListener(e -> save(e.content(), false));
        form.addPublishListener(e -> confirmPublish(e.content()));
        editor.setPadding(false);
        editor.add(new H3(getTranslation("outputs.statement.editDraft")), form);
        add(new H2(getTranslation("outputs.statement.heading")), planSelector, empty, editor,
                new H3(getTranslation("outputs.statement.versions")), versions, shownHeading, downloads, document);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        Optional<Long> planId = OutputsParams.longParam(params, "plan");
        Optional<Long> versionId = OutputsParams.longParam(params, "version");
        // the named plan, or the statement of the partnership's current plan (docs/plan.md); with the plans to choose
        // from and the current one, the draft, the versions and the preview of that same draft, in one read (issue 16)
        ParticipationStatementService.StatementPage read = statements.page(
                planId.map(PlanScope::of).orElse(PlanScope.CURRENT),
                planId.isPresent() ? null : currentPartnership.get().map(p -> p.id()).orElse(null),
                versionId.isEmpty());
        PlanPage page = read.plans();
        plan = page.plan();
        if (planId.isPresent()) {
            currentPartnership.select(plan.partnershipId());
        }
        empty.setText(getTranslation("plan.none"));
        empty.setVisible(plan == null);
        planSelector.show(plan == null ? List.of() : page.choices(), plan == null ? null : page.currentPlanId(),
                plan == null ? PlanScope.CURRENT : PlanScope.of(plan.id()));
        boolean canEdit = plan != null && access.hasRole(plan.partnershipId(), AccessGuard.PLAN_EDITORS);
        editor.setVisible(canEdit);
        if (plan == null) {
            versions.setItems(List.of());
            document.removeAll();
            downloads.removeAll();
            return;
        }
        draft = read.draft();
        form.edit(draft);
        versions.setItems(read.versions());
        if (versionId.isPresent()) {
            PublishedStatement version = statements.version(versionId.get());
            if (!version.planId().equals(plan.id())) {
                throw new NotFoundException("statement", versionId.get());
            }
            versions.select(version);
            showVersion(version);
        } else {
            showPreview(read.preview());
        }
    }

    /** The version as a link to it, so that a keyboard user opens it with Enter, as on the other grids. */
    private RouterLink versionLink(PublishedStatement version) {
        RouterLink link = new RouterLink(getTranslation("outputs.statement.versionNumber", version.number()),
                StatementView.class);
        link.setQueryParameters(QueryParameters.simple(Map.of("plan", String.valueOf(version.planId()),
                "version", String.valueOf(version.id()))));
        return GridLinks.tall(link);
    }

    private void showPreview(OutputDocument doc) {
        shownHeading.setText(getTranslation("outputs.statement.preview"));
        document.show(doc, 2);
        long partnershipId = plan.partnershipId();
        setDownloads(doc.title() + " draft",
                format -> exports.file(partnershipId, OutputExportService.Shown.STATEMENT_DRAFT, doc, format));
    }

    private void showVersion(PublishedStatement version) {
        shownHeading.setText(getTranslation("outputs.statement.showingVersion", version.number(),
                OutputDates.format(version.publishedOn())));
        OutputDocument doc = statements.versionDocument(version.id());
        document.show(doc, 2);
        long partnershipId = version.partnershipId();
        setDownloads(doc.title() + " " + version.publishedOn(),
                format -> exports.file(partnershipId, OutputExportService.Shown.STATEMENT, doc, format));
    }

    /** PDF and DOCX links made from the document on the page (no second build when the reader downloads it). */
    private void setDownloads(String title, java.util.function.Function<OutputFormat, byte[]> file) {
        downloads.removeAll();
        downloads.setAlignItems(FlexComponent.Alignment.BASELINE);
        downloads.setWrap(true); // on a phone the links go one under another
        downloads.setMaxWidth("100%");
        for (OutputFormat format : OutputFormat.values()) {
            downloads.add(Downloads.link(getTranslation("outputs.download." + format.name()),
                    Downloads.fileName(title, format.extension()), format.contentType(), () -> file.apply(format)));
        }
    }

    private boolean save(StatementDraft.StatementContent content, boolean quiet) {
        try {
            draft = statements.saveDraft(plan.id(), draft.version(), content);
            if (!quiet) {
                Notifications.success(getTranslation("outputs.statement.saved"));
                showPreview(statements.preview(plan.id()));
            }
            return true;
        } catch (ValidationException ex) {
            form.showViolations(ex);
        } catch (DomainException ex) {
            ErrorMessages.show(ex);
        }
        return false;
    }

    private void confirmPublish(StatementDraft.StatementContent content) {
        Confirm.ask(getTranslation("outputs.statement.publish.title"), getTranslation("outputs.statement.publish.text"),
                getTranslation("outputs.statement.form.publish"), () -> {
            if (!save(content, true)) {
                return;
            }
            try {
                PublishedStatement published = statements.publish(plan.id(), draft.version());
                Notifications.success(getTranslation("outputs.statement.published", published.number()));
                navigate(plan.id(), published.id());
            } catch (DomainException ex) {
                ErrorMessages.show(ex);
            }
        });
    }

    private void navigate(long planId, Long versionId) {
        QueryParameters params = versionId == null ? QueryParameters.of("plan", String.valueOf(planId))
                : QueryParameters.simple(Map.of("plan", String.valueOf(planId), "version", String.valueOf(versionId)));
        getUI().ifPresent(ui -> ui.navigate(StatementView.class, params));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outputs.statement.heading") + " | " + getTranslation("app.name");
    }
}
