package org.cjengage.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Keeps the message bundles in step with the code and with each other. */
class MessageBundlesTest {

    private final EngagementMessages messages = EngagementMessages.load();
    private final ComposedI18NProvider provider = new ComposedI18NProvider(messages, java.util.List.of());

    @Test
    void everyLanguageHasExactlyTheEnglishKeys() {
        Map<String, Map<String, String>> all = messages.bundles().translations();
        Set<String> english = all.get("").keySet();
        all.forEach((language, texts) -> assertThat(texts.keySet()).as("keys of language '%s'", language)
                .isEqualTo(english));
    }

    @Test
    void everyTranslationKeyUsedInTheSourcesExists() throws IOException {
        Pattern usage = Pattern.compile("getTranslation\\(\"([a-zA-Z0-9_.-]+)\"");
        Set<String> missing = new HashSet<>();
        for (Path root : new Path[] {Path.of("src/main/java"), Path.of("../engagement-core/src/main/java")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = usage.matcher(Files.readString(file));
                    while (m.find()) {
                        if (!exists(m.group(1))) {
                            missing.add(file.getFileName() + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** A key ending in '.' is a prefix completed at run time (e.g. "status." + name): some key must start with it. */
    private boolean exists(String key) {
        return key.endsWith(".") ? messages.bundles().translations().get("").keySet().stream().anyMatch(k -> k.startsWith(key))
                : messages.has(key);
    }

    @Test
    void everyMessageKeyRaisedByTheCoreExists() throws IOException {
        Pattern key = Pattern.compile("\"((?:error|validation)\\.[a-zA-Z0-9_.]+)\"");
        Set<String> missing = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("../engagement-core/src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    if (!messages.has(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Texts are run through MessageFormat only when they have arguments, so only those may write '' for '. */
    @Test
    void aTextWithoutArgumentsWritesItsApostrophesSingly() {
        Map<String, Map<String, String>> all = messages.bundles().translations();
        all.forEach((language, texts) -> assertThat(texts).as("texts of language '%s'", language)
                .allSatisfy((key, text) -> assertThat(text.contains("{") || !text.contains("''")).as(key).isTrue()));
    }

    /** Numbers that are limits (never one): "At most {0} characters". Every other count picks its noun's number. */
    private static final Set<String> LIMITS = Set.of("validation.tooLong", "validation.outputs.tooMany",
            "feedback.public.textHelp", "security.password.rules", "security.password.tooShort",
            "plan.import.tooManyRows", "plan.import.tooManyColumns", "plan.import.tooManyCells",
            "plan.import.tooManySheets", "participation.stages.many");

    @Test
    void aCountFollowedByAPluralNounChoosesTheSingularForOne() {
        Pattern bareCount = Pattern.compile("\\{(\\d)(,number[^}]*)?} (?!(?:is|was|has|needs|uses)\\b)[a-z]+s\\b");
        Set<String> bare = new HashSet<>();
        messages.bundles().translations().get("").forEach((key, text) -> {
            Matcher m = bareCount.matcher(text);
            while (m.find()) {
                if (!text.contains("{" + m.group(1) + ",choice") && !LIMITS.contains(key)) {
                    bare.add(key + "=" + text);
                }
            }
        });
        assertThat(bare).isEmpty();
    }

    @Test
    void countsOfOneAreSingularAndOtherCountsPlural() {
        java.util.Locale uk = java.util.Locale.UK;
        assertThat(provider.getTranslation("plan.import.ready", uk, 1)).isEqualTo("1 activity is ready to be added to this plan.");
        assertThat(provider.getTranslation("plan.import.ready", uk, 2)).isEqualTo("2 activities are ready to be added to this plan.");
        assertThat(provider.getTranslation("plan.import.confirm", uk, 1)).isEqualTo("Add 1 activity");
        assertThat(provider.getTranslation("plan.import.done", uk, 1)).isEqualTo("1 activity imported.");
        assertThat(provider.getTranslation("plan.copied", uk, 1)).isEqualTo("Plan copied: 1 activity.");
        assertThat(provider.getTranslation("plan.import.problems", uk, 1))
                .isEqualTo("The file has 1 problem. Correct it and upload it again; nothing has been saved.");
        assertThat(provider.getTranslation("plan.import.problems", uk, 3))
                .isEqualTo("The file has 3 problems. Correct them and upload it again; nothing has been saved.");
        assertThat(provider.getTranslation("plan.import.rejected", uk, 1)).isEqualTo("The file has 1 problem; nothing was imported.");
        assertThat(provider.getTranslation("scoring.overview.count", uk, 1, 1)).isEqualTo("1 of 1 activity shown");
        assertThat(provider.getTranslation("scoring.overview.count", uk, 1, 13)).isEqualTo("1 of 13 activities shown");
        assertThat(provider.getTranslation("outputs.opendata.imported", uk, 1, 1)).isEqualTo("Imported 1 plan with 1 activity.");
        assertThat(provider.getTranslation("outputs.opendata.imported", uk, 2, 12)).isEqualTo("Imported 2 plans with 12 activities.");
        assertThat(provider.getTranslation("outputs.opendata.refused", uk, 1))
                .isEqualTo("The file was not imported: 1 problem, listed below.");
        assertThat(provider.getTranslation("security.users.otherMemberships", uk, 1)).isEqualTo("1 other partnership");
        assertThat(provider.getTranslation("security.users.otherMemberships", uk, 2)).isEqualTo("2 other partnerships");
        assertThat(provider.getTranslation("outputs.report.intro", uk, "Angus CJP", "1 April 2026", "31 March 2027", 1))
                .isEqualTo("Angus CJP carried out or planned 1 engagement activity between 1 April 2026 and 31 March 2027.");
    }

    @Test
    void aMissingKeyIsShownVisiblyRatherThanBlank() {
        assertThat(provider.getTranslation("no.such.key", java.util.Locale.UK)).isEqualTo("!no.such.key!");
    }

    @Test
    void thePluginReadsEveryBundleOfItsOwnModulesAndNoOther() throws IOException {
        Set<String> files = new HashSet<>();
        for (Path dir : new Path[] {Path.of("src/main/resources/i18n"), Path.of("../engagement-core/src/main/resources/i18n")}) {
            try (Stream<Path> list = Files.list(dir)) {
                list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".properties")).forEach(files::add);
            }
        }
        assertThat(messages.bundles().sources()).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void theComposedProviderServesContributedBundlesBesideThePluginsTexts() {
        ComposedI18NProvider composed = new ComposedI18NProvider(messages,
                java.util.List.of(new MessageBundleNames("i18n-test/contributed")));

        assertThat(composed.getTranslation("contributed.welcome", java.util.Locale.UK, "Ann")).isEqualTo("Welcome, Ann");
        assertThat(composed.getTranslation("contributed.greeting", java.util.Locale.of("gd"))).isEqualTo("Halò bhon aoigh");
        assertThat(composed.getTranslation("app.name", java.util.Locale.UK)).isEqualTo(messages.bundles().text("app.name", null));
        assertThat(composed.getProvidedLocales()).contains(java.util.Locale.UK, java.util.Locale.of("gd"));
    }

    @Test
    void aContributedKeyThatRedefinesOneOfThePluginsStopsTheStartWithItsName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ComposedI18NProvider(messages,
                        java.util.List.of(new MessageBundleNames("i18n-test/clash"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("app.name");
    }
}
