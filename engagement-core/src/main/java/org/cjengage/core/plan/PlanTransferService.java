package org.cjengage.core.plan;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.security.ExportEventHook;
import org.cjengage.core.standards.StandardsCatalogue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action plan files: read an upload (refused past the size and shape limits), propose how its columns
 * map to plan fields (remembered per partnership), check an import and report every problem row by row
 * before anything is saved, import all rows or none, and export a plan to XLSX or CSV that imports back
 * to the same content. An empty template in the strategy layout can be downloaded. Every export is
 * reported to the {@link ExportEventHook}s (the security log records it as "action-plan as XLSX").
 */
@Service
@Transactional
public class PlanTransferService {

    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private final PlanService plans;
    private final AccessGuard access;
    private final PlanFileMapping mapping;
    private final StandardsCatalogue standards;
    private final ImportColumnMemory memory;
    private final ObjectProvider<ExportEventHook> exportHooks;

    public PlanTransferService(PlanService plans, AccessGuard access, StandardsCatalogue standards,
                               ImportColumnMemory memory, ObjectProvider<ExportEventHook> exportHooks) {
        this.plans = plans;
        this.access = access;
        this.standards = standards;
        this.mapping = new PlanFileMapping(standards);
        this.memory = memory;
        this.exportHooks = exportHooks;
    }

    /**
     * Reads an upload as it streams in: refused as soon as it passes {@link #MAX_FILE_BYTES}, and refused
     * when it has more rows, columns, cells or sheets than {@link PlanFiles} allows, before any of it is
     * laid out in memory. Throws {@link ImportRejectedException} with the one problem.
     */
    @Transactional(readOnly = true)
    public PlanUpload read(long planId, String fileName, InputStream in) {
        ActionPlan plan = plans.plan(planId);
        access.requireRole(plan.partnershipId(), AccessGuard.PLAN_EDITORS);
        try {
            return readBytes(fileName, PlanFiles.readLimited(in, MAX_FILE_BYTES));
        } catch (PlanFiles.LimitException e) {
            throw new ImportRejectedException(List.of(ImportProblem.of(1, null, e.messageKey(), e.args())));
        } catch (IOException e) {
            throw new ImportRejectedException(List.of(ImportProblem.of(1, null, "plan.import.unreadable")));
        }
    }

    private static PlanUpload readBytes(String fileName, byte[] bytes) {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new ImportRejectedException(List.of(ImportProblem.of(1, null, "plan.import.tooLarge",
                    MAX_FILE_BYTES / (1024 * 1024))));
        }
        try {
            List<PlanFiles.Table> sheets = PlanFiles.sheets(fileName, bytes);
            if (sheets.stream().allMatch(sheet -> sheet.rows().isEmpty())) {
                throw new ImportRejectedException(List.of(ImportProblem.of(1, null, "plan.import.empty")));
            }
            return new PlanUpload(fileName, sheets);
        } catch (PlanFiles.LimitException e) {
            throw new ImportRejectedException(List.of(ImportProblem.of(1, null, e.messageKey(), e.args())));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRejectedException rejected) {
                throw rejected;
            }
            throw new ImportRejectedException(List.of(ImportProblem.of(1, null, "plan.import.unreadable")));
        }
    }

    /**
     * The proposed layout of the upload: the sheet whose heading row names the most plan fields, its
     * heading row, and each column's field as this partnership mapped that heading before, or as the
     * heading means.
     */
    @Transactional(readOnly = true)
    public ImportLayout layout(long planId, PlanUpload upload) {
        ActionPlan plan = plans.plan(planId);
        access.requireRole(plan.partnershipId(), AccessGuard.PLAN_EDITORS);
        Map<String, ColumnTarget> remembered = memory.recall(plan.partnershipId());
        ImportLayout best = null;
        for (int s = 0; s < upload.sheets().size(); s++) {
            ImportLayout candidate = mapping.layout(upload.sheets().get(s).rows(), s, remembered);
            if (best == null || candidate.fieldColumns().size() > best.fieldColumns().size()) {
                best = candidate;
            }
        }
        return best == null ? new ImportLayout(0, 0, List.of()) : best;
    }

    /** The proposed layout of one sheet of the upload (when the person picks another sheet). */
    @Transactional(readOnly = true)
    public ImportLayout layout(long planId, PlanUpload upload, int sheet) {
        ActionPlan plan = plans.plan(planId);
        access.requireRole(plan.partnershipId(), AccessGuard.PLAN_EDITORS);
        return mapping.layout(upload.sheets().get(sheet).rows(), sheet, memory.recall(plan.partnershipId()));
    }

    /** What importing the upload with this layout would add, or why it cannot; the first rows as a preview. */
    @Transactional(readOnly = true)
    public ImportResult check(long planId, PlanUpload upload, ImportLayout layout) {
        ActionPlan plan = plans.plan(planId);
        access.requireRole(plan.partnershipId(), AccessGuard.PLAN_EDITORS);
        return mapping.parse(upload.sheets().get(layout.sheet()).rows(), layout);
    }

    /**
     * Adds every activity of the upload to the plan, or none (throws {@link ImportRejectedException}), and
     * remembers the layout's column choices for the partnership's next file.
     */
    public int importUpload(long planId, PlanUpload upload, ImportLayout layout) {
        ActionPlan plan = plans.plan(planId);
        access.requireRole(plan.partnershipId(), AccessGuard.PLAN_EDITORS);
        ImportResult result = mapping.parse(upload.sheets().get(layout.sheet()).rows(), layout);
        if (!result.ok()) {
            throw new ImportRejectedException(result.problems());
        }
        int added = plans.addAll(plan, result.drafts()).size();
        memory.remember(plan.partnershipId(), layout);
        return added;
    }

    /** What importing the file with its proposed layout would add, or why it cannot. Saves nothing. */
    @Transactional(readOnly = true)
    public ImportResult check(long planId, String fileName, byte[] bytes) {
        ActionPlan plan = plans.plan(planId);
        access.requireRole(plan.partnershipId(), AccessGuard.PLAN_EDITORS);
        try {
            PlanUpload upload = readBytes(fileName, bytes);
            return check(planId, upload, layout(planId, upload));
        } catch (ImportRejectedException e) {
            return new ImportResult(List.of(), e.problems());
        }
    }

    /**
     * Adds every activity of the file, read with its proposed layout, to the plan, or none: throws
     * {@link ImportRejectedException}.
     */
    public int importFile(long planId, String fileName, byte[] bytes) {
        ActionPlan plan = plans.plan(planId);
        access.requireRole(plan.partnershipId(), AccessGuard.PLAN_EDITORS);
        PlanUpload upload = readBytes(fileName, bytes);
        return importUpload(planId, upload, layout(planId, upload));
    }

    /** An empty plan file in the strategy layout, titled for the plan, with a sheet of accepted values. */
    @Transactional(readOnly = true)
    public byte[] template(long planId) {
        ActionPlan plan = plans.plan(planId);
        access.requireMember(plan.partnershipId());
        return PlanTemplate.write(standards, plan.title(), plan.outcome());
    }

    @Transactional(readOnly = true)
    public byte[] exportXlsx(long planId) {
        ActionPlan plan = plans.plan(planId);
        byte[] file = PlanFiles.writeXlsx("Action plan", mapping.header(), mapping.rows(plans.planContent(plan.id())));
        ExportEventHook.report(exportHooks, plan.partnershipId(), "action-plan " + plan.id(), "xlsx");
        return file;
    }

    @Transactional(readOnly = true)
    public byte[] exportCsv(long planId) {
        ActionPlan plan = plans.plan(planId);
        byte[] file = PlanFiles.writeCsv(mapping.header(), mapping.rows(plans.planContent(plan.id())));
        ExportEventHook.report(exportHooks, plan.partnershipId(), "action-plan " + plan.id(), "csv");
        return file;
    }

    /** A file name for the plan's export: its title in safe characters plus the extension. */
    @Transactional(readOnly = true)
    public String exportFileName(long planId, PlanFiles.Format format) {
        String base = plans.plan(planId).title().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("(^-+|-+$)", "");
        return (base.isEmpty() ? "action-plan" : base) + "." + format.name().toLowerCase(java.util.Locale.ROOT);
    }
}
