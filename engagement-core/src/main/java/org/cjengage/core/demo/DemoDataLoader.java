package org.cjengage.core.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.partnership.PartnershipRepository;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActionPlanRepository;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.ActivityPurpose;
import org.cjengage.core.plan.ActivityRepository;
import org.cjengage.core.plan.ActivityRules;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.PlanDraft;
import org.cjengage.core.plan.PlanStatus;
import org.cjengage.core.security.AppUser;
import org.cjengage.core.security.Membership;
import org.cjengage.core.security.Role;
import org.cjengage.core.security.UserRepository;
import org.cjengage.core.standards.StandardsCatalogue;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.cjengage.core.security.AccountPasswords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty database with one example partnership (fictional), its users and a realistic plan, so a
 * newcomer has something to explore. Off unless {@code cjengage.demo-data.enabled=true} (the bundled application
 * sets it; a host application adding the plugin gets no demo accounts); does nothing when any partnership exists.
 */
@Component
@ConditionalOnProperty(name = "cjengage.demo-data.enabled", havingValue = "true")
public class DemoDataLoader implements ApplicationRunner {

    private final PartnershipRepository partnerships;
    private final UserRepository users;
    private final ActionPlanRepository plans;
    private final ActivityRepository activities;
    private final AccountPasswords passwordEncoder;
    private final ActivityRules rules;
    private final List<DemoDataContributor> contributors;
    private final org.cjengage.core.plan.ActivityTallies tallies;

    public DemoDataLoader(PartnershipRepository partnerships, UserRepository users, ActionPlanRepository plans,
                          ActivityRepository activities, AccountPasswords passwordEncoder,
                          StandardsCatalogue standards, List<DemoDataContributor> contributors,
                          org.cjengage.core.plan.ActivityTallies tallies) {
        this.tallies = tallies;
        this.partnerships = partnerships;
        this.users = users;
        this.plans = plans;
        this.activities = activities;
        this.passwordEncoder = passwordEncoder;
        this.rules = new ActivityRules(standards);
        this.contributors = contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order)).toList();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (partnerships.count() > 0) {
            return;
        }
        Partnership main = partnerships.save(Partnership.create("GLENMORE", "Glenmore Community Justice Partnership",
                "Glenmore (fictional example area)").withCoordinator("Morag Example", "coordinator@glenmore.example"));
        Partnership other = partnerships.save(Partnership.create("WESTSHORE", "Westshore Community Justice Partnership",
                "Westshore (fictional example area)"));

        Map<String, Long> userIds = new LinkedHashMap<>();
        user(userIds, DemoUsers.ADMIN, "Alex Admin", Membership.in(main.id(), Role.ADMIN));
        user(userIds, DemoUsers.LEAD, "Lesley Lead", Membership.in(main.id(), Role.STRATEGY_LEAD));
        user(userIds, DemoUsers.STAFF, "Sam Staff", Membership.in(main.id(), Role.STAFF));
        user(userIds, DemoUsers.PARTNER, "Pat Partner", Membership.in(main.id(), Role.PARTNER));
        user(userIds, DemoUsers.NATIONAL, "Nicola National", Membership.national(Role.NATIONAL_VIEWER));
        user(userIds, DemoUsers.OTHER_LEAD, "Wes Westshore", Membership.in(other.id(), Role.STRATEGY_LEAD));

        ActionPlan plan = plans.save(ActionPlan.create(main.id(), new PlanDraft("Community engagement plan 2025-2028",
                "People in our communities understand community justice better and take part in shaping it",
                LocalDate.of(2025, 4, 1), LocalDate.of(2028, 3, 31))));
        List<Long> activityIds = new ArrayList<>();
        List<ActivityDraft> drafts = mainPlanActivities();
        for (int i = 0; i < drafts.size(); i++) {
            ActivityDraft draft = drafts.get(i);
            Integer tookPart = i < DEMO_PARTICIPANTS.length ? DEMO_PARTICIPANTS[i] : null;
            if (tookPart != null) {
                draft = draft.withVoice(org.cjengage.core.plan.VoiceCycle.of(Map.of(), tookPart));
            }
            rules.check(draft);
            activityIds.add(activities.save(EngagementActivity.create(plan, draft)).id());
        }
        ActionPlan otherPlan = plans.save(ActionPlan.create(other.id(), new PlanDraft("Westshore engagement plan",
                "Third sector partners shape local community justice services",
                LocalDate.of(2026, 4, 1), LocalDate.of(2029, 3, 31))));
        activities.save(EngagementActivity.create(otherPlan, ActivityDraft.of(
                "Quarterly third sector forum on local services", "ENGAGE", Set.of("THIRD_SECTOR"))));

        DemoContext context = new DemoContext(main.id(), other.id(), plan.id(), List.copyOf(activityIds),
                Map.copyOf(userIds));
        contributors.forEach(c -> c.contribute(context));
        // the activities were saved through the repository: count them for the dashboards' read model
        tallies.recomputeAll(plans.findAllByOrderByPartnershipIdAscPeriodStartDesc().stream().map(ActionPlan::id)
                .toList());
    }

    private void user(Map<String, Long> ids, String username, String name, Membership membership) {
        AppUser saved = users.save(AppUser.create(username, name, username + "@example.org",
                passwordEncoder.encode(DemoUsers.PASSWORD), Set.of(membership)));
        ids.put(username, saved.id());
    }

    /** The main demo plan's twelve activities (tests use them for demo-like data in their own partnership). */
    /**
     * "Do: how many took part" recorded on the demo plan's activities, in the order of
     * {@link #mainPlanActivities()} (null: none recorded yet). The 4 people with convictions on the working
     * group are the only people recorded at the deliver stage: a small count of people, so the disclosure rule
     * shows in national views, the annual report and the statement (docs/disclosure.md).
     */
    private static final Integer[] DEMO_PARTICIPANTS = {null, 38, 9, null, 14, 212, null, null, null, null, null, 4};

    public static List<ActivityDraft> mainPlanActivities() {
        return List.of(
                activity("Publish a plain-language summary of the local community justice plan on the council website and social media",
                        "INFORM", Set.of("AFFECTED_COMMUNITIES"), Set.of(), PlanStatus.COMPLETE, "Communications officer",
                        purpose("KNOWLEDGE", "Residents across Glenmore", null, null, null),
                        Set.of("SOCIAL_MEDIA"), "DELIVER", date(2025, 5, 1), date(2025, 6, 30), date(2025, 5, 6), date(2025, 6, 20)),
                activity("Exit questionnaire for people completing community payback orders, asking what helped and what got in the way",
                        "CONSULT", Set.of("PEOPLE_WITH_CONVICTIONS"), Set.of("EMPLOYABILITY"), PlanStatus.IN_PROGRESS,
                        "Justice social work team manager",
                        purpose("PARTICIPATION", "People on orders", "Unpaid work sites", null, null),
                        Set.of("QUESTIONNAIRE"), "REVIEW", date(2025, 9, 1), date(2026, 8, 31), date(2025, 9, 15), null),
                activity("Co-design workshops with people with lived experience to shape the new employability pathway",
                        "ENGAGE", Set.of("PEOPLE_WITH_CONVICTIONS", "THIRD_SECTOR"), Set.of("EMPLOYABILITY", "EDUCATION"),
                        PlanStatus.IN_PROGRESS, "Employability lead",
                        purpose("DECISION_MAKING", "People with lived experience", "Community hub", "Pathway design", null),
                        Set.of("FACE_TO_FACE", "PROJECT_INVOLVEMENT"), "PLAN", date(2026, 1, 10), date(2026, 12, 20), date(2026, 2, 1), null),
                activity("Victims' views on restorative justice services gathered through a partner-run focus group",
                        "CONSULT", Set.of("VICTIMS"), Set.of("SEX"), PlanStatus.NOT_STARTED, "Victim support coordinator",
                        purpose("INFLUENCE", "Victims of crime", "Partner premises", null, "Findings reported to the partnership board"),
                        Set.of("FACE_TO_FACE"), "ANALYSE", date(2026, 3, 1), date(2026, 6, 30), null, null),
                activity("Third sector forum meets each quarter to review progress on the plan",
                        "ENGAGE", Set.of("THIRD_SECTOR"), Set.of(), PlanStatus.IN_PROGRESS, "Partnership coordinator",
                        purpose("DECISION_MAKING", "Third sector organisations", "Partnership forum", "Plan priorities", null),
                        Set.of("THIRD_SECTOR_FORUM"), "REVIEW", date(2025, 4, 1), date(2028, 3, 31), date(2025, 4, 20), null),
                activity("Online survey of residents on feelings of safety and understanding of community sentences",
                        "CONSULT", Set.of("AFFECTED_COMMUNITIES"), Set.of("AGE"), PlanStatus.COMPLETE, "Community safety officer",
                        purpose("KNOWLEDGE", "Residents", "Online", null, null),
                        Set.of("ONLINE_SURVEY"), "ANALYSE", date(2025, 10, 1), date(2025, 11, 30), date(2025, 10, 3), date(2025, 12, 5)),
                activity("Peer researchers from a recovery community interview people leaving custody about housing",
                        "ENGAGE", Set.of("COMMUNITIES_OF_INTEREST", "PEOPLE_WITH_CONVICTIONS"), Set.of("HOUSING", "HEALTH_WELLBEING"),
                        PlanStatus.NOT_STARTED, "Housing options lead",
                        purpose("SERVICE_DELIVERY", "Recovery community peer researchers", null, null, null),
                        Set.of("PEER_RESEARCH"), "ANALYSE", date(2026, 4, 1), date(2026, 10, 31), null, null),
                activity("Briefing for elected members on the annual report and what changed as a result of engagement",
                        "INFORM", Set.of("AFFECTED_COMMUNITIES"), Set.of(), PlanStatus.NOT_STARTED, "Partnership coordinator",
                        purpose("KNOWLEDGE", "Elected members", "Council chambers", null, null),
                        Set.of("FACE_TO_FACE"), "REVIEW", date(2026, 9, 1), date(2026, 10, 31), null, null),
                activity("Participatory budgeting round for small community justice grants",
                        "ENGAGE", Set.of("AFFECTED_COMMUNITIES", "THIRD_SECTOR"), Set.of("DISABILITY", "RACE"),
                        PlanStatus.NOT_STARTED, "Community development worker",
                        purpose("DECISION_MAKING", "Local residents", "Three town centres", "Grant awards", null),
                        Set.of("PARTICIPATORY_BUDGETING", "ENGAGEMENT_EVENT"), "DELIVER", date(2027, 1, 15), date(2027, 5, 31), null, null),
                activity("Families of people in custody shape the visitor centre information pack",
                        "CONSULT", Set.of("COMMUNITIES_OF_INTEREST"), Set.of("PREGNANCY_MATERNITY"), PlanStatus.IN_PROGRESS,
                        "Family support worker",
                        purpose("PARTICIPATION", "Families and carers", "Visitor centre", null, null),
                        Set.of("FACE_TO_FACE", "QUESTIONNAIRE"), "DELIVER", date(2026, 5, 1), date(2026, 11, 30), date(2026, 5, 12), null),
                activity("Written consultation with statutory partners on the draft plan refresh",
                        "CONSULT", Set.of("PUBLIC_SECTOR"), Set.of(), PlanStatus.NOT_STARTED, "Partnership coordinator",
                        purpose("INFLUENCE", "Statutory partners", null, null, "Responses shape the refreshed plan"),
                        Set.of("WRITTEN_CONSULTATION"), "PLAN", date(2027, 9, 1), date(2027, 11, 30), null, null),
                activity("People with convictions sit on the partnership's thematic working group on employability",
                        "ENGAGE", Set.of("PEOPLE_WITH_CONVICTIONS"), Set.of("EMPLOYABILITY"), PlanStatus.IN_PROGRESS,
                        "Employability lead",
                        purpose("INFLUENCE", "People with lived experience", "Working group", null, "Standing seats with expenses paid"),
                        Set.of("THEMATIC_WORKING_GROUP", "BOARD_REPRESENTATION"), "DELIVER", date(2025, 11, 1), date(2027, 3, 31), date(2025, 11, 20), null));
    }

    private static ActivityDraft activity(String description, String level, Set<String> communities, Set<String> tags,
                                          PlanStatus status, String lead, ActivityPurpose purpose, Set<String> methods,
                                          String stage, LocalDate plannedStart, LocalDate plannedEnd,
                                          LocalDate actualStart, LocalDate actualEnd) {
        return new ActivityDraft(description, level, communities, tags, status, lead, Set.of(purpose), methods, stage,
                plannedStart, plannedEnd, actualStart, actualEnd);
    }

    private static ActivityPurpose purpose(String code, String who, String where, String about, String how) {
        return new ActivityPurpose(code, who, where, about, how);
    }

    private static LocalDate date(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

}
