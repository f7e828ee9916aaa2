package org.cjengage.core.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cjengage.core.standards.Term;
import org.cjengage.core.standards.Vocabulary;

/**
 * Reads the purposes of one plan-file cell. One purpose per line, or several on a line separated by
 * ";". Each is a purpose (number, code, label or alias), optionally with its details:
 * <ul>
 * <li>as the export writes them: {@code Increased influence; who: families; where: north; how: board}</li>
 * <li>in brackets: {@code Increased influence (who: families; where: north)}, or unmarked
 * {@code Increased influence (third sector forum, throughcare)}, kept whole in the purpose's first
 * detail</li>
 * <li>after a colon or dash: {@code Increased participation - young people in Govan}, kept whole likewise.</li>
 * </ul>
 * Markers are {@code who:}, {@code where:}, {@code what:} or {@code about what:}, {@code how:} or
 * {@code in what way:}. Nothing is dropped: a piece that is not a purpose is reported.
 */
final class PurposeText {

    /** What a cell held: its purposes, and the pieces that are not purposes. */
    record Parsed(Set<ActivityPurpose> purposes, List<String> unknown) {
    }

    private static final String MARKER = "(who|where|about what|what|how|in what way)";
    private static final Pattern QUALIFIER = Pattern.compile("(?is)^" + MARKER + "\\s*:\\s*(.*)$");
    private static final Pattern SPLIT_AT_MARKER = Pattern.compile("(?i)\\s*[;,]?\\s*(?=\\b(who|where|what|how)\\s*:)");
    private static final Pattern LINES = Pattern.compile("\\R");
    private static final Pattern LONG_MARKERS = Pattern.compile("(?i)\\b(about\\s+what|in\\s+what\\s+way)\\s*:");
    private static final Pattern BRACKETED = Pattern.compile("(?s)^(.*?)\\s*[(\\[](.*)[)\\]]\\s*\\.?$");
    private static final Pattern SEPARATED = Pattern.compile("(?s)^(.*?)\\s*(?::|\\s[-\u2013\u2014])\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^[\\s\u2022\u00b7*\u25aa\u25cf]+|^-\\s+");

    private final Vocabulary purposes;

    PurposeText(Vocabulary purposes) {
        this.purposes = purposes;
    }

    Parsed parse(String cell) {
        Set<ActivityPurpose> result = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String rawLine : LINES.split(cell)) {
            String line = BULLET.matcher(rawLine).replaceFirst("").strip();
            if (line.isEmpty()) {
                continue;
            }
            Builder current = null;
            String lastMarker = null;
            for (String token : topLevelSplit(line)) {
                String piece = token.strip();
                if (piece.isEmpty()) {
                    continue;
                }
                Matcher q = QUALIFIER.matcher(piece);
                if (q.matches() && current != null) {
                    current.set(q.group(1), q.group(2));
                    lastMarker = q.group(1);
                    continue;
                }
                Optional<Builder> started = head(piece);
                if (started.isPresent()) {
                    if (current != null) {
                        result.add(current.build());
                    }
                    current = started.get();
                    lastMarker = null;
                } else if (current != null && lastMarker != null) {
                    current.set(lastMarker, piece); // a ";" inside a detail ("where: Hub; north")
                } else {
                    unknown.add(piece);
                }
            }
            if (current != null) {
                result.add(current.build());
            }
        }
        return new Parsed(result, unknown);
    }

    /** A purpose alone, or a purpose with its details in brackets or after a colon or dash. */
    private Optional<Builder> head(String piece) {
        Optional<Term> whole = purposes.match(piece);
        if (whole.isPresent()) {
            return Optional.of(new Builder(whole.get()));
        }
        for (Pattern form : List.of(BRACKETED, SEPARATED)) {
            Matcher m = form.matcher(piece);
            if (m.matches()) {
                Optional<Term> term = purposes.match(m.group(1));
                if (term.isPresent()) {
                    Builder builder = new Builder(term.get());
                    builder.details(m.group(2));
                    return Optional.of(builder);
                }
            }
        }
        return Optional.empty();
    }

    /** Splits at ";" outside brackets. */
    private static List<String> topLevelSplit(String line) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == ';' && depth == 0) {
                parts.add(line.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(line.substring(from));
        return parts;
    }

    private static final class Builder {
        private final Term term;
        private String who;
        private String place;
        private String about;
        private String how;

        Builder(Term term) {
            this.term = term;
        }

        /** Details in marked parts ("who: x; where: y") where marked; otherwise whole, in the first detail. */
        void details(String text) {
            String details = text.strip();
            if (details.isEmpty()) {
                return;
            }
            String[] parts = SPLIT_AT_MARKER.split(LONG_MARKERS.matcher(details).replaceAll(m ->
                    m.group(1).toLowerCase(Locale.ROOT).startsWith("about") ? "what:" : "how:"));
            for (String part : parts) {
                String p = part.strip();
                if (p.isEmpty()) {
                    continue;
                }
                Matcher q = QUALIFIER.matcher(p);
                if (q.matches()) {
                    set(q.group(1), q.group(2));
                } else {
                    free(p);
                }
            }
        }

        private void free(String text) {
            String first = term.qualifiers().isEmpty() ? "WHO" : term.qualifiers().getFirst();
            set(switch (first) {
                case "WHERE" -> "where";
                case "WHAT" -> "what";
                case "HOW" -> "how";
                default -> "who";
            }, text);
        }

        void set(String marker, String rawValue) {
            String value = rawValue.strip();
            if (value.isEmpty()) {
                return;
            }
            switch (marker.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
                case "where" -> place = join(place, value);
                case "what", "about what" -> about = join(about, value);
                case "how", "in what way" -> how = join(how, value);
                default -> who = join(who, value);
            }
        }

        private static String join(String before, String value) {
            return before == null ? value : before + "; " + value;
        }

        ActivityPurpose build() {
            return new ActivityPurpose(term.code(), who, place, about, how);
        }
    }
}
