package org.cjengage.ui.common;

import static org.assertj.core.api.Assertions.assertThatCode;

import com.vaadin.flow.component.UI;

import org.junit.jupiter.api.Test;

class ErrorHandlingInitListenerTest {

    @Test
    void anErrorBelongingToAPageThatHasBeenClosedIsLoggedNotThrownAgain() {
        // Given a page no longer attached to a session (the tab was closed while a request was under way)
        UI closed = new UI();

        // When an error of that page reaches the handler, then the handler does not fail in its turn
        assertThatCode(() -> ErrorHandlingInitListener.handle(new IllegalStateException("boom"), closed))
                .doesNotThrowAnyException();
    }

    @Test
    void anErrorOutsideAnyPageIsLogged() {
        assertThatCode(() -> ErrorHandlingInitListener.handle(new IllegalStateException("boom"), null))
                .doesNotThrowAnyException();
    }
}
