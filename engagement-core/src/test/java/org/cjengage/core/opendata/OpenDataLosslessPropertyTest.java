package org.cjengage.core.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.ActivityPurpose;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.PlanDraft;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.plan.PlanStatus;
import org.cjengage.core.plan.VoiceCycle;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.standards.ScalePoint;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.core.standards.Term;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Property: for any partnership (plans with every column, activities with every column including the VOiCE cycle,
 * optional fields left empty at random, texts with unicode, quotes and formula-like starts, codes drawn from the
 * standards catalogue), export, import into a new partnership and export again gives the same file except for the
 * export time and the partnership's own details, and the imported rows equal the source rows field for field.
 * Each case is generated from its seed; a failure names the seed, so {@code generated(seed)} replays it.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class OpenDataLosslessPropertyTest {

    private static final long FIRST_SEED = 20261206L;
    private static final int CASES = 24;

    /** Characters texts are drawn from: letters, unicode (incl. outside the basic plane), quotes, formula starts. */
    private static final String[] PIECES = {"a", "Z", "7", " ", "'", "\"", "=", "+", "-", "@", "\t", "\n", ",", ";",
        "<b>", "&amp;", "\\", "/", "ü", "ï", "ö", "é", "ł", "Ω", "中", "文", "🙂", "👩🏽‍⚖️", "€", "£", "—", "%s", "{0}", "${x}"};

    @Autowired OpenDataService openData;
    @Autowired PlanService plans;
    @Autowired TestData data;
    @Autowired StandardsCatalogue standards;

    static Stream<Long> seeds() {
        return LongStream.range(FIRST_SEED, FIRST_SEED + CASES).boxed();
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void exportImportExportIsLosslessForAGeneratedPartnership(long seed) {
        // Given a partnership generated from the seed
        Random random = new Random(seed);
        Partnership source = data.partnership();
        EngagementPrincipal admin = data.user(Role.ADMIN, source.id());
        EngagementPrincipal nationalAdmin = data.user(Role.ADMIN, null);
        AsUser.run(admin, () -> generate(random, source.id()));

        // When it is exported, imported into a new partnership and exported again
        byte[] first = AsUser.call(admin, () -> openData.exportJson(source.id()));
        ImportResult imported = AsUser.call(nationalAdmin, () -> openData.importJson(first,
                new ImportTarget.NewPartnership(TestData.unique("PROP"), "Copy " + seed, null)));
        byte[] second = AsUser.call(nationalAdmin, () -> openData.exportJson(imported.partnershipId()));

        // Then both files say the same, and every imported row equals its source row
        assertThat(comparable(second)).as("seed %d: second export", seed).isEqualTo(comparable(first));
        AsUser.run(nationalAdmin, () -> {
            List<ActionPlan> copies = ordered(plans.plansOf(imported.partnershipId()));
            List<ActionPlan> originals = AsUser.call(admin, () -> ordered(plans.plansOf(source.id())));
            assertThat(copies).as("seed %d: plans", seed).hasSameSizeAs(originals);
            Optional<Long> pinned = AsUser.call(admin, () -> plans.pinnedPlan(source.id()));
            Optional<Long> pinnedCopy = plans.pinnedPlan(imported.partnershipId());
            for (int i = 0; i < originals.size(); i++) {
                ActionPlan original = originals.get(i);
                ActionPlan copy = copies.get(i);
                assertThat(List.of(copy.title(), String.valueOf(copy.outcome()), copy.periodStart(), copy.periodEnd()))
                        .as("seed %d: plan %d", seed, i)
                        .isEqualTo(List.of(original.title(), String.valueOf(original.outcome()), original.periodStart(),
                                original.periodEnd()));
                assertThat(pinnedCopy.equals(Optional.of(copy.id())))
                        .as("seed %d: plan %d pinned", seed, i).isEqualTo(pinned.equals(Optional.of(original.id())));
                List<ActivityDraft> copied = plans.activities(copy.id(), 0, Integer.MAX_VALUE).stream()
                        .map(EngagementActivity::toDraft).toList();
                List<ActivityDraft> originalRows = AsUser.call(admin, () -> plans.activities(original.id(), 0,
                        Integer.MAX_VALUE).stream().map(EngagementActivity::toDraft).toList());
                assertThat(copied).as("seed %d: activities of plan %d", seed, i).isEqualTo(originalRows);
            }
        });
    }

    private static List<ActionPlan> ordered(List<ActionPlan> list) {
        return list.stream().sorted(java.util.Comparator.comparing(ActionPlan::periodStart).reversed()
                .thenComparing(ActionPlan::title).thenComparing(ActionPlan::id)).toList();
    }

    /** The file without what differs by design: when it was made and the partnership's own code and name. */
    private static JsonNode comparable(byte[] json) {
        ObjectNode tree = (ObjectNode) OpenDataService.MAPPER.readTree(json);
        tree.remove("exportedAt");
        tree.remove("partnership");
        return tree;
    }

    // ---------------------------------------------------------------- generators

    private void generate(Random r, long partnershipId) {
        int planCount = 1 + r.nextInt(3);
        List<Long> planIds = new ArrayList<>();
        for (int p = 0; p < planCount; p++) {
            LocalDate start = date(r);
            ActionPlan plan = plans.createPlan(partnershipId, new PlanDraft(text(r, 1, PlanDraft.TITLE_MAX),
                    r.nextBoolean() ? null : text(r, 1, PlanDraft.OUTCOME_MAX), start,
                    start.plusDays(r.nextInt(1500))));
            planIds.add(plan.id());
            int activities = r.nextInt(5);
            List<ActivityDraft> drafts = new ArrayList<>();
            for (int a = 0; a < activities; a++) {
                drafts.add(activity(r));
            }
            if (r.nextBoolean()) {
                drafts.forEach(d -> plans.createActivity(plan.id(), d));
            } else {
                plans.addActivities(plan.id(), drafts);
            }
        }
        if (r.nextBoolean()) {
            plans.pinCurrentPlan(partnershipId, planIds.get(r.nextInt(planIds.size())));
        }
    }

    private ActivityDraft activity(Random r) {
        List<ScalePoint> levels = standards.levels().points();
        Set<ActivityPurpose> purposes = new HashSet<>();
        for (String code : some(r, standards.purposes().terms())) {
            purposes.add(new ActivityPurpose(code, optional(r, ActivityDraft.QUALIFIER_MAX),
                    optional(r, ActivityDraft.QUALIFIER_MAX), optional(r, ActivityDraft.QUALIFIER_MAX),
                    optional(r, ActivityDraft.QUALIFIER_MAX)));
        }
        LocalDate plannedStart = r.nextBoolean() ? null : date(r);
        LocalDate plannedEnd = r.nextBoolean() ? null : (plannedStart == null ? date(r) : plannedStart.plusDays(r.nextInt(400)));
        LocalDate actualStart = r.nextBoolean() ? null : date(r);
        LocalDate actualEnd = r.nextBoolean() ? null : (actualStart == null ? date(r) : actualStart.plusDays(r.nextInt(400)));
        List<Term> stages = standards.cycleStages().terms();
        return new ActivityDraft(text(r, 1, ActivityDraft.DESCRIPTION_MAX),
                levels.get(r.nextInt(levels.size())).code(), some(r, standards.communityTypes().terms()),
                some(r, standards.subFocusTags().terms()), PlanStatus.values()[r.nextInt(PlanStatus.values().length)],
                optional(r, ActivityDraft.LEAD_MAX), purposes, some(r, standards.methods().terms()),
                r.nextBoolean() ? null : stages.get(r.nextInt(stages.size())).code(), plannedStart, plannedEnd,
                actualStart, actualEnd, voice(r));
    }

    private static VoiceCycle voice(Random r) {
        if (r.nextInt(4) == 0) {
            return VoiceCycle.EMPTY;
        }
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        VoiceCycle.EMPTY.texts().keySet().forEach(field -> texts.put(field, optional(r, 300)));
        Integer participants = switch (r.nextInt(4)) {
            case 0 -> null;
            case 1 -> 0;
            case 2 -> VoiceCycle.PARTICIPANTS_MAX;
            default -> r.nextInt(5000);
        };
        return VoiceCycle.of(texts, participants);
    }

    private static Set<String> some(Random r, List<Term> terms) {
        Set<String> codes = new HashSet<>();
        int n = r.nextInt(Math.min(4, terms.size()) + 1);
        for (int i = 0; i < n; i++) {
            codes.add(terms.get(r.nextInt(terms.size())).code());
        }
        return codes;
    }

    private static LocalDate date(Random r) {
        return LocalDate.of(2020, 1, 1).plusDays(r.nextInt(4000));
    }

    private static String optional(Random r, int max) {
        return r.nextInt(3) == 0 ? null : text(r, 1, max);
    }

    /**
     * A text of at least {@code min} and at most {@code max} characters (usually short, sometimes at the limit),
     * starting with a visible character so that it is not blank.
     */
    private static String text(Random r, int min, int max) {
        int target = r.nextInt(10) == 0 ? max : min + r.nextInt(Math.min(max, 40) - min + 1);
        StringBuilder s = new StringBuilder(r.nextBoolean() ? "=" : "x");
        while (s.length() < target) {
            String piece = PIECES[r.nextInt(PIECES.length)];
            if (s.length() + piece.length() > max) {
                piece = "y";
            }
            s.append(piece);
        }
        return s.toString().strip();
    }
}
