package org.cjengage.core.participation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;

import org.cjengage.core.common.ConcurrentEditException;
import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.common.Violation;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.security.UserLookup;
import org.cjengage.core.standards.Scale;
import org.cjengage.core.standards.StandardsCatalogue;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Distance travelled: the services a partnership tracks on the participation scale and their
 * observations. Reading needs membership of the partnership; adding or changing a service needs
 * STRATEGY_LEAD or ADMIN there; recording an observation (or a correction) also allows STAFF, who
 * record what happened in engagement work.
 */
@Service
@Transactional
public class DistanceTravelledService {

    public static final Set<Role> SERVICE_EDITORS = EnumSet.of(Role.ADMIN, Role.STRATEGY_LEAD);
    public static final Set<Role> OBSERVATION_RECORDERS = EnumSet.of(Role.ADMIN, Role.STRATEGY_LEAD, Role.STAFF);
    private static final int ACTIVITY_PAGE = 10_000;

    private final TrackedServiceRepository services;
    private final ObservationRepository observations;
    private final UserLookup users;
    private final AccessGuard access;
    private final PlanService plans;
    private final ParticipationRules rules;
    private final ServiceStandings standings;
    private final MeterRegistry meters;
    private final Clock clock;

    public DistanceTravelledService(TrackedServiceRepository services, ObservationRepository observations,
                                    UserLookup users, AccessGuard access, PlanService plans,
                                    StandardsCatalogue standards, ServiceStandings standings, MeterRegistry meters,
                                    Clock clock) {
        this.services = services;
        this.observations = observations;
        this.users = users;
        this.access = access;
        this.plans = plans;
        this.rules = new ParticipationRules(standards.participationScale(), standards.communityTypes());
        this.standings = standings;
        this.meters = meters;
        this.clock = clock;
    }

    /** The participation scale observations are recorded against. */
    public Scale scale() {
        return rules.scale();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every tracked service of the partnership with where it stands today, ordered by name. */
    @Transactional(readOnly = true)
    public List<ServiceSummary> services(long partnershipId) {
        access.requireMember(partnershipId);
        Map<Long, List<Observation>> byService = observations.findAllByPartnershipId(partnershipId).stream()
                .collect(Collectors.groupingBy(Observation::serviceId));
        LocalDate today = today();
        return services.findAllByPartnershipIdOrderByName(partnershipId).stream()
                .map(s -> new ServiceSummary(s, Journey.of(byService.getOrDefault(s.id(), List.of()), s, today)))
                .toList();
    }

    @Transactional(readOnly = true)
    public TrackedService service(long serviceId) {
        TrackedService service = services.findById(serviceId)
                .orElseThrow(() -> new NotFoundException("service", serviceId));
        access.requireMember(service.partnershipId());
        return service;
    }

    @Transactional(readOnly = true)
    public ServiceJourney journey(long serviceId) {
        TrackedService service = service(serviceId);
        List<Observation> all = observations.findAllByServiceId(serviceId);
        Map<Long, String> names = new LinkedHashMap<>();
        all.stream().map(Observation::recordedBy).distinct().forEach(id ->
                names.put(id, users.displayName(id, "")));
        Map<Long, LinkableActivity> activities = linkableActivities(service.partnershipId()).stream()
                .collect(Collectors.toMap(LinkableActivity::id, Function.identity()));
        return new ServiceJourney(service, Journey.of(all, service, today()), Journey.history(all), activities, names);
    }

    /** The partnership's engagement activities, for linking observations to the evidence. */
    @Transactional(readOnly = true)
    public List<LinkableActivity> linkableActivities(long partnershipId) {
        access.requireMember(partnershipId);
        return plans.plansOf(partnershipId).stream().map(ActionPlan::id)
                .flatMap(planId -> plans.activities(planId, 0, ACTIVITY_PAGE).stream())
                .map(a -> new LinkableActivity(a.id(), a.description())).toList();
    }

    public TrackedService createService(long partnershipId, ServiceDraft draft) {
        access.requireRole(partnershipId, SERVICE_EDITORS);
        ServiceDraft checked = rules.withDefaults(draft);
        rules.checkService(checked);
        requireUniqueName(partnershipId, checked.name(), null);
        TrackedService saved;
        try {
            saved = services.save(TrackedService.create(partnershipId, checked));
        } catch (DataIntegrityViolationException e) {
            throw duplicateName();
        }
        standings.recompute(saved.id()); // counted from the start: nothing observed yet
        return saved;
    }

    public TrackedService updateService(long serviceId, int expectedVersion, ServiceDraft draft) {
        TrackedService service = service(serviceId);
        access.requireRole(service.partnershipId(), SERVICE_EDITORS);
        ServiceDraft checked = rules.withDefaults(draft);
        rules.checkService(checked);
        if (service.version() == null || service.version() != expectedVersion) {
            throw new ConcurrentEditException("service");
        }
        requireUniqueName(service.partnershipId(), checked.name(), service.name());
        try {
            return services.save(service.revise(checked, expectedVersion));
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("service");
        } catch (DataIntegrityViolationException e) {
            throw duplicateName();
        }
    }

    /**
     * Appends an observation. With {@code correctsId} it corrects an earlier observation of the same
     * service, which is then superseded (kept in the history, no longer counted). The service's row of the
     * dashboards' read model ({@link ServiceStandings}) is counted again in the same transaction.
     */
    public Observation recordObservation(long serviceId, ObservationDraft draft) {
        TrackedService service = service(serviceId);
        EngagementPrincipal user = access.requireRole(service.partnershipId(), OBSERVATION_RECORDERS);
        standings.lock(serviceId); // writers to one service queue here, before reading its history
        List<Observation> history = observations.findAllByServiceId(serviceId);
        Set<Long> linkable = draft.activityIds().isEmpty() ? Set.of()
                : linkableActivities(service.partnershipId()).stream().map(LinkableActivity::id).collect(Collectors.toSet());
        rules.checkObservation(draft, history, linkable, today());
        boolean correctsABaseline = draft.correctsId() != null && history.stream()
                .anyMatch(o -> o.id().equals(draft.correctsId()) && o.baseline());
        Scale scale = rules.scale();
        Observation saved;
        try {
            saved = observations.save(Observation.record(service, draft, scale.id(), scale.version(), user.userId(),
                    correctsABaseline));
        } catch (DataIntegrityViolationException e) {
            throw new ConcurrentEditException("observation");
        }
        standings.recompute(serviceId); // the dashboards' read model, in this transaction
        meters.counter("observations.recorded", "sector", service.sector().name(),
                "correction", String.valueOf(draft.correctsId() != null)).increment();
        return saved;
    }

    /** Whether the caller may add and change services in the partnership (for showing buttons). */
    public boolean canEditServices(long partnershipId) {
        return access.hasRole(partnershipId, SERVICE_EDITORS);
    }

    /** Whether the caller may record observations in the partnership (for showing the form). */
    public boolean canRecord(long partnershipId) {
        return access.hasRole(partnershipId, OBSERVATION_RECORDERS);
    }

    private void requireUniqueName(long partnershipId, String name, String currentName) {
        String stripped = name.strip();
        if (!stripped.equalsIgnoreCase(currentName == null ? "" : currentName)
                && services.existsByPartnershipIdAndName(partnershipId, stripped)) {
            throw duplicateName();
        }
    }

    private static ValidationException duplicateName() {
        return new ValidationException(List.of(new Violation("name", "participation.validation.duplicateName")));
    }
}
