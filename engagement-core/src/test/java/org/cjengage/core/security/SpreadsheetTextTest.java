package org.cjengage.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.cjengage.core.testsupport.HostileInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

    static java.util.stream.Stream<HostileInput.Case> formulas() {
        return HostileInput.all().stream().filter(c -> c.name().startsWith("formula"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formulas")
    void formulaCellsFromTheHostileCorpusAreTurnedIntoText(HostileInput.Case c) {
        assertThat(SpreadsheetText.neutralise(c.text())).isEqualTo("'" + c.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "\uFF1DSUM(A1)",
            "\uFF0B1", "\uFF0D1", "\uFF20SUM(A1)"})
    void textThatCouldRunAsAFormulaIsPrefixedAndRestoredExactly(String text) {
        String safe = SpreadsheetText.neutralise(text);
        assertThat(safe).isEqualTo("'" + text);
        assertThat(SpreadsheetText.restore(safe)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {" =1+1", "  +cmd", "\t=1+1", "\n=1+1", "\r\n@SUM(A1)", " \t -1+1", "\u00A0=1+1",
            "\u2007=1+1", "\u202F=1+1", "\u3000=1+1", "\u200B=1+1", "\uFEFF=1+1", "\u2060+1", "\u0000=1",
            " \uFF1D1+1"})
    void aFormulaAfterLeadingWhitespaceOrInvisibleCharactersIsNeutralisedToo(String text) {
        String safe = SpreadsheetText.neutralise(text);
        assertThat(safe).isEqualTo("'" + text);
        assertThat(SpreadsheetText.restore(safe)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'=1+1", "''+cmd", "' =1", "'"})
    void textThatAlreadyBeginsWithAnApostropheRoundTripsExactly(String text) {
        assertThat(SpreadsheetText.restore(SpreadsheetText.neutralise(text))).isEqualTo(text);
    }

    @Test
    void ordinaryTextIncludingGaelicAndTheUsersOwnApostrophesIsLeftAlone() {
        assertThat(SpreadsheetText.neutralise(HostileInput.GAELIC)).isEqualTo(HostileInput.GAELIC);
        assertThat(SpreadsheetText.neutralise("Drop-in session - June")).isEqualTo("Drop-in session - June");
        assertThat(SpreadsheetText.neutralise("  Drop-in")).isEqualTo("  Drop-in");
        assertThat(SpreadsheetText.neutralise("'quoted'")).isEqualTo("'quoted'");
        assertThat(SpreadsheetText.restore("'quoted'")).isEqualTo("'quoted'");
        assertThat(SpreadsheetText.neutralise("")).isEmpty();
        assertThat(SpreadsheetText.neutralise(null)).isNull();
        assertThat(SpreadsheetText.restore(null)).isNull();
    }
}
