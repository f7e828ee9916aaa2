package org.cjengage.ui.outputs;

import java.util.Optional;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.cjengage.core.common.PluginPaths;
import org.cjengage.core.outputs.OutputDocument;
import org.cjengage.core.outputs.PartnershipPageService;

/** The latest published annual report of a partnership, public at {@code /p/{code}/annual-report}. */
@Route(value = "p/:code/annual-report", autoLayout = false, registerAtStartup = false)
@AnonymousAllowed
public class PublicAnnualReportView extends PublicDocumentView {

    private final PartnershipPageService pages;

    public PublicAnnualReportView(PartnershipPageService pages, PluginPaths paths) {
        super(paths);
        this.pages = pages;
    }

    @Override
    protected Optional<OutputDocument> document(String partnershipCode) {
        return pages.publicAnnualReport(partnershipCode);
    }
}
