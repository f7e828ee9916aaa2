package org.cjengage.ui.outputs;

import java.util.Optional;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.cjengage.core.common.PluginPaths;
import org.cjengage.core.outputs.OutputDocument;
import org.cjengage.core.outputs.PartnershipPageService;

/** The latest published participation statement, public at {@code /p/{code}/statement} while the page is published. */
@Route(value = "p/:code/statement", autoLayout = false, registerAtStartup = false)
@AnonymousAllowed
public class PublicStatementView extends PublicDocumentView {

    private final PartnershipPageService pages;

    public PublicStatementView(PartnershipPageService pages, PluginPaths paths) {
        super(paths);
        this.pages = pages;
    }

    @Override
    protected Optional<OutputDocument> document(String partnershipCode) {
        return pages.publicStatement(partnershipCode);
    }
}
