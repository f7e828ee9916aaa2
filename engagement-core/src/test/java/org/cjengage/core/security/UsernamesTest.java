package org.cjengage.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsernamesTest {

    @Test
    void compatibilityFormsCaseInvisibleCharactersAndSurroundingSpacesAllFoldToOneName() {
        assertThat(Usernames.normalise("VICTIM2")).isEqualTo("victim2");
        assertThat(Usernames.normalise("vic\u200Btim2")).isEqualTo("victim2");
        assertThat(Usernames.normalise("\uFEFFvictim2\u200D")).isEqualTo("victim2");
        assertThat(Usernames.normalise("\uFF56ictim2")).isEqualTo("victim2");
        assertThat(Usernames.normalise("ＶＩＣＴＩＭ２")).isEqualTo("victim2");
        assertThat(Usernames.normalise(" victim2\u00A0")).isEqualTo("victim2");
        assertThat(Usernames.normalise(null)).isEmpty();
    }

    @Test
    void accentsAreKeptSoAnAccentedNameIsAnotherName() {
        assertThat(Usernames.normalise("víctim2")).isEqualTo("víctim2");
        assertThat(Usernames.normalise("VÍCTIM1")).isEqualTo("víctim1");
        // decomposed and composed accents are one name
        assertThat(Usernames.normalise("vi\u0301ctim2")).isEqualTo(Usernames.normalise("víctim2"));
    }

    @Test
    void hiddenOrLookAlikeCharactersAreDetectedSoAccountCreationCanRefuseThem() {
        assertThat(Usernames.hasHiddenCharacters("victim2")).isFalse();
        assertThat(Usernames.hasHiddenCharacters("  Victim2 ")).as("case and outer spaces are not hidden").isFalse();
        assertThat(Usernames.hasHiddenCharacters("vic\u200Btim2")).isTrue();
        assertThat(Usernames.hasHiddenCharacters("victim2\u00A0")).isTrue();
        assertThat(Usernames.hasHiddenCharacters("\uFF56ictim2")).isTrue();
        assertThat(Usernames.hasHiddenCharacters("vic\u00ADtim2")).isTrue();
        assertThat(Usernames.hasHiddenCharacters("vic tim2")).isTrue();
    }
}
