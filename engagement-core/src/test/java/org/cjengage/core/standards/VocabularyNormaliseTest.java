package org.cjengage.core.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Normalising without a regex keeps exactly the letters and numbers the regex kept, for every code point. */
class VocabularyNormaliseTest {

    static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]");

    @Test
    void everyCodePointIsKeptOrDroppedAsTheRegexDid() {
        for (int cp = 0; cp <= 0x2FFFF; cp += cp < 0x10000 ? 1 : 7) {
            String text = "A-" + new String(Character.toChars(cp)) + " 1";
            assertThat(Vocabulary.normalise(text)).as("U+%04X", cp)
                    .isEqualTo(NOT_ALPHANUMERIC.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(""));
        }
        assertThat(Vocabulary.normalise("People-with CONVICTIONS")).isEqualTo("peoplewithconvictions");
    }
}
