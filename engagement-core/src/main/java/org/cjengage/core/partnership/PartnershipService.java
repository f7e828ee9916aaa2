package org.cjengage.core.partnership;

import java.util.List;

import org.cjengage.core.common.Checks;
import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.common.Violation;
import org.cjengage.core.security.AccessGuard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which partnerships the caller can see, and new partnerships (national admins). */
@Service
@Transactional(readOnly = true)
public class PartnershipService {

    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 200;
    public static final int AREA_MAX = 200;

    private final PartnershipRepository partnerships;
    private final PartnershipQueries queries;
    private final AccessGuard access;

    public PartnershipService(PartnershipRepository partnerships, PartnershipQueries queries, AccessGuard access) {
        this.partnerships = partnerships;
        this.queries = queries;
        this.access = access;
    }

    /** The partnerships the caller belongs to, or all of them for a national viewer or national admin. */
    /**
     * One plain statement mapped by hand ({@link PartnershipQueries}: it is asked at every page), without a transaction
     * of its own (a page asks while it is built: the layout and the view).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true)
    public List<Partnership> visiblePartnerships() {
        var scope = access.readablePartnerships();
        return scope.all() ? queries.all() : queries.withIds(scope.ids());
    }

    public Partnership get(long partnershipId) {
        access.requireMember(partnershipId);
        return partnerships.findById(partnershipId).orElseThrow(() -> new NotFoundException("partnership", partnershipId));
    }

    /**
     * Why a new partnership with these details would be refused, by field ({@code code}, {@code name},
     * {@code area}); empty when it would not. The code is letters, digits, - and _ and unique; the name is unique
     * too, compared after {@link #tidyName} and ignoring case and accents (the column's collation), so two
     * partnerships never show the same name in lists and the national views. National ADMIN only.
     */
    public List<Violation> problemsCreating(String code, String name, String area) {
        access.requireAdminOf(null);
        Checks checks = new Checks().requiredText("code", code, CODE_MAX).requiredText("name", name, NAME_MAX)
                .text("area", area, AREA_MAX);
        if (code != null && !code.isBlank()) {
            String tidy = code.strip();
            checks.that(tidy.matches("[A-Za-z0-9_-]+"), "code", "validation.partnership.code");
            checks.that(partnerships.findByCode(tidy).isEmpty(), "code", "validation.partnership.codeTaken", tidy);
        }
        if (name != null && !name.isBlank()) {
            String tidy = tidyName(name);
            checks.that(!partnerships.existsByName(tidy), "name", "validation.partnership.nameTaken", tidy);
        }
        return checks.violations();
    }

    /** Creates a partnership, or refuses with every problem {@link #problemsCreating} finds. National ADMIN only. */
    @Transactional
    public Partnership create(String code, String name, String area) {
        List<Violation> problems = problemsCreating(code, name, area);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return partnerships.save(Partnership.create(code.strip(), tidyName(name),
                area == null || area.isBlank() ? null : area.strip()));
    }

    /** A name as stored: without leading or trailing spaces, each run of spaces inside made one space. */
    public static String tidyName(String name) {
        return name.replaceAll("[\\s\\p{Zs}]+", " ").strip();
    }
}
