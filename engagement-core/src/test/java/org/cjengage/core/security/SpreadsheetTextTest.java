package org.cjengage.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.cjengage.core.testsupport.HostileInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SpreadsheetTextTest {

    static java.util.stream.Stream<HostileInput.Case> formulas() {
        return HostileInput.all().stream().filter(c -> c.name().startsWith("formula"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formulas")
    void formulaCellsFromTheHostileCorpusAreTurnedIntoText(HostileInput.Case c) {
        assertThat(SpreadsheetText.neutralise(c.text())).startsWith("'").endsWith(c.text());
    }

    @Test
    void ordinaryTextIncludingGaelicIsLeftAlone() {
        assertThat(SpreadsheetText.neutralise(HostileInput.GAELIC)).isEqualTo(HostileInput.GAELIC);
        assertThat(SpreadsheetText.neutralise("Drop-in session - June")).isEqualTo("Drop-in session - June");
        assertThat(SpreadsheetText.neutralise("")).isEmpty();
        assertThat(SpreadsheetText.neutralise(null)).isNull();
    }

    @Test
    void fullWidthAndTabPrefixedFormulasAreAlsoNeutralised() {
        assertThat(SpreadsheetText.neutralise("\uFF1DSUM(A1)")).startsWith("'");
        assertThat(SpreadsheetText.neutralise("\t=1+1")).startsWith("'");
    }
}
