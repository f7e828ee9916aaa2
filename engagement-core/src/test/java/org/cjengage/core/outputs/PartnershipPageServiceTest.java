package org.cjengage.core.outputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cjengage.core.common.ConcurrentEditException;
import org.cjengage.core.common.NotPermittedException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.common.Violation;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = CoreTestApplication.class)
class PartnershipPageServiceTest {

    @Autowired PartnershipPageService pages;
    @Autowired TestData data;

    Partnership own;
    EngagementPrincipal lead;

    @BeforeEach
    void setUp() {
        own = data.partnership();
        lead = data.user(Role.STRATEGY_LEAD, own.id());
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    static PartnershipPage.Content content(boolean published) {
        return new PartnershipPage.Content("Morag Example", "morag@example.org", "01234 567890",
                "Come to the quarterly forum.", "https://example.org/plan", null, published);
    }

    @Test
    void theInformationPageIsPublicOnlyWhilePublished() {
        PartnershipPage draft = AsUser.call(lead, () -> pages.save(own.id(), null, content(false)));
        assertThat(pages.publicPage(own.code())).isEmpty();

        PartnershipPage published = AsUser.call(lead, () -> pages.save(own.id(), draft.version(), content(true)));
        assertThat(pages.publicPage(own.code())).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo(own.name());
            assertThat(p.page().coordinatorEmail()).isEqualTo("morag@example.org");
        });

        AsUser.call(lead, () -> pages.save(own.id(), published.version(), content(false)));
        assertThat(pages.publicPage(own.code())).isEmpty();
        assertThat(pages.publicPage("NO-SUCH-CODE")).isEmpty();
    }

    @Test
    void badAddressesAreRefusedAndAPublishedPageNeedsAContact() {
        var bad = new PartnershipPage.Content(null, "not-an-email", "call me", null, "javascript:alert(1)", null, true);

        assertThatThrownBy(() -> AsUser.call(lead, () -> pages.save(own.id(), null, bad)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .contains("coordinatorEmail", "coordinatorPhone", "planUrl", "coordinatorName"));
        assertThat(AsUser.call(lead, () -> pages.page(own.id())).version()).isNull();
    }

    @Test
    void partnersCannotEditAndOtherPartnershipsCannotRead() {
        EngagementPrincipal partner = data.user(Role.PARTNER, own.id());
        assertThatThrownBy(() -> AsUser.call(partner, () -> pages.save(own.id(), null, content(true))))
                .isInstanceOf(NotPermittedException.class);
        EngagementPrincipal stranger = data.user(Role.STRATEGY_LEAD, data.partnership().id());
        assertThatThrownBy(() -> AsUser.call(stranger, () -> pages.page(own.id())))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.call(stranger, () -> pages.save(own.id(), null, content(true))))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aStaleVersionGetsAConflict() {
        PartnershipPage first = AsUser.call(lead, () -> pages.save(own.id(), null, content(false)));
        AsUser.call(lead, () -> pages.save(own.id(), first.version(), content(true)));

        assertThatThrownBy(() -> AsUser.call(lead, () -> pages.save(own.id(), first.version(), content(false))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(pages.publicPage(own.code())).isPresent();
    }
}
