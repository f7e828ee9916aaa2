package org.cjengage.ui.admin;

import java.util.ArrayList;
import java.util.List;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.security.PartnershipScope;

/** A partnership the admin may assign people to; {@code id} null is "national" (national admins only). */
record PartnershipChoice(Long id, String label) {

    static List<PartnershipChoice> of(PartnershipScope scope, List<Partnership> visible, PartnershipNames names) {
        List<PartnershipChoice> result = new ArrayList<>();
        visible.stream().filter(p -> scope.includes(p.id()))
                .forEach(p -> result.add(new PartnershipChoice(p.id(), p.name())));
        if (scope.all()) {
            result.add(new PartnershipChoice(null, names.partnership(null)));
        }
        return result;
    }
}
