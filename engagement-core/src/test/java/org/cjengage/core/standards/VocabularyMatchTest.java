package org.cjengage.core.standards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Values typed by people or read from spreadsheets find the right term. */
class VocabularyMatchTest {

    private final Vocabulary communityTypes = new StandardsLoader().load().communityTypes();

    @Test
    void matchesByNumber() {
        assertThat(communityTypes.match("1")).map(Term::code).hasValue("PEOPLE_WITH_CONVICTIONS");
        assertThat(communityTypes.match(" 3 ")).map(Term::code).hasValue("VICTIMS");
    }

    @Test
    void matchesByCode() {
        assertThat(communityTypes.match("PEOPLE_WITH_CONVICTIONS")).map(Term::number).hasValue(1);
    }

    @Test
    void matchesByLabelIgnoringCaseSpacesAndPunctuation() {
        assertThat(communityTypes.match("people WITH convictions")).map(Term::code).hasValue("PEOPLE_WITH_CONVICTIONS");
        assertThat(communityTypes.match("Victims-of-crime.")).map(Term::code).hasValue("VICTIMS");
        assertThat(communityTypes.match("third sector organisations")).map(Term::code).hasValue("THIRD_SECTOR");
    }

    @Test
    void findsNothingForUnknownOrBlankInput() {
        assertThat(communityTypes.match("7")).isEmpty();
        assertThat(communityTypes.match("martians")).isEmpty();
        assertThat(communityTypes.match("  ")).isEmpty();
        assertThat(communityTypes.match(null)).isEmpty();
        assertThat(communityTypes.match("--")).isEmpty();
    }
}
