package org.cjengage.core.participation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.cjengage.core.common.Checks;
import org.cjengage.core.standards.Scale;
import org.cjengage.core.standards.Vocabulary;

/** Checks services and observations against the rules and the loaded participation scale. */
public final class ParticipationRules {

    private final Scale scale;
    private final Vocabulary communityTypes;

    public ParticipationRules(Scale scale, Vocabulary communityTypes) {
        this.scale = scale;
        this.communityTypes = communityTypes;
    }

    public Scale scale() {
        return scale;
    }

    /** The draft with its target stage filled in (the scale's target when none is given). */
    public ServiceDraft withDefaults(ServiceDraft d) {
        if (d.targetStage() != null) {
            return d;
        }
        int target = scale.target() != null ? scale.target() : scale.max();
        return new ServiceDraft(d.name(), d.owningOrganisation(), d.sector(), d.communityCodes(), target, d.targetDate());
    }

    /** Throws a {@link org.cjengage.core.common.ValidationException} listing every problem. */
    public void checkService(ServiceDraft d) {
        Checks checks = new Checks()
                .requiredText("name", d.name(), ServiceDraft.NAME_MAX)
                .requiredText("owningOrganisation", d.owningOrganisation(), ServiceDraft.ORGANISATION_MAX)
                .required("sector", d.sector())
                .required("targetDate", d.targetDate());
        for (String code : d.communityCodes()) {
            checks.that(communityTypes.contains(code), "communities", "validation.unknownCode", code);
        }
        if (d.targetStage() != null) {
            checks.that(scale.contains(d.targetStage()), "targetStage", "participation.validation.stageOutsideScale",
                    scale.min(), scale.max());
        }
        checks.throwIfAny();
    }

    /**
     * @param history     every observation of the service so far (for corrections)
     * @param linkable    ids of the activities of the service's partnership
     * @param today       observations may not be dated after this day
     */
    public void checkObservation(ObservationDraft d, List<Observation> history, Collection<Long> linkable,
                                 LocalDate today) {
        Checks checks = new Checks()
                .required("observedOn", d.observedOn())
                .required("stage", d.stage())
                .requiredText("evidence", d.evidence(), ObservationDraft.EVIDENCE_MAX);
        if (d.observedOn() != null) {
            checks.that(!d.observedOn().isAfter(today), "observedOn", "participation.validation.futureDate");
        }
        if (d.stage() != null) {
            checks.that(scale.contains(d.stage()), "stage", "participation.validation.stageOutsideScale",
                    scale.min(), scale.max());
        }
        for (Long activityId : d.activityIds()) {
            checks.that(linkable.contains(activityId), "activities", "participation.validation.activityNotInPartnership");
        }
        if (d.correctsId() != null) {
            Optional<Observation> corrected = history.stream().filter(o -> d.correctsId().equals(o.id())).findFirst();
            checks.that(corrected.isPresent(), "corrects", "participation.validation.correctsOtherService");
            checks.that(history.stream().noneMatch(o -> d.correctsId().equals(o.correctsId())), "corrects",
                    "participation.validation.alreadyCorrected");
        }
        checks.throwIfAny();
    }
}
