package org.cjengage.core.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Frameworks are data: no main code of either module names a code of the standards files (a level, stage,
 * community type, scale point, ...) or a plan status in a string literal or an SQL file. Code finds an entry by its role
 * ({@code marks} in the YAML) or takes orders and lists from the catalogue. Tests and demo data (sample
 * content, not rules) may name codes.
 */
class NoFrameworkCodesInCodeTest {

    private static final Pattern STRING_LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("[A-Z][A-Z0-9_]*");

    @Test
    void mainCodeNamesNoCodeOfTheStandardsFiles() throws IOException {
        // Given every code the loaded standards files define
        StandardsCatalogue catalogue = new StandardsLoader().load();
        Set<String> codes = new TreeSet<>();
        catalogue.scales().forEach(s -> {
            s.points().forEach(p -> codes.add(p.code()));
            if (s.notApplicable() != null) {
                codes.add(s.notApplicable().code());
            }
        });
        catalogue.vocabularies().forEach(v -> v.terms().forEach(t -> codes.add(t.code())));
        // and the plan's own status codes, which SQL and Java name through the PlanStatus enum
        java.util.Arrays.stream(org.cjengage.core.plan.PlanStatus.values()).forEach(s -> codes.add(s.name()));
        assertThat(codes).contains("ENGAGE", "REVIEW", "THIRD_SECTOR", "COMPLETE");

        // When the main sources of both modules are scanned (demo data excepted)
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> found = new ArrayList<>();
        for (String module : List.of("engagement-core", "engagement-ui")) {
            Path main = root.resolve(module).resolve("src/main");
            assertThat(main).isDirectory();
            try (Stream<Path> files = Files.walk(main)) {
                files.filter(NoFrameworkCodesInCodeTest::isRuleSource).forEach(f -> scan(root, f, codes, found));
            }
        }

        // Then no string literal or SQL file names one
        assertThat(found).as("framework codes named in main code; use the catalogue (marks, orders) instead").isEmpty();
    }

    private static boolean isRuleSource(Path file) {
        String path = file.toString().replace('\\', '/');
        String name = file.getFileName().toString();
        if (path.contains("/db/migration/") || path.contains("/demo/") || name.contains("DemoData")) {
            return false;
        }
        return name.endsWith(".java") || name.endsWith(".sql");
    }

    private static void scan(Path root, Path file, Set<String> codes, List<String> found) {
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> texts = new ArrayList<>();
        if (file.toString().endsWith(".sql")) {
            texts.add(source);
        } else {
            Matcher literal = STRING_LITERAL.matcher(withoutComments(source));
            while (literal.find()) {
                texts.add(literal.group(1) != null ? literal.group(1) : literal.group(2));
            }
        }
        for (String text : texts) {
            Matcher token = TOKEN.matcher(text);
            while (token.find()) {
                boolean wholeWord = (token.start() == 0 || !Character.isLetterOrDigit(text.charAt(token.start() - 1)))
                        && (token.end() == text.length() || !Character.isLetterOrDigit(text.charAt(token.end())));
                if (wholeWord && codes.contains(token.group())) {
                    found.add(root.relativize(file) + ": " + token.group() + " in \"" + text.strip() + "\"");
                }
            }
        }
    }

    /** Drops comments so that documentation may mention codes; string contents stay as they are. */
    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)^\\s*//.*$", " ");
    }
}
