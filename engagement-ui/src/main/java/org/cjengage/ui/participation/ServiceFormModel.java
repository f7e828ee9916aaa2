package org.cjengage.ui.participation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.cjengage.core.participation.Sector;
import org.cjengage.core.participation.ServiceDraft;
import org.cjengage.core.participation.TrackedService;

/** Mutable bean behind the service form's Binder; converts to and from the immutable draft. */
public class ServiceFormModel {

    private String name = "";
    private String organisation = "";
    private Sector sector;
    private Set<String> communityCodes = new HashSet<>();
    private Integer targetStage;
    private LocalDate targetDate;

    static ServiceFormModel from(TrackedService service) {
        ServiceFormModel m = new ServiceFormModel();
        m.name = service.name();
        m.organisation = service.owningOrganisation();
        m.sector = service.sector();
        m.communityCodes = new HashSet<>(service.communityCodes());
        m.targetStage = service.targetStage();
        m.targetDate = service.targetDate();
        return m;
    }

    static ServiceFormModel withTarget(Integer targetStage, LocalDate targetDate) {
        ServiceFormModel m = new ServiceFormModel();
        m.targetStage = targetStage;
        m.targetDate = targetDate;
        return m;
    }

    ServiceDraft toDraft() {
        return new ServiceDraft(name, organisation, sector, communityCodes, targetStage, targetDate);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public Sector getSector() { return sector; }
    public void setSector(Sector sector) { this.sector = sector; }
    public Set<String> getCommunityCodes() { return communityCodes; }
    public void setCommunityCodes(Set<String> codes) { this.communityCodes = new HashSet<>(codes); }
    public Integer getTargetStage() { return targetStage; }
    public void setTargetStage(Integer targetStage) { this.targetStage = targetStage; }
    public LocalDate getTargetDate() { return targetDate; }
    public void setTargetDate(LocalDate targetDate) { this.targetDate = targetDate; }
}
