package org.cjengage.core.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * The plan files in src/test/resources/plan-import: an outline action plan in the strategy's own layout
 * (two title rows and a blank row above the long headings; levels as words, communities and statuses as
 * numbers, purposes in the strategy's wording with details in brackets), saved as CSV and converted to
 * XLSX by LibreOffice (communities and statuses are numeric cells there). {@link #EXPECTED} is every
 * field of every row as it must be saved.
 */
public final class StrategyLayoutFixture {

    public static final String CSV = "plan-import/strategy-layout.csv";
    public static final String XLSX = "plan-import/strategy-layout.xlsx";

    public static final List<ActivityDraft> EXPECTED = List.of(
            draft("Drop-in sessions at the recovery cafe on the new release pathway", "CONSULT",
                    Set.of("PEOPLE_WITH_CONVICTIONS"), PlanStatus.IN_PROGRESS, "Recovery network coordinator",
                    Set.of(new ActivityPurpose("INFLUENCE", "recovery cafe members, drop-in, shaping the release pathway",
                            null, null, null))),
            draft("Newsletter to community councils about the justice plan", "INFORM", Set.of("AFFECTED_COMMUNITIES"),
                    PlanStatus.COMPLETE, "Communications officer",
                    Set.of(new ActivityPurpose("KNOWLEDGE", "community council members", null, null, null))),
            draft("Victim voice panel reviewing support leaflets", "ENGAGE", Set.of("VICTIMS"), PlanStatus.NOT_STARTED,
                    "Victim support lead", Set.of(new ActivityPurpose("DECISION_MAKING", "victims of crime",
                            "city centre hub", "leaflet content", null))),
            draft("Third sector forum workshop on unpaid work placements", "ENGAGE", Set.of("THIRD_SECTOR"),
                    PlanStatus.IN_PROGRESS, "Forum chair", Set.of(ActivityPurpose.of("SERVICE_DELIVERY"))),
            draft("Survey of statutory partners on referral routes", "CONSULT", Set.of("PUBLIC_SECTOR"),
                    PlanStatus.NOT_STARTED, "Partnership analyst",
                    Set.of(new ActivityPurpose("PARTICIPATION", "social work and police teams", "online", null, null))),
            draft("Family group sessions with carers of people in custody", "ENGAGE", Set.of("COMMUNITIES_OF_INTEREST"),
                    PlanStatus.IN_PROGRESS, "Family support worker",
                    Set.of(new ActivityPurpose("PARTICIPATION", "families and carers, visitor centre", null, null, null),
                            new ActivityPurpose("INFLUENCE", "families", null, null, "feedback to the prison governor"))),
            draft("Peer research with people on community orders and with victims", "ENGAGE",
                    Set.of("PEOPLE_WITH_CONVICTIONS", "VICTIMS"), PlanStatus.NOT_STARTED, "Research officer",
                    Set.of(ActivityPurpose.of("PARTICIPATION"))),
            draft("Justice week open day in the town hall", "INFORM", Set.of("AFFECTED_COMMUNITIES"),
                    PlanStatus.COMPLETE, "Partnership coordinator", Set.of(ActivityPurpose.of("KNOWLEDGE"))),
            draft("Lived experience group advising on the new hostel", "ENGAGE", Set.of("PEOPLE_WITH_CONVICTIONS"),
                    PlanStatus.IN_PROGRESS, "Hostel manager",
                    Set.of(new ActivityPurpose("INFLUENCE", "hostel residents", "hostel", null, "house rules"))));

    private StrategyLayoutFixture() {
    }

    private static ActivityDraft draft(String description, String level, Set<String> communities, PlanStatus status,
                                       String lead, Set<ActivityPurpose> purposes) {
        return new ActivityDraft(description, level, communities, Set.of(), status, lead, purposes, Set.of(), null,
                null, null, null, null);
    }

    public static byte[] bytes(String resource) {
        try (InputStream in = StrategyLayoutFixture.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
