package org.cjengage.ui.admin;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;

import org.cjengage.core.admin.ManagedUser;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.security.Membership;

/** Display text for users and memberships in the admin views (plain text, never HTML). */
final class PartnershipNames {

    private final Map<Long, String> names;
    private final Component owner;

    PartnershipNames(Component owner, List<Partnership> partnerships) {
        this.owner = owner;
        this.names = partnerships.stream().collect(Collectors.toMap(Partnership::id, Partnership::name, (a, b) -> a));
    }

    String partnership(Long id) {
        return id == null ? owner.getTranslation("security.national") : names.getOrDefault(id, "#" + id);
    }

    String membership(Membership m) {
        return partnership(m.partnershipId()) + ": " + owner.getTranslation("security.role." + m.role().name());
    }

    String memberships(ManagedUser u) {
        List<String> parts = new java.util.ArrayList<>(u.memberships().stream().map(this::membership).toList());
        if (u.otherMemberships() > 0) {
            parts.add(owner.getTranslation("security.users.otherMemberships", u.otherMemberships()));
        }
        if (!u.formerPartnerships().isEmpty()) {
            parts.add(owner.getTranslation("security.users.formerMember", u.formerPartnerships().stream()
                    .map(this::partnership).collect(Collectors.joining(", "))));
        }
        return String.join("; ", parts);
    }

    /** The person's name, or "Former user #id" once their details were removed. */
    static String name(Component owner, ManagedUser u) {
        return u.personalDataRemoved() ? owner.getTranslation("security.formerUser", u.id()) : u.displayName();
    }

    static String formerOr(Component owner, Long id, String name, boolean removed) {
        if (id != null && removed) {
            return owner.getTranslation("security.formerUser", id);
        }
        return name == null ? "" : name;
    }

    static <T> Function<T, String> orEmpty(Function<T, String> f) {
        return t -> {
            String s = f.apply(t);
            return s == null ? "" : s;
        };
    }
}
