package org.cjengage.core.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.cjengage.core.audit.AuditEntry;
import org.cjengage.core.common.NotPermittedException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.common.Violation;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.partnership.PartnershipRepository;
import org.cjengage.core.partnership.PartnershipService;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.PlanService;
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

/** What an open-data import tells a person, what it refuses, and what it leaves in the audit trail. */
@SpringBootTest(classes = CoreTestApplication.class)
class OpenDataImportSafetyTest {

    @Autowired OpenDataService openData;
    @Autowired PlanService plans;
    @Autowired PartnershipRepository partnerships;
    @Autowired PartnershipService partnershipService;
    @Autowired TestData data;

    Partnership source;
    EngagementPrincipal nationalAdmin;
    byte[] file;

    @BeforeEach
    void givenAnExportedPartnershipWithTwoActivities() {
        source = data.partnership();
        EngagementPrincipal admin = data.user(Role.ADMIN, source.id());
        nationalAdmin = data.user(Role.ADMIN, null);
        ActionPlan plan = data.plan(source.id());
        AsUser.run(admin, () -> {
            plans.createActivity(plan.id(), ActivityDraft.of("Listening event", "CONSULT", Set.of("VICTIMS")));
            plans.createActivity(plan.id(), ActivityDraft.of("Survey", "INFORM", Set.of()));
        });
        file = AsUser.call(admin, () -> openData.exportJson(source.id()));
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void importedPlansAndActivitiesHaveAuditTrailEntriesNamingTheImporter() {
        ImportResult result = AsUser.call(nationalAdmin, () -> openData.importJson(file,
                new ImportTarget.NewPartnership(TestData.unique("AUD"), TestData.unique("Audited copy"), null)));

        AsUser.run(nationalAdmin, () -> {
            ActionPlan plan = plans.plansOf(result.partnershipId()).getFirst();
            assertThat(plans.planHistory(plan.id())).extracting(AuditEntry::action, AuditEntry::actorId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditEntry.Action.CREATED, nationalAdmin.userId()));
            List<EngagementActivity> imported = plans.activities(plan.id(), 0, 10);
            assertThat(imported).extracting(EngagementActivity::description).containsExactly("Listening event", "Survey");
            for (EngagementActivity activity : imported) {
                assertThat(plans.activityHistory(activity.id()))
                        .extracting(AuditEntry::action, AuditEntry::actorId, AuditEntry::newValue)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditEntry.Action.CREATED,
                                nationalAdmin.userId(), activity.description()));
            }
        });
    }

    @Test
    void aValueOfTheWrongKindIsReportedByItsPlaceWithoutAnyJavaTypeName() {
        String json = "{\"schemaVersion\":\"1.1\",\"plans\":[{\"ref\":\"plan-1\",\"title\":\"T\","
                + "\"activities\":\"not a list\"}]}";

        assertThatThrownBy(() -> importIntoNew(json, TestData.unique("Shape")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).containsExactly(
                            new Violation("plans[0].activities", "validation.opendata.wrongShape"));
                    assertNoJavaNames(e);
                });
    }

    @Test
    void aFileWhoseTopIsNotAnObjectIsReportedForTheWholeFile() {
        assertThatThrownBy(() -> importIntoNew("[1, 2]", TestData.unique("Array")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).containsExactly(new Violation("file", "validation.opendata.wrongShape"));
                    assertNoJavaNames(e);
                });
        assertThatThrownBy(() -> importIntoNew("null", TestData.unique("Null")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("file", "validation.opendata.wrongShape")));
    }

    @Test
    void textThatIsNotJsonIsReportedWithTheLineAndColumnWhereReadingStopped() {
        assertThatThrownBy(() -> importIntoNew("{\n  \"plans\": [\n    oops", TestData.unique("Syntax")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    Violation v = e.violations().getFirst();
                    assertThat(v.field()).isEqualTo("file");
                    assertThat(v.messageKey()).isEqualTo("validation.opendata.unreadable");
                    assertThat(v.args()).hasSize(2).allSatisfy(a -> assertThat(a).isInstanceOf(Integer.class));
                    assertThat(v.args()[0]).isEqualTo(3);
                    assertNoJavaNames(e);
                });
    }

    @Test
    void aNewPartnershipMayNotTakeTheNameOfAnExistingOneWhateverItsCaseAccentsOrSpacing() {
        String code = TestData.unique("DUP");
        String sameName = "  " + source.name().toUpperCase().replace("A", "\u00C1").replace(" ", "   ") + " ";

        assertThatThrownBy(() -> importIntoNew(new String(file, StandardCharsets.UTF_8), code, sameName))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("target.name",
                                "validation.partnership.nameTaken")));
        assertThat(partnerships.findByCode(code)).isEmpty();
    }

    @Test
    void leavingTheNameEmptyTakesTheNameInTheFileWhichIsRefusedWhenThatPartnershipExistsHere() {
        String code = TestData.unique("DUP");

        assertThatThrownBy(() -> importIntoNew(new String(file, StandardCharsets.UTF_8), code, ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("target.name", "validation.partnership.nameTaken", source.name())));
        assertThat(partnerships.findByCode(code)).isEmpty();
    }

    @Test
    void aNewPartnershipIsStoredWithItsNameTidied() {
        String name = TestData.unique("Tidy");
        ImportResult result = importIntoNew(new String(file, StandardCharsets.UTF_8), TestData.unique("TIDY"),
                "\u00A0 " + name.replace("y", "y \u00A0 ") + "  ");

        assertThat(partnerships.findById(result.partnershipId()).orElseThrow().name())
                .isEqualTo(name.replace("y", "y "));
    }

    @Test
    void onlyANationalAdminCreatesAPartnership() {
        EngagementPrincipal partnershipAdmin = data.user(Role.ADMIN, source.id());
        String code = TestData.unique("NOPE");

        assertThatThrownBy(() -> AsUser.call(partnershipAdmin, () -> partnershipService.create(code,
                TestData.unique("Nope"), null))).isInstanceOf(NotPermittedException.class);
        assertThat(partnerships.findByCode(code)).isEmpty();
    }

    private ImportResult importIntoNew(String json, String name) {
        return importIntoNew(json, TestData.unique("NEW"), name);
    }

    private ImportResult importIntoNew(String json, String code, String name) {
        return AsUser.call(nationalAdmin, () -> openData.importJson(json.getBytes(StandardCharsets.UTF_8),
                new ImportTarget.NewPartnership(code, name, null)));
    }

    private static void assertNoJavaNames(ValidationException e) {
        for (Violation v : e.violations()) {
            String shown = v.field() + " " + v.messageKey() + " " + Arrays.toString(v.args());
            assertThat(shown).doesNotContain("java.", "org.cjengage", "tools.jackson", "OpenDataFile", "`", "$");
        }
    }
}
