package org.cjengage.ui.common;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises errors that only mean the browser went away in the middle of a request: it closed the tab, lost
 * its connection or navigated elsewhere while the server was still writing (Tomcat's client abort, a broken
 * pipe, a connection reset, Spring's "response no longer usable", Vaadin's session ended because the page was
 * closed). Nothing is wrong on the server; these are logged at DEBUG, not as "Unexpected error".
 */
public final class ClientGone {

    private static final Set<String> CLIENT_GONE_TYPES = Set.of(
            "org.apache.catalina.connector.ClientAbortException",
            "org.eclipse.jetty.io.EofException",
            "org.springframework.web.context.request.async.AsyncRequestNotUsableException",
            "com.vaadin.flow.server.SessionExpiredException",
            "com.vaadin.flow.component.UIDetachedException");
    private static final Set<String> CLIENT_GONE_MESSAGES = Set.of("broken pipe", "connection reset by peer",
            "connection reset", "an established connection was aborted");

    private ClientGone() {
    }

    /** Whether the error, or any of its causes, says the client closed the connection. */
    public static boolean isClientGone(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
                if (CLIENT_GONE_TYPES.contains(type.getName())) {
                    return true;
                }
            }
            if (t instanceof IOException && t.getMessage() != null) {
                String message = t.getMessage().toLowerCase(Locale.ROOT);
                if (CLIENT_GONE_MESSAGES.stream().anyMatch(message::contains)) {
                    return true;
                }
            }
        }
        return false;
    }
}
