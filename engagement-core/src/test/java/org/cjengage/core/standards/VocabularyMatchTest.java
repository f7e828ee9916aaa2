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

    @Test
    void matchesTheStrategysOwnWordingThroughAliasesAndSpreadsheetNumbers() {
        assertThat(communityTypes.match("People who have committed offence(s)")).map(Term::code)
                .hasValue("PEOPLE_WITH_CONVICTIONS");
        assertThat(communityTypes.match("Local communities impacted by offending")).map(Term::code)
                .hasValue("AFFECTED_COMMUNITIES");
        assertThat(communityTypes.match("3rd Sector organisations")).map(Term::code).hasValue("THIRD_SECTOR");
        assertThat(communityTypes.match("2.0")).map(Term::code).hasValue("AFFECTED_COMMUNITIES");
        assertThat(communityTypes.match("6. Other communities of interest")).map(Term::code)
                .hasValue("COMMUNITIES_OF_INTEREST");
        assertThat(communityTypes.match("5. Victims of crime")).as("number and label disagree").isEmpty();
    }

    @Test
    void scalesMatchByValueCodeLabelAliasAndValueWithLabel() {
        Scale levels = new StandardsLoader().load().levels();

        assertThat(levels.match("3.0")).map(ScalePoint::code).hasValue("ENGAGE");
        assertThat(levels.match("consultation")).map(ScalePoint::code).hasValue("CONSULT");
        assertThat(levels.match("1 Inform")).map(ScalePoint::code).hasValue("INFORM");
        assertThat(levels.match("Shout")).isEmpty();
        assertThat(levels.acceptedValues()).isEqualTo("1 Inform, 2 Consult, 3 Engage");
    }
}
