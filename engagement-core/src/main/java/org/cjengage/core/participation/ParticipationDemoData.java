package org.cjengage.core.participation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cjengage.core.demo.DemoContext;
import org.cjengage.core.demo.DemoDataContributor;
import org.cjengage.core.demo.DemoUsers;
import org.cjengage.core.standards.Scale;
import org.cjengage.core.standards.StandardsCatalogue;
import org.springframework.stereotype.Component;

/**
 * Demo services (statutory and third sector) with two years of observations, dated relative to today so
 * the picture stays the same whenever the demo is loaded: most on track, the housing service at risk,
 * the victims' service not observed for nine months (review due), one correction in the history.
 */
@Component
public class ParticipationDemoData implements DemoDataContributor {

    private final TrackedServiceRepository services;
    private final ObservationRepository observations;
    private final ParticipationRules rules;
    private final ServiceStandings standings;
    private final Clock clock;

    public ParticipationDemoData(TrackedServiceRepository services, ObservationRepository observations,
                                 StandardsCatalogue standards, ServiceStandings standings, Clock clock) {
        this.standings = standings;
        this.clock = clock;
        this.services = services;
        this.observations = observations;
        this.rules = new ParticipationRules(standards.participationScale(), standards.communityTypes());
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void contribute(DemoContext context) {
        LocalDate today = LocalDate.now(clock);
        long lead = context.userIds().get(DemoUsers.LEAD);
        long staff = context.userIds().get(DemoUsers.STAFF);
        List<Long> activities = context.activityIds();
        long main = context.partnershipId();

        TrackedService unpaidWork = service(main, "Unpaid work service", "Glenmore Council justice social work",
                Sector.STATUTORY, Set.of("PEOPLE_WITH_CONVICTIONS"), null, today.plusMonths(18));
        observe(unpaidWork, today.minusMonths(23), 2, "Service information leaflet given to everyone starting an order; no feedback route.", Set.of(), null, lead);
        observe(unpaidWork, today.minusMonths(17), 3, "Induction now explains how the placements work and why; people asked what they understood.", Set.of(), null, staff);
        observe(unpaidWork, today.minusMonths(11), 4, "Exit questionnaire running at all sites; managers review the answers each quarter.", Set.of(activities.get(1)), null, staff);
        observe(unpaidWork, today.minusMonths(2), 5, "Two people on orders joined the employability working group and changed the placement list.", Set.of(activities.get(1), activities.get(11)), null, lead);

        TrackedService recovery = service(main, "Recovery café", "Glenmore Recovery Network", Sector.THIRD_SECTOR,
                Set.of("COMMUNITIES_OF_INTEREST", "PEOPLE_WITH_CONVICTIONS"), null, today.plusMonths(12));
        observe(recovery, today.minusMonths(22), 3, "Volunteers explain the café's aims at each session.", Set.of(), null, lead);
        observe(recovery, today.minusMonths(14), 5, "Members vote on the session programme each month.", Set.of(activities.get(4)), null, lead);
        observe(recovery, today.minusMonths(6), 6, "Members and staff redesigned the drop-in together.", Set.of(activities.get(4)), null, lead);
        observe(recovery, today.minusMonths(1), 7, "Peer volunteers now run two of the weekly sessions.", Set.of(), null, staff);

        TrackedService housing = service(main, "Housing options for people leaving custody", "Glenmore Council housing",
                Sector.STATUTORY, Set.of("PEOPLE_WITH_CONVICTIONS"), null, today.plusMonths(6));
        observe(housing, today.minusMonths(24), 1, "No contact with people leaving custody before release.", Set.of(), null, staff);
        observe(housing, today.minusMonths(18), 2, "Information pack on housing rights sent to the prison.", Set.of(), null, staff);
        observe(housing, today.minusMonths(3), 3, "Peer researchers planned; staff briefed on what people told them.", Set.of(activities.get(6)), null, staff);

        TrackedService victims = service(main, "Victim support service", "Glenmore Victim Support", Sector.THIRD_SECTOR,
                Set.of("VICTIMS"), 6, today.plusMonths(24));
        observe(victims, today.minusMonths(20), 2, "Annual newsletter to people the service has supported.", Set.of(), null, lead);
        observe(victims, today.minusMonths(9), 4, "Focus group on restorative justice options held with a partner.", Set.of(activities.get(3)), null, lead);

        TrackedService employability = service(main, "Employability pathway", "Glenmore Works (third sector)",
                Sector.THIRD_SECTOR, Set.of("PEOPLE_WITH_CONVICTIONS", "THIRD_SECTOR"), 7, today.plusMonths(15));
        observe(employability, today.minusMonths(15), 3, "Pathway explained at partner briefings.", Set.of(), null, staff);
        Observation wrong = observe(employability, today.minusMonths(8), 5, "Workshops with people with lived experience.", Set.of(activities.get(2)), null, staff);
        observe(employability, today.minusMonths(8), 4, "Corrected: the workshops asked for views on options already drawn up, so this was consultation.", Set.of(activities.get(2)), wrong.id(), lead);
        observe(employability, today.minusMonths(2), 5, "People with lived experience now shape each workshop's agenda.", Set.of(activities.get(2)), null, lead);

        TrackedService westshore = service(context.otherPartnershipId(), "Westshore mentoring project",
                "Westshore Mentors", Sector.THIRD_SECTOR, Set.of("PEOPLE_WITH_CONVICTIONS"), null, today.plusMonths(24));
        observe(westshore, today.minusMonths(4), 3, "Mentees told about the project's plans at monthly meetings.", Set.of(), null,
                context.userIds().get(DemoUsers.OTHER_LEAD));
        // saved through the repositories: count the services for the dashboards' read model
        standings.recomputeAll(List.of(unpaidWork.id(), recovery.id(), housing.id(), victims.id(), employability.id(),
                westshore.id()));
    }

    private TrackedService service(long partnershipId, String name, String organisation, Sector sector,
                                   Set<String> communities, Integer target, LocalDate targetDate) {
        ServiceDraft draft = rules.withDefaults(new ServiceDraft(name, organisation, sector, communities, target, targetDate));
        rules.checkService(draft);
        return services.save(TrackedService.create(partnershipId, draft));
    }

    private Observation observe(TrackedService service, LocalDate on, int stage, String evidence, Set<Long> activities,
                                Long corrects, long recordedBy) {
        Scale scale = rules.scale();
        ObservationDraft draft = new ObservationDraft(on, stage, evidence, false, activities, corrects);
        List<Observation> history = observations.findAllByServiceId(service.id());
        rules.checkObservation(draft, history, activities.stream().collect(Collectors.toSet()), on);
        return observations.save(Observation.record(service, draft, scale.id(), scale.version(), recordedBy, false));
    }
}
