package org.cjengage.core.plan;

import java.io.IOException;
import java.util.List;

import org.cjengage.core.outputs.ExportEventHook;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.standards.StandardsCatalogue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action plan files: check an import and report every problem row by row before anything is saved,
 * import all rows or none, and export a plan to XLSX or CSV that imports back to the same content. Every
 * export is reported to the {@link ExportEventHook}s (the security log records it as "action-plan as XLSX").
 */
@Service
@Transactional
public class PlanTransferService {

    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private final PlanService plans;
    private final AccessGuard access;
    private final PlanFileMapping mapping;
    private final ObjectProvider<ExportEventHook> exportHooks;

    public PlanTransferService(PlanService plans, AccessGuard access, StandardsCatalogue standards,
                               ObjectProvider<ExportEventHook> exportHooks) {
        this.plans = plans;
        this.access = access;
        this.mapping = new PlanFileMapping(standards);
        this.exportHooks = exportHooks;
    }

    /** What importing the file into the plan would add, or why it cannot. Saves nothing. */
    @Transactional(readOnly = true)
    public ImportResult check(long planId, String fileName, byte[] bytes) {
        ActionPlan plan = plans.plan(planId);
        access.requireRole(plan.partnershipId(), AccessGuard.PLAN_EDITORS);
        return parse(fileName, bytes);
    }

    /** Adds every activity of the file to the plan, or none: throws {@link ImportRejectedException}. */
    public int importFile(long planId, String fileName, byte[] bytes) {
        ActionPlan plan = plans.plan(planId);
        access.requireRole(plan.partnershipId(), AccessGuard.PLAN_EDITORS);
        ImportResult result = parse(fileName, bytes);
        if (!result.ok()) {
            throw new ImportRejectedException(result.problems());
        }
        return plans.addAll(plan, result.drafts()).size();
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

    private ImportResult parse(String fileName, byte[] bytes) {
        if (bytes.length > MAX_FILE_BYTES) {
            return new ImportResult(List.of(), List.of(new ImportProblem(1, null, "plan.import.tooLarge",
                    MAX_FILE_BYTES / (1024 * 1024))));
        }
        try {
            return mapping.parse(PlanFiles.read(fileName, bytes));
        } catch (IOException | RuntimeException e) {
            return new ImportResult(List.of(), List.of(new ImportProblem(1, null, "plan.import.unreadable")));
        }
    }
}
