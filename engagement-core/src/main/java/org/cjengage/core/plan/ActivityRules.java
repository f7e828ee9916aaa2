package org.cjengage.core.plan;

import java.util.Set;

import org.cjengage.core.common.Checks;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.core.standards.Vocabulary;

/** Checks an activity draft against the plan's rules and the loaded frameworks. */
public final class ActivityRules {

    private final StandardsCatalogue standards;

    public ActivityRules(StandardsCatalogue standards) {
        this.standards = standards;
    }

    /** Throws a {@link org.cjengage.core.common.ValidationException} listing every problem. */
    public void check(ActivityDraft d) {
        Checks checks = new Checks()
                .requiredText("description", d.description(), ActivityDraft.DESCRIPTION_MAX)
                .required("level", d.levelCode())
                .text("leadPerson", d.leadPerson(), ActivityDraft.LEAD_MAX);
        if (d.levelCode() != null && !d.levelCode().isBlank()) {
            checks.that(standards.levels().byCode(d.levelCode()).isPresent(), "level", "validation.unknownCode",
                    d.levelCode());
        }
        known(checks, "communities", d.communityCodes(), standards.communityTypes());
        known(checks, "tags", d.tagCodes(), standards.subFocusTags());
        known(checks, "methods", d.methodCodes(), standards.methods());
        if (d.stageCode() != null) {
            checks.that(standards.cycleStages().contains(d.stageCode()), "stage", "validation.unknownCode",
                    d.stageCode());
        }
        checks.that(d.purposes().stream().map(ActivityPurpose::purposeCode).distinct().count() == d.purposes().size(),
                "purposes", "validation.duplicatePurpose");
        for (ActivityPurpose p : d.purposes()) {
            checks.that(standards.purposes().contains(p.purposeCode()), "purposes", "validation.unknownCode",
                    p.purposeCode());
            checks.text("purposes", p.who(), ActivityDraft.QUALIFIER_MAX)
                    .text("purposes", p.place(), ActivityDraft.QUALIFIER_MAX)
                    .text("purposes", p.about(), ActivityDraft.QUALIFIER_MAX)
                    .text("purposes", p.how(), ActivityDraft.QUALIFIER_MAX);
        }
        if (d.plannedStart() != null && d.plannedEnd() != null) {
            checks.that(!d.plannedEnd().isBefore(d.plannedStart()), "plannedEnd", "validation.endBeforeStart");
        }
        if (d.actualStart() != null && d.actualEnd() != null) {
            checks.that(!d.actualEnd().isBefore(d.actualStart()), "actualEnd", "validation.endBeforeStart");
        }
        d.voice().check(checks);
        checks.throwIfAny();
    }

    private static void known(Checks checks, String field, Set<String> codes, Vocabulary vocabulary) {
        for (String code : codes) {
            checks.that(vocabulary.contains(code), field, "validation.unknownCode", code);
        }
    }
}
