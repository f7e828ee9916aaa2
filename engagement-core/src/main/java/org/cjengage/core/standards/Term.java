package org.cjengage.core.standards;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a {@link Vocabulary}.
 *
 * @param code        upper snake case, unique within the vocabulary, e.g. {@code VICTIMS}
 * @param number      nullable; a short number used on spreadsheets and forms
 * @param description empty when the file gives none
 * @param group       nullable; groups terms inside one vocabulary, e.g. {@code PROTECTIVE_FACTOR}
 * @param qualifiers  empty if none, e.g. {@code [WHO, WHERE]} for a purpose
 * @param aliases     other wordings that mean this term (e.g. a strategy's own wording), matched like the
 *                    label on import; empty if none
 * @param marks       nullable; the role this term plays in a rule (kebab-case, at most once per vocabulary), so
 *                    code finds it by role, never by its code (see {@link StandardIds#REQUIRED_MARKS})
 */
public record Term(String code, Integer number, String label, String description, String group,
                   List<String> qualifiers, List<String> aliases, String marks) {

    public Term {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        description = description == null ? "" : description;
        qualifiers = qualifiers == null ? List.of() : List.copyOf(qualifiers);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** A term without aliases. */
    public Term(String code, Integer number, String label, String description, String group,
                List<String> qualifiers) {
        this(code, number, label, description, group, qualifiers, List.of(), null);
    }
}
