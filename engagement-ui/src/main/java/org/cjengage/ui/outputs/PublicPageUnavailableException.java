package org.cjengage.ui.outputs;

/**
 * A public page ({@code p/<code>}, its statement) that does not exist or is not published. Rerouted to
 * {@link PublicPageUnavailableView}, which answers HTTP 404 with the public "page not available" notice.
 */
public class PublicPageUnavailableException extends RuntimeException {

    public PublicPageUnavailableException() {
        super("public page not available");
    }
}
