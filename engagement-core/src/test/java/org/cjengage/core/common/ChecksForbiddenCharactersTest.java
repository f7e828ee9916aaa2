package org.cjengage.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The character-by-character check refuses exactly what the documented pattern describes, for every character. */
class ChecksForbiddenCharactersTest {

    static final Pattern FORBIDDEN = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]|[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F]");

    @Test
    void everyCharacterIsRefusedExactlyWhenThePatternMatchesIt() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String text = "a" + c + "b";
            assertThat(Checks.hasForbidden(text)).as("U+%04X", (int) c).isEqualTo(FORBIDDEN.matcher(text).find());
        }
        assertThat(Checks.hasForbidden("line one\nline two\ttab\r")).isFalse();
        assertThat(Checks.hasForbidden("right\u202Eleft")).isTrue();
    }
}
