package org.cjengage.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.cjengage.core.common.ConcurrentEditException;
import org.cjengage.core.common.DomainException;
import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.common.NotPermittedException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.common.Violation;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.security.AppUser;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Membership;
import org.cjengage.core.security.PasswordChanged;
import org.cjengage.core.security.Role;
import org.cjengage.core.security.SecurityEvent;
import org.cjengage.core.security.SecurityEventFilter;
import org.cjengage.core.security.SecurityEventType;
import org.cjengage.core.security.SecurityEvents;
import org.cjengage.core.security.UserRepository;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.cjengage.core.security.AccountPasswords;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest(classes = CoreTestApplication.class)
@RecordApplicationEvents
class UserAdminServiceTest {

    @Autowired UserAdminService service;
    @Autowired PersonalDataService personalData;
    @Autowired SecurityEvents events;
    @Autowired UserRepository users;
    @Autowired AccountPasswords encoder;
    @Autowired TestData data;
    @Autowired ApplicationEvents published;

    Partnership own;
    Partnership other;
    EngagementPrincipal admin;

    @BeforeEach
    void setUp() {
        own = data.partnership();
        other = data.partnership();
        admin = data.user(Role.ADMIN, own.id());
    }

    private InviteDraft invite(Long partnershipId, Role role) {
        return new InviteDraft(TestData.unique("new").toLowerCase(), "Mòrag NicLeòid", "morag@example.org",
                partnershipId, role, null);
    }

    @Test
    void anAdminInvitesAUserWithAOneTimePasswordThatMustBeChangedAndIsLogged() {
        Invitation invitation = AsUser.call(admin, () -> service.invite(invite(own.id(), Role.STAFF)));

        AppUser stored = users.findById(invitation.userId()).orElseThrow();
        assertThat(invitation.oneTimePassword()).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        assertThat(encoder.matches(invitation.oneTimePassword(), stored.passwordHash())).isTrue();
        assertThat(stored.passwordHash()).doesNotContain(invitation.oneTimePassword());
        assertThat(stored.passwordChangeRequired()).isTrue();
        assertThat(stored.displayName()).isEqualTo("Mòrag NicLeòid");
        assertThat(stored.memberships()).containsExactly(Membership.in(own.id(), Role.STAFF));
        assertThat(AsUser.call(admin, () -> events.search(SecurityEventFilter.aboutUser(stored.id()), 0, 10)))
                .extracting(SecurityEvent::type).containsExactly(SecurityEventType.USER_INVITED);
    }

    @Test
    void anAdminMaySetTheInitialPasswordButOnlyOneThatMeetsThePolicy() {
        InviteDraft weak = new InviteDraft(TestData.unique("u").toLowerCase(), "Weak", null, own.id(), Role.STAFF,
                "password1234");
        assertThatThrownBy(() -> AsUser.call(admin, () -> service.invite(weak)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey).contains("security.password.common"));

        InviteDraft strong = new InviteDraft(TestData.unique("u").toLowerCase(), "Strong", null, own.id(), Role.STAFF,
                "loch lomond ferry timetable");
        Invitation invitation = AsUser.call(admin, () -> service.invite(strong));
        assertThat(invitation.oneTimePassword()).isNull();
        assertThat(users.findById(invitation.userId()).orElseThrow().passwordChangeRequired()).isTrue();
    }

    @Test
    void badInvitationInputIsRefusedFieldByFieldAndNothingIsCreated() {
        long before = users.count();
        InviteDraft bad = new InviteDraft("<script>", " ", "not-an-email", own.id(), null, null);

        assertThatThrownBy(() -> AsUser.call(admin, () -> service.invite(bad)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).contains("username", "displayName", "email", "role"));
        assertThat(users.count()).isEqualTo(before);
    }

    @Test
    void aTakenUsernameIsRefused() {
        EngagementPrincipal existing = data.user(Role.STAFF, own.id());
        InviteDraft dup = new InviteDraft(existing.username().toUpperCase(), "Dup", null, own.id(), Role.STAFF, null);

        assertThatThrownBy(() -> AsUser.call(admin, () -> service.invite(dup)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey).contains("security.admin.usernameTaken"));
    }

    @Test
    void aUsernameWithInvisibleOrLookAlikeCharactersIsRefusedWithAClearMessageAndNothingIsCreated() {
        String plain = TestData.unique("hidden").toLowerCase();
        for (String typed : new String[] {plain.substring(0, 3) + "\u200B" + plain.substring(3), plain + "\u00A0",
                "\uFF48" + plain.substring(1), plain.substring(0, 3) + "\u00AD" + plain.substring(3)}) {
            InviteDraft draft = new InviteDraft(typed, "Hidden", null, own.id(), Role.STAFF, null);

            assertThatThrownBy(() -> AsUser.call(admin, () -> service.invite(draft)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::messageKey).containsExactly("security.admin.usernameHidden"));
        }
        assertThat(users.findByUsername(plain)).isEmpty();
    }

    @Test
    void aUsernameIsStoredInLowerCaseWithoutSurroundingSpaces() {
        String plain = TestData.unique("Upper");
        InviteDraft draft = new InviteDraft("  " + plain + " ", "Upper", null, own.id(), Role.STAFF, null);

        Invitation invitation = AsUser.call(admin, () -> service.invite(draft));

        assertThat(invitation.username()).isEqualTo(plain.toLowerCase());
    }

    @Test
    void aPartnershipAdminCannotInviteIntoAnotherPartnershipOrNationally() {
        assertThatThrownBy(() -> AsUser.call(admin, () -> service.invite(invite(other.id(), Role.STAFF))))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.call(admin, () -> service.invite(invite(null, Role.NATIONAL_VIEWER))))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aPartnershipAdminSeesOnlyUsersOfTheirPartnershipsAndOnlyTheirMemberships() {
        EngagementPrincipal both = data.userWith(Set.of(Membership.in(own.id(), Role.STAFF),
                Membership.in(other.id(), Role.STRATEGY_LEAD)));
        EngagementPrincipal stranger = data.user(Role.STAFF, other.id());

        var listed = AsUser.call(admin, () -> service.users());

        assertThat(listed).extracting(ManagedUser::id).contains(both.userId(), admin.userId())
                .doesNotContain(stranger.userId());
        ManagedUser shared = listed.stream().filter(u -> u.id() == both.userId()).findFirst().orElseThrow();
        assertThat(shared.memberships()).containsExactly(Membership.in(own.id(), Role.STAFF));
        assertThat(shared.otherMemberships()).isEqualTo(1);
        assertThat(shared.wholeAccountManageable()).isFalse();
        assertThatThrownBy(() -> AsUser.call(admin, () -> service.user(stranger.userId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void changingARoleKeepsMembershipsElsewhereAndIsLogged() {
        EngagementPrincipal both = data.userWith(Set.of(Membership.in(own.id(), Role.STAFF),
                Membership.in(other.id(), Role.STRATEGY_LEAD)));

        AsUser.call(admin, () -> service.setRole(both.userId(), 0, own.id(), Role.STRATEGY_LEAD));

        assertThat(users.findById(both.userId()).orElseThrow().memberships()).containsExactlyInAnyOrder(
                Membership.in(own.id(), Role.STRATEGY_LEAD), Membership.in(other.id(), Role.STRATEGY_LEAD));
        var logged = AsUser.call(admin, () -> events.search(new SecurityEventFilter(SecurityEventType.ROLE_CHANGED,
                null, null, null, both.userId()), 0, 10));
        assertThat(logged).singleElement().satisfies(e -> {
            assertThat(e.details()).contains("STAFF -> STRATEGY_LEAD");
            assertThat(e.actorId()).isEqualTo(admin.userId());
            assertThat(e.partnershipId()).isEqualTo(own.id());
        });
    }

    @Test
    void aPartnershipAdminCannotChangeRolesInAnotherPartnershipNorTheirOwnAccount() {
        EngagementPrincipal both = data.userWith(Set.of(Membership.in(own.id(), Role.STAFF),
                Membership.in(other.id(), Role.STAFF)));

        assertThatThrownBy(() -> AsUser.call(admin, () -> service.setRole(both.userId(), 0, other.id(), Role.ADMIN)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.call(admin, () -> service.setRole(admin.userId(), 0, own.id(), Role.STAFF)))
                .isInstanceOf(DomainException.class).hasMessageContaining("security.admin.ownAccount");
        assertThat(users.findById(both.userId()).orElseThrow().memberships()).hasSize(2);
    }

    @Test
    void anAccountInSeveralPartnershipsCanOnlyBeDeactivatedByAnAdminOfAllOfThem() {
        EngagementPrincipal both = data.userWith(Set.of(Membership.in(own.id(), Role.STAFF),
                Membership.in(other.id(), Role.STAFF)));
        EngagementPrincipal national = data.user(Role.ADMIN, null);

        assertThatThrownBy(() -> AsUser.call(admin, () -> service.deactivate(both.userId(), 0, false)))
                .isInstanceOf(DomainException.class).hasMessageContaining("security.admin.otherPartnerships");
        AsUser.call(national, () -> service.deactivate(both.userId(), 0, false));

        assertThat(users.findById(both.userId()).orElseThrow().active()).isFalse();
    }

    @Test
    void deactivationAndReactivationKeepTheUserAndAreLogged() {
        EngagementPrincipal staff = data.user(Role.STAFF, own.id());

        ManagedUser off = AsUser.call(admin, () -> service.deactivate(staff.userId(), 0, false));
        assertThat(off.active()).isFalse();
        assertThat(off.displayName()).isEqualTo(staff.displayName());
        ManagedUser on = AsUser.call(admin, () -> service.reactivate(staff.userId(), off.version()));
        assertThat(on.active()).isTrue();

        assertThat(AsUser.call(admin, () -> events.search(SecurityEventFilter.aboutUser(staff.userId()), 0, 10)))
                .extracting(SecurityEvent::type)
                .containsExactly(SecurityEventType.USER_REACTIVATED, SecurityEventType.USER_DEACTIVATED);
    }

    @Test
    void removingPersonalDetailsBlanksThemButKeepsTheRowAndTheHistory() {
        EngagementPrincipal staff = data.user(Role.STAFF, own.id());
        AsUser.call(admin, () -> service.setRole(staff.userId(), 0, own.id(), Role.PARTNER));

        ManagedUser removed = AsUser.call(admin, () -> service.deactivate(staff.userId(), 1, true));

        AppUser row = users.findById(staff.userId()).orElseThrow();
        assertThat(row.displayName()).isEmpty();
        assertThat(row.email()).isNull();
        assertThat(row.username()).isEqualTo("former-user-" + staff.userId());
        assertThat(row.passwordHash()).isNull();
        assertThat(row.active()).isFalse();
        assertThat(removed.personalDataRemoved()).isTrue();
        assertThat(AsUser.call(admin, () -> events.search(SecurityEventFilter.aboutUser(staff.userId()), 0, 10)))
                .extracting(SecurityEvent::type).contains(SecurityEventType.ROLE_CHANGED,
                        SecurityEventType.USER_DEACTIVATED, SecurityEventType.PERSONAL_DATA_REMOVED);
        assertThatThrownBy(() -> AsUser.call(admin, () -> service.reactivate(staff.userId(), row.version())))
                .isInstanceOf(DomainException.class).hasMessageContaining("security.admin.personalDataRemoved");
    }

    @Test
    void aStaleVersionGivesAConflictAndChangesNothing() {
        EngagementPrincipal staff = data.user(Role.STAFF, own.id());
        AsUser.call(admin, () -> service.setRole(staff.userId(), 0, own.id(), Role.PARTNER));

        assertThatThrownBy(() -> AsUser.call(admin, () -> service.setRole(staff.userId(), 0, own.id(), Role.ADMIN)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(users.findById(staff.userId()).orElseThrow().memberships())
                .containsExactly(Membership.in(own.id(), Role.PARTNER));
    }

    @Test
    void resettingAPasswordGivesANewOneTimePassword() {
        EngagementPrincipal staff = data.user(Role.STAFF, own.id());

        Invitation reset = AsUser.call(admin, () -> service.resetPassword(staff.userId(), 0));

        AppUser row = users.findById(staff.userId()).orElseThrow();
        assertThat(encoder.matches(reset.oneTimePassword(), row.passwordHash())).isTrue();
        assertThat(encoder.matches(TestData.PASSWORD, row.passwordHash())).isFalse();
        assertThat(row.passwordChangeRequired()).isTrue();
    }

    @Test
    void resettingAPasswordAnnouncesThatAllTheUsersSessionsMustEnd() {
        EngagementPrincipal staff = data.user(Role.STAFF, own.id());

        AsUser.call(admin, () -> service.resetPassword(staff.userId(), 0));

        assertThat(published.stream(PasswordChanged.class)).containsExactly(new PasswordChanged(staff.userId(), true));
    }

    @Test
    void thePersonalDataExportHoldsProfileMembershipsAndEventsAndIsItselfLogged() {
        EngagementPrincipal staff = data.user(Role.STAFF, own.id());
        AsUser.call(admin, () -> service.setRole(staff.userId(), 0, own.id(), Role.PARTNER));

        String json = new String(AsUser.call(admin, () -> personalData.export(staff.userId())),
                java.nio.charset.StandardCharsets.UTF_8);

        assertThat(json).contains("\"username\" : \"" + staff.username() + "\"", staff.displayName(),
                "\"role\" : \"PARTNER\"", "ROLE_CHANGED", own.name());
        assertThat(AsUser.call(admin, () -> events.search(new SecurityEventFilter(
                SecurityEventType.PERSONAL_DATA_EXPORT, null, null, null, staff.userId()), 0, 10))).hasSize(1);
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, own.id());
        assertThatThrownBy(() -> AsUser.call(lead, () -> personalData.export(staff.userId())))
                .isInstanceOf(NotPermittedException.class);
    }
}
