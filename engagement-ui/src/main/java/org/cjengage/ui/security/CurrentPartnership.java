package org.cjengage.ui.security;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.spring.annotation.VaadinSessionScope;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.partnership.PartnershipService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The partnership the user is working in for this session (a user may belong to several). Choosing one
 * grants nothing: services check every call.
 */
@Component
@VaadinSessionScope
public class CurrentPartnership implements Serializable {

    private static final String REQUEST_CACHE = CurrentPartnership.class.getName() + ".choices.";

    private final transient PartnershipService partnerships;
    private Long selectedId;

    public CurrentPartnership(PartnershipService partnerships) {
        this.partnerships = partnerships;
    }

    /**
     * The partnerships the user may choose from, read once per request: a page's frame (its partnership switcher) and
     * its view both ask while the page is built. Without a request (a background task), read at each call.
     */
    @SuppressWarnings("unchecked")
    public List<Partnership> choices() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return partnerships.visiblePartnerships();
        }
        // per signed-in user, should the request's sign-in change (it does not in a page's request)
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String key = REQUEST_CACHE + (auth == null ? "" : auth.getName());
        if (request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof List<?> read) {
            return (List<Partnership>) read;
        }
        List<Partnership> read = List.copyOf(partnerships.visiblePartnerships());
        request.setAttribute(key, read, RequestAttributes.SCOPE_REQUEST);
        return read;
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
