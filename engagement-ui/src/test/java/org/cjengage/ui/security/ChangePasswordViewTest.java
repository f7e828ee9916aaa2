package org.cjengage.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.security.UserRepository;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.cjengage.core.security.AccountPasswords;

/** Changing one's own password without a browser: refusals are marked at the fields and change nothing. */
@SpringBootTest(classes = EngagementApplication.class)
class ChangePasswordViewTest extends SpringBrowserlessTest {

    @Autowired TestData data;
    @Autowired UserRepository users;
    @Autowired AccountPasswords encoder;

    EngagementPrincipal staff;

    @BeforeEach
    void givenASignedInMemberOfStaff() {
        Partnership partnership = data.partnership();
        staff = data.user(Role.STAFF, partnership.id());
        AsUser.signIn(staff);
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void twoDifferentNewPasswordsAreMarkedOnTheRepeatAndAWrongCurrentPasswordOnTheNextAttempt() {
        ChangePasswordView view = navigate(ChangePasswordView.class);
        test(view.current).setValue("not-my-password");
        test(view.newPassword).setValue("harbour lights at oban");
        test(view.repeat).setValue("harbour lights at obna");
        test(view.save).click();
        assertThat(view.repeat.isInvalid()).isTrue();
        assertThat(view.repeat.getErrorMessage()).isEqualTo("The two new passwords are not the same.");

        test(view.newPassword).setValue("harbour lights at obna");
        test(view.save).click();

        assertThat(view.repeat.isInvalid()).as("the two passwords now match").isFalse();
        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.current.getErrorMessage()).isEqualTo("This is not your current password.");
        assertThat(encoder.matches(TestData.PASSWORD, users.findById(staff.userId()).orElseThrow().passwordHash()))
                .isTrue();
        assertThat(getCurrentView()).isSameAs(view);
    }

    @Test
    void aTooShortNewPasswordIsMarkedOnTheNewPasswordField() {
        ChangePasswordView view = navigate(ChangePasswordView.class);
        test(view.current).setValue(TestData.PASSWORD);
        test(view.newPassword).setValue("short");
        test(view.repeat).setValue("short");

        test(view.save).click();

        assertThat(view.newPassword.isInvalid()).isTrue();
        assertThat(view.newPassword.getErrorMessage()).isEqualTo("Use at least 12 characters.");
        assertThat(view.current.isInvalid()).isFalse();
        assertThat(encoder.matches(TestData.PASSWORD, users.findById(staff.userId()).orElseThrow().passwordHash()))
                .isTrue();
    }
}
