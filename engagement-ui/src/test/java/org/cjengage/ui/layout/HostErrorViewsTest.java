package org.cjengage.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.NoSuchElementException;

import com.vaadin.flow.component.html.Div;

import org.junit.jupiter.api.Test;

/** The host's error view for an exception is chosen as Vaadin chooses: own class or a cause's, else a superclass. */
class HostErrorViewsTest {

    static class HostGeneralPage extends Div {
    }

    static class HostMissingPage extends Div {
    }

    private final HostErrorViews host = new HostErrorViews(Map.of(
            Exception.class, HostGeneralPage.class, NoSuchElementException.class, HostMissingPage.class));

    @Test
    void anExceptionTheHostNamedGoesToItsOwnViewEvenAsACause() {
        assertThat(host.viewFor(new NoSuchElementException())).map(Map.Entry::getValue).contains(HostMissingPage.class);
        assertThat(host.viewFor(new IllegalStateException(new NoSuchElementException())))
                .map(Map.Entry::getKey).contains(NoSuchElementException.class);
    }

    @Test
    void anyOtherExceptionGoesToTheViewOfItsNearestSuperclass() {
        assertThat(host.viewFor(new IllegalStateException())).map(Map.Entry::getValue).contains(HostGeneralPage.class);
        assertThat(host.viewFor(new IllegalStateException())).map(Map.Entry::getKey).contains(Exception.class);
    }

    @Test
    void withoutViewsOfTheHostNothingIsPassedOn() {
        assertThat(new HostErrorViews(Map.of()).viewFor(new IllegalStateException())).isEmpty();
        assertThat(new HostErrorViews(Map.of(NoSuchElementException.class, HostMissingPage.class))
                .viewFor(new IllegalStateException())).isEmpty();
    }
}
