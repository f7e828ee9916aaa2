package org.cjengage.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.admin.ManagedUser;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.security.AppUser;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Membership;
import org.cjengage.core.security.Role;
import org.cjengage.core.security.SecurityEvent;
import org.cjengage.core.security.SecurityEventType;
import org.cjengage.core.security.SecurityEvents;
import org.cjengage.core.security.UserRepository;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.HostileInput;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.cjengage.core.security.AccountPasswords;

/** The admin views without a browser: what a partnership admin sees and can do, and what others cannot. */
@SpringBootTest(classes = EngagementApplication.class)
class UserAdminViewsTest extends SpringBrowserlessTest {

    @Autowired TestData data;
    @Autowired org.cjengage.core.admin.UserAdminService userAdmin;
    @Autowired UserRepository users;
    @Autowired SecurityEvents events;
    @Autowired AccountPasswords encoder;

    Partnership own;
    Partnership other;
    EngagementPrincipal admin;
    EngagementPrincipal staff;
    EngagementPrincipal stranger;

    @BeforeEach
    void setUp() {
        own = data.partnership();
        other = data.partnership();
        admin = data.user(Role.ADMIN, own.id());
        staff = data.user(Role.STAFF, own.id());
        stranger = data.user(Role.STAFF, other.id());
        AsUser.signIn(admin);
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private UsersView openUser(long userId) {
        com.vaadin.flow.component.UI.getCurrent().navigate(UsersView.class,
                com.vaadin.flow.router.QueryParameters.of("user", String.valueOf(userId)));
        return (UsersView) getCurrentView();
    }

    private List<ManagedUser> rows(UsersView view) {
        List<ManagedUser> rows = new ArrayList<>();
        var grid = test(view.grid);
        for (int i = 0; i < grid.size(); i++) {
            rows.add(grid.getRow(i));
        }
        return rows;
    }

    @Test
    void aPartnershipAdminSeesTheirPartnershipsUsersOnly() {
        UsersView view = navigate(UsersView.class);

        assertThat(rows(view)).extracting(ManagedUser::id).contains(admin.userId(), staff.userId())
                .doesNotContain(stranger.userId());
    }

    @Test
    void invitingShowsTheOneTimePasswordOnceAndCreatesTheAccount() {
        UsersView view = navigate(UsersView.class);
        test(view.invite).click();
        InviteDialog dialog = $(InviteDialog.class).single();
        String username = TestData.unique("invited").toLowerCase();
        test(dialog.username).setValue(username);
        test(dialog.displayName).setValue("Eilidh Nic an t-Saoir");
        test(dialog.role).selectItem("Staff");

        test(dialog.send).click();

        OneTimePasswordDialog shown = $(OneTimePasswordDialog.class).single();
        String oneTime = shown.password.getValue();
        AppUser created = users.findByUsername(username).orElseThrow();
        assertThat(encoder.matches(oneTime, created.passwordHash())).isTrue();
        assertThat(created.memberships()).containsExactly(Membership.in(own.id(), Role.STAFF));
        assertThat(created.displayName()).isEqualTo("Eilidh Nic an t-Saoir");
    }

    @Test
    void hostileInputInTheInviteFormIsMarkedOnTheFieldAndCreatesNothing() {
        UsersView view = navigate(UsersView.class);
        test(view.invite).click();
        InviteDialog dialog = $(InviteDialog.class).single();
        test(dialog.username).setValue(HostileInput.SCRIPT_TAG);
        test(dialog.displayName).setValue("invoice\u202Etxt.exe");
        test(dialog.role).selectItem("Staff");

        test(dialog.send).click();

        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.displayName.isInvalid()).isTrue();
        assertThat(dialog.displayName.getErrorMessage()).contains("invisible control or text-direction characters");
        assertThat(dialog.isOpened()).isTrue();
        assertThat($(OneTimePasswordDialog.class).all()).isEmpty();
    }

    @Test
    void aProblemSolvedByChangingAnotherFieldIsNoLongerMarkedOnTheNextAttempt() {
        UsersView view = navigate(UsersView.class);
        test(view.invite).click();
        InviteDialog dialog = $(InviteDialog.class).single();
        String username = TestData.unique("harbour").toLowerCase();
        test(dialog.username).setValue(username);
        test(dialog.role).selectItem("Staff");
        dialog.generate.setValue(false);
        test(dialog.password).setValue(username + " lights at oban");
        test(dialog.send).click();
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.displayName.getErrorMessage()).isEqualTo("This field is required.");

        test(dialog.username).setValue(TestData.unique("keeper").toLowerCase());
        test(dialog.send).click();

        assertThat(dialog.password.isInvalid()).as("the password no longer contains the username").isFalse();
        assertThat(dialog.displayName.isInvalid()).isTrue();
        assertThat(dialog.displayName.getErrorMessage()).isEqualTo("This field is required.");
        assertThat(users.findByUsername(username)).isEmpty();
    }

    @Test
    void deactivatingWithRemovalShowsFormerUserAndKeepsTheHistory() {
        UsersView view = openUser(staff.userId());
        test(view.deactivate).click();
        DeactivateDialog confirm = $(DeactivateDialog.class).single();
        test(confirm.removePersonalData).click();

        test(confirm.confirm).click();

        ManagedUser row = rows(view).stream().filter(u -> u.id() == staff.userId()).findFirst().orElseThrow();
        assertThat(test(view.grid).getCellText(rows(view).indexOf(row), 0)).isEqualTo("Former user #" + staff.userId());
        assertThat(users.findById(staff.userId()).orElseThrow().active()).isFalse();
        List<SecurityEvent> history = events.search(
                org.cjengage.core.security.SecurityEventFilter.aboutUser(staff.userId()), 0, 10);
        assertThat(history).extracting(SecurityEvent::type)
                .contains(SecurityEventType.USER_DEACTIVATED, SecurityEventType.PERSONAL_DATA_REMOVED);
    }

    @Test
    void anAdminCannotDeactivateThemselvesFromTheView() {
        UsersView view = openUser(admin.userId());

        assertThat(view.deactivate.isVisible()).isFalse();
        assertThat(view.changeRole.isEnabled()).isFalse();
    }

    @Test
    void exportingPersonalDataOffersADownloadAndIsLogged() {
        UsersView view = openUser(staff.userId());

        test(view.exportData).click();

        assertThat(view.details.getChildren().anyMatch(c -> c.getId().orElse("").equals("personal-data-download"))).isTrue();
        assertThat(events.search(new org.cjengage.core.security.SecurityEventFilter(
                SecurityEventType.PERSONAL_DATA_EXPORT, null, null, null, staff.userId()), 0, 5)).hasSize(1);
        assertThat($(Notification.class).all()).isNotEmpty();
    }

    @Test
    void theSecurityLogShowsOnlyThisPartnershipsEventsAndFiltersByType() {
        events.record(SecurityEventType.EXPORT, staff.userId(), staff.username(), staff.userId(), own.id(), "own export");
        events.record(SecurityEventType.EXPORT, stranger.userId(), stranger.username(), stranger.userId(), other.id(),
                "other export");
        events.record(SecurityEventType.LOGIN_SUCCESS, staff.userId(), staff.username(), null, null, "login");
        SecurityEventsView view = navigate(SecurityEventsView.class);

        test(view.type).selectItem("Data exported");
        test(view.user).setValue(staff.username());

        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).details()).isEqualTo("own export");
        test(view.user).setValue(stranger.username());
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void staffCannotOpenTheAdminViews() {
        AsUser.signIn(staff);
        try {
            navigate(UsersView.class);
        } catch (RuntimeException refused) {
            // navigation refused outright: fine
        }
        assertThat(getCurrentView()).isNotInstanceOf(UsersView.class);
    }

    @Test
    void aMemberRemovedFromThePartnershipIsListedUnderFormerMembersWhereTheAdminCanStillDeactivateThem() {
        AsUser.call(admin, () -> userAdmin.setRole(staff.userId(),
                users.findById(staff.userId()).orElseThrow().version(), own.id(), null));

        UsersView current = navigate(UsersView.class);
        assertThat(rows(current)).extracting(ManagedUser::id).contains(admin.userId()).doesNotContain(staff.userId());

        com.vaadin.flow.component.UI.getCurrent().navigate(UsersView.class, com.vaadin.flow.router.QueryParameters
                .simple(java.util.Map.of("show", "former", "user", String.valueOf(staff.userId()))));
        UsersView former = (UsersView) getCurrentView();
        assertThat(former.showFormer.getValue()).isTrue();
        assertThat(rows(former)).extracting(ManagedUser::id).contains(staff.userId()).doesNotContain(admin.userId());
        assertThat(former.deactivate.isVisible()).isTrue();
        assertThat(test(former.grid).getCellText(rows(former).indexOf(rows(former).stream()
                .filter(u -> u.id() == staff.userId()).findFirst().orElseThrow()), 3))
                .isEqualTo("Former member of " + own.name());
    }
}
