package org.cjengage.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"})
    void textThatCouldRunAsAFormulaIsPrefixedAndRestoredExactly(String text) {
        String safe = CellText.neutralise(text);
        assertThat(safe).startsWith("'").isEqualTo("'" + text);
        assertThat(CellText.restore(safe)).isEqualTo(text);
    }

    @Test
    void ordinaryTextAndApostrophesOfTheUserAreLeftAlone() {
        assertThat(CellText.neutralise("Drop-in session")).isEqualTo("Drop-in session");
        assertThat(CellText.neutralise("'quoted'")).isEqualTo("'quoted'");
        assertThat(CellText.restore("'quoted'")).isEqualTo("'quoted'");
        assertThat(CellText.neutralise("")).isEmpty();
        assertThat(CellText.neutralise(null)).isNull();
    }
}
