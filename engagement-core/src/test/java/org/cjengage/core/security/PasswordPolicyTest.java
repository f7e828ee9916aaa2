package org.cjengage.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cjengage.core.common.Checks;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.common.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy();

    private java.util.List<String> problems(String password, String username) {
        return policy.check(new Checks(), "password", password, username).violations().stream()
                .map(Violation::messageKey).toList();
    }

    @Test
    void aLongUncommonPassphraseIsAccepted() {
        assertThat(problems("heather on the machair at dusk", "morag")).isEmpty();
        assertThat(problems("Càrn Dearg 7 àirde!", "morag")).isEmpty();
    }

    @Test
    void elevenCharactersAreTooShortAndTwelveAreEnough() {
        assertThat(problems("kx7Qp2mZr9w", null)).containsExactly("security.password.tooShort");
        assertThat(problems("kx7Qp2mZr9wT", null)).isEmpty();
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        assertThat(problems("🐑🐑🐑🐑🐑🐑abcde", null)).containsExactly("security.password.tooShort");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password1234", "PASSWORD2026", "qwertyuiop123", "123456789012",
            "glasgow12345", "celtic123456", "1q2w3e4r5t6y", "welcome12345", "aaaaaaaaaaaaaaaa", "abababababababab"})
    void commonAndRepetitivePasswordsAreRefusedWhateverTheirCase(String common) {
        assertThat(problems(common, null)).contains("security.password.common");
    }

    @Test
    void theShippedListIsLargeAndCaseInsensitive() {
        assertThat(policy.isCommon("ILoveYou1234")).isTrue();
        assertThat(policy.isCommon("heather on the machair at dusk")).isFalse();
    }

    @Test
    void aPasswordContainingTheUsernameIsRefused() {
        assertThat(problems("xx-morag-secret-xx", "Morag")).containsExactly("security.password.containsUsername");
    }

    @Test
    void controlCharactersAndMissingPasswordsAreRefused() {
        assertThat(problems("a\u0000very long password", null)).contains("validation.forbiddenCharacters");
        assertThat(problems("", null)).containsExactly("validation.required");
        assertThat(problems("x".repeat(129) + "yz", null)).contains("validation.tooLong");
    }

    @Test
    void requireThrowsAValidationExceptionNamingTheField() {
        assertThatThrownBy(() -> policy.require("newPassword", "short", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsOnly("newPassword"));
    }
}
