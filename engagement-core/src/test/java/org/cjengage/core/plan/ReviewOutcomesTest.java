package org.cjengage.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.cjengage.core.outputs.Block;
import org.cjengage.core.outputs.OutputDocument;
import org.cjengage.core.outputs.OutputSection;
import org.cjengage.core.outputs.ParticipationStatementService;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The participation statement's "you said, we did" comes from the activities' Review sections. */
@SpringBootTest(classes = CoreTestApplication.class)
class ReviewOutcomesTest {

    @Autowired TestData data;
    @Autowired ActivityRepository activities;
    @Autowired ParticipationStatementService statements;

    @Test
    void whatParticipantsSaidAndWhatChangedAppearInTheStatementForTheirPlanOnly() {
        Partnership partnership = data.partnership();
        ActionPlan plan = data.plan(partnership.id());
        save(plan, "Focus group with families", "Visiting times clash with school runs", "Evening visits added");
        save(plan, "Drop-in with no review yet", null, null);
        ActionPlan otherPlan = data.plan(data.partnership().id());
        save(otherPlan, "Someone else's activity", "Not ours", "Not ours either");

        OutputDocument preview = AsUser.call(data.user(Role.STRATEGY_LEAD, partnership.id()),
                () -> statements.preview(plan.id()));

        String youSaidWeDid = preview.sections().stream().filter(s -> s.heading().equals("You said, we did"))
                .map(OutputSection::blocks).flatMap(java.util.List::stream)
                .map(ReviewOutcomesTest::text).reduce("", String::concat);
        assertThat(youSaidWeDid).contains("Visiting times clash with school runs", "Evening visits added")
                .doesNotContain("Not ours");
    }

    private void save(ActionPlan plan, String description, String youSaid, String weDid) {
        Map<String, String> texts = new HashMap<>();
        texts.put("reviewYouSaid", youSaid);
        texts.put("reviewWeDid", weDid);
        ActivityDraft draft = new ActivityDraft(description, "ENGAGE", Set.of("COMMUNITIES_OF_INTEREST"), Set.of(),
                PlanStatus.COMPLETE, null, Set.of(), Set.of(), "REVIEW", LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 6, 1), null, null, VoiceCycle.of(texts, null));
        activities.save(EngagementActivity.create(plan, draft));
    }

    private static String text(Block block) {
        return switch (block) {
            case Block.Table t -> t.rows().toString();
            case Block.Bullets b -> b.items().toString();
            default -> block.toString();
        };
    }
}
