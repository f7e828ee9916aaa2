package org.cjengage.ui.security;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.spring.annotation.VaadinSessionScope;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.partnership.PartnershipService;
import org.springframework.stereotype.Component;

/**
 * The partnership the user is working in for this session (a user may belong to several). Choosing one
 * grants nothing: services check every call.
 */
@Component
@VaadinSessionScope
public class CurrentPartnership implements Serializable {

    private final transient PartnershipService partnerships;
    private Long selectedId;

    public CurrentPartnership(PartnershipService partnerships) {
        this.partnerships = partnerships;
    }

    public List<Partnership> choices() {
        return partnerships.visiblePartnerships();
    }

    public Optional<Partnership> get() {
        return in(choices());
    }

    /** The session's partnership among {@code visible} (what {@link #choices} returned), else the first of them. */
    public Optional<Partnership> in(List<Partnership> visible) {
        return visible.stream().filter(p -> p.id().equals(selectedId)).findFirst()
                .or(() -> visible.stream().findFirst());
    }

    public void select(long partnershipId) {
        this.selectedId = partnershipId;
    }
}
