package org.cjengage.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A browser closing mid-request is not an "Unexpected error". */
class ClientGoneTest {

    final Logger logger = (Logger) LoggerFactory.getLogger(ErrorMessages.class);
    final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    Level before;

    @BeforeEach
    void captureTheLog() {
        before = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        logger.setAdditive(false); // kept here, not printed
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void releaseTheLog() {
        logger.detachAppender(logged);
        logger.setLevel(before);
        logger.setAdditive(true);
    }

    @Test
    void aClientAbortABrokenPipeAndAClosedSessionAreRecognisedHoweverDeeplyWrapped() {
        assertThat(ClientGone.isClientGone(new RuntimeException(new ClientAbortException("closed")))).isTrue();
        assertThat(ClientGone.isClientGone(new IllegalStateException(new UncheckedIOException(
                new IOException("Broken pipe"))))).isTrue();
        assertThat(ClientGone.isClientGone(new IOException("Connection reset by peer"))).isTrue();
        assertThat(ClientGone.isClientGone(new com.vaadin.flow.server.SessionExpiredException())).isTrue();
    }

    @Test
    void realFaultsAreNotMistakenForAClosedBrowser() {
        assertThat(ClientGone.isClientGone(new IllegalStateException("no such column"))).isFalse();
        assertThat(ClientGone.isClientGone(new IOException("Disk full"))).isFalse();
        assertThat(ClientGone.isClientGone(new RuntimeException((String) null))).isFalse();
    }

    @Test
    void aClosedBrowserIsLoggedAtDebugAndARealFaultAtError() {
        ErrorMessages.describe(new RuntimeException(new ClientAbortException("java.io.IOException: Broken pipe")));
        ErrorMessages.describe(new IllegalStateException("no such column"));

        assertThat(logged.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.DEBUG, Level.ERROR);
        assertThat(logged.list.getFirst().getFormattedMessage()).doesNotContain("Unexpected error");
        assertThat(logged.list.get(1).getFormattedMessage()).startsWith("Unexpected error");
    }
}
