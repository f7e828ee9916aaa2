package org.cjengage.core.outputs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Supplies the pages of one render and finishes each painted page ({@link PageContent}) on a thread of its own while the
 * renderer paints the next ones (issue 16). openhtmltopdf paints the pages in order and closes a page's content before it
 * asks for the next page, so when page n + 1 is asked for, page n is handed over; the last page when the renderer is done
 * ({@link #finishAll()}). Finishing a page touches only its content stream and its property lists, which the renderer
 * never touches again, and the parts are taken from the page by the rendering thread ({@link PageContent#job}).
 *
 * <p>With a processor free the clean-up and compression of the pages (about a tenth of the render) take no time of the
 * render's own; with none free the work is the same as on one thread. Not shared between renders; {@link #close()} waits
 * for the thread, so the document is never closed under it.
 */
final class PageFinisher implements AutoCloseable {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "pdf-page-content");
        t.setDaemon(true);
        return t;
    });
    private final List<Future<?>> finishing = new ArrayList<>();
    private PDPage painted;

    /** A new page for the renderer (see {@link MarkedContentProperties#newPage}); the page before it is handed over. */
    PDPage newPage(PDDocument document, float width, float height) {
        handOver();
        painted = MarkedContentProperties.newPage(document, width, height);
        return painted;
    }

    /** Hands over the last page and waits until every page is finished. */
    void finishAll() throws IOException {
        handOver();
        for (Future<?> page : finishing) {
            try {
                page.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while finishing the pages", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IOException("Could not finish a page", e.getCause());
            }
        }
    }

    private void handOver() {
        if (painted != null) {
            PageContent.Job job = PageContent.job(painted);
            painted = null;
            if (job != null) {
                finishing.add(thread.submit(() -> {
                    try {
                        job.run();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            }
        }
    }

    /** Stops the thread once it has finished what it was given (also after a failed render). */
    @Override
    public void close() {
        thread.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (thread.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
