package org.cjengage.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PluginPathsTest {

    @Test
    void withoutAPrefixThePluginsRoutesAreAtTheRoot() {
        PluginPaths paths = PluginPaths.of("");

        assertThat(paths.route("plans")).isEqualTo("plans");
        assertThat(paths.route("")).isEmpty();
        assertThat(paths.path("login")).isEqualTo("/login");
        assertThat(paths.isBelow("/f/abc", "f/")).isTrue();
        assertThat(paths.rest("/f/abc", "f/")).isEqualTo("abc");
    }

    @Test
    void withAPrefixEveryRouteAndPathIsBelowIt() {
        PluginPaths paths = PluginPaths.of(" /engage/ ");

        assertThat(paths.prefix()).isEqualTo("engage");
        assertThat(paths.route("plans?plan=3")).isEqualTo("engage/plans?plan=3");
        assertThat(paths.route("/plans")).isEqualTo("engage/plans");
        assertThat(paths.route("")).isEqualTo("engage");
        assertThat(paths.route("?x=1")).isEqualTo("engage?x=1");
        assertThat(paths.path("login")).isEqualTo("/engage/login");
        assertThat(paths.isBelow("/engage/p/CODE", "p/")).isTrue();
        assertThat(paths.isBelow("/p/CODE", "p/")).isFalse();
        assertThat(paths.rest("/engage/p/CODE/statement", "p/")).isEqualTo("CODE/statement");
        assertThat(PluginPaths.of("tools/engage").route("plans")).isEqualTo("tools/engage/plans");
    }

    @Test
    void aLocationIsThePluginsAtThePrefixAndBelowItOnlyOrEverywhereWithoutAPrefix() {
        PluginPaths paths = PluginPaths.of("engage");

        assertThat(paths.isPluginLocation("engage")).isTrue();
        assertThat(paths.isPluginLocation("engage/plans")).isTrue();
        assertThat(paths.isPluginLocation("/engage/plans")).isTrue();
        assertThat(paths.isPluginLocation("engagement")).isFalse();
        assertThat(paths.isPluginLocation("about")).isFalse();
        assertThat(paths.isPluginLocation("")).isFalse();
        assertThat(PluginPaths.of("").isPluginLocation("about")).isTrue();
    }

    @Test
    void aPrefixThatIsNotAPathIsRefusedWithThePropertyName() {
        assertThatThrownBy(() -> PluginPaths.of("en gage")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(PluginPaths.PROPERTY);
        assertThatThrownBy(() -> PluginPaths.of("a?b")).isInstanceOf(IllegalArgumentException.class);
    }
}
