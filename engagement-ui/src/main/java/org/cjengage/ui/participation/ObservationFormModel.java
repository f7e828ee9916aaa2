package org.cjengage.ui.participation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.cjengage.core.participation.ObservationDraft;

/** Mutable bean behind the observation form's Binder. */
public class ObservationFormModel {

    private LocalDate observedOn;
    private Integer stage;
    private String evidence = "";
    private boolean baseline;
    private Set<Long> activityIds = new HashSet<>();
    private Long correctsId;

    ObservationDraft toDraft() {
        return new ObservationDraft(observedOn, stage, evidence, baseline, activityIds, correctsId);
    }

    public LocalDate getObservedOn() { return observedOn; }
    public void setObservedOn(LocalDate observedOn) { this.observedOn = observedOn; }
    public Integer getStage() { return stage; }
    public void setStage(Integer stage) { this.stage = stage; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
    public boolean isBaseline() { return baseline; }
    public void setBaseline(boolean baseline) { this.baseline = baseline; }
    public Set<Long> getActivityIds() { return activityIds; }
    public void setActivityIds(Set<Long> activityIds) { this.activityIds = new HashSet<>(activityIds); }
    public Long getCorrectsId() { return correctsId; }
    public void setCorrectsId(Long correctsId) { this.correctsId = correctsId; }
}
