package org.cjengage.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.cjengage.core.EngagementCoreAutoConfiguration;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    private final MessageBundles sample = MessageBundles.of(List.of("i18n-test/sample"));

    @Test
    void aTextIsInTheLocalesLanguageElseEnglishAndFormattedOnlyWithArguments() {
        assertThat(sample.text("sample.args", Locale.of("gd"), "Ann")).isEqualTo("Halò, Ann");
        assertThat(sample.text("sample.plain", Locale.of("gd"))).isEqualTo("It's plain");
        assertThat(sample.text("sample.args", Locale.UK, "Ann")).isEqualTo("Hello, Ann");
        assertThat(sample.locales()).containsExactly(Locale.UK, Locale.of("gd"));
    }

    @Test
    void aMissingKeyIsEmptyOrShownVisibly() {
        assertThat(sample.find("sample.none", Locale.UK)).isEmpty();
        assertThat(sample.text("sample.none", Locale.UK)).isEqualTo("!sample.none!");
    }

    @Test
    void aKeyDefinedTwiceDifferentlyIsRefusedAndAMissingBundleNamed() {
        assertThatThrownBy(() -> MessageBundles.compose(List.of(sample, MessageBundles.of(List.of("i18n-test/other")))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sample.plain");
        assertThatThrownBy(() -> MessageBundles.of(List.of("i18n-test/absent")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("i18n-test/absent");
    }

    @Test
    void bundlesBesideAClassAreThoseOfItsOwnJarOrClassDirectoryOnly() {
        MessageBundles core = MessageBundles.beside("i18n", EngagementCoreAutoConfiguration.class);

        assertThat(core.sources()).contains("outputs.properties", "reminders.properties");
        assertThat(core.has("sample.plain")).isFalse();
    }
}
