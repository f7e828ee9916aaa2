package org.cjengage.core.participation;

import java.util.List;
import java.util.Map;

/**
 * Everything the per-service page shows.
 *
 * @param history        every observation, newest first, superseded ones included
 * @param activities     the partnership's activities that observations can link to, by id
 * @param recorderNames  display names of the people who recorded the observations, by user id
 */
public record ServiceJourney(TrackedService service, Journey journey, List<Observation> history,
                             Map<Long, LinkableActivity> activities, Map<Long, String> recorderNames) {

    public ServiceJourney {
        history = List.copyOf(history);
        activities = Map.copyOf(activities);
        recorderNames = Map.copyOf(recorderNames);
    }

    /** True if a later observation corrects this one (it then no longer counts). */
    public boolean isSuperseded(Observation observation) {
        return EffectiveObservations.isSuperseded(observation, history);
    }
}
