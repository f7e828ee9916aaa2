package org.cjengage.ui.outputs;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.util.function.Supplier;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.cjengage.core.common.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Download links served through Vaadin's own request handling (so Spring Security's rules for Vaadin
 * apply and no extra URL needs opening). The file is made when the link is followed; the service checks
 * access then.
 */
public final class Downloads {

    private static final Logger LOG = LoggerFactory.getLogger(Downloads.class);

    private Downloads() {
    }

    public static Anchor link(String text, String fileName, String contentType, Supplier<byte[]> file) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = file.get();
                return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
            } catch (DomainException e) {
                return DownloadResponse.error(403);
            } catch (RuntimeException e) {
                LOG.error("Could not make {}", fileName, e);
                return DownloadResponse.error(500);
            }
        });
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, text);
        anchor.addClassName("cje-download");
        ComponentUtil.setData(anchor, FileContent.class, new FileContent(file));
        return anchor;
    }

    /** What the link serves, kept on the anchor so a view test can follow it without a browser. */
    record FileContent(Supplier<byte[]> file) {
    }

    /** The bytes the link's file would have now (the same supplier the download handler calls). */
    static byte[] content(Anchor link) {
        return ComponentUtil.getData(link, FileContent.class).file().get();
    }

    /** A file name from a title: ASCII letters, digits and dashes only. */
    static String fileName(String title, String extension) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80);
        }
        return (slug.isEmpty() ? "document" : slug) + "." + extension;
    }
}
