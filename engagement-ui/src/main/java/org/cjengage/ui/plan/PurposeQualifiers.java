package org.cjengage.ui.plan;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.ActivityPurpose;
import org.cjengage.core.standards.Term;
import org.cjengage.core.standards.Vocabulary;

/**
 * The who / where / about what / how details of each chosen purpose: one group of text fields per
 * purpose, showing only the qualifiers that purpose asks for. Typed text survives re-choosing purposes.
 */
class PurposeQualifiers extends Composite<VerticalLayout> {

    private static final List<String> QUALIFIERS = List.of("WHO", "WHERE", "WHAT", "HOW");

    private final Vocabulary purposes;
    private final Map<String, Map<String, TextField>> fields = new LinkedHashMap<>();
    private final Map<String, ActivityPurpose> known = new LinkedHashMap<>();
    private boolean readOnly;

    PurposeQualifiers(Vocabulary purposes) {
        this.purposes = purposes;
        getContent().setPadding(false);
        getContent().setSpacing(false);
    }

    void setValue(Collection<ActivityPurpose> values) {
        fields.clear();
        known.clear();
        values.forEach(p -> known.put(p.purposeCode(), p));
        show(values.stream().map(ActivityPurpose::purposeCode).collect(Collectors.toSet()));
    }

    /** Shows groups for these purpose codes, keeping what was typed in groups that stay. */
    void show(Set<String> codes) {
        value().forEach(p -> known.put(p.purposeCode(), p));
        fields.clear();
        getContent().removeAll();
        for (Term term : purposes.terms()) {
            if (!codes.contains(term.code()) || term.qualifiers().isEmpty()) {
                if (codes.contains(term.code())) {
                    fields.put(term.code(), Map.of());
                }
                continue;
            }
            ActivityPurpose current = known.getOrDefault(term.code(), ActivityPurpose.of(term.code()));
            Map<String, TextField> group = new LinkedHashMap<>();
            FormLayout layout = new FormLayout();
            for (String q : QUALIFIERS) {
                if (term.qualifiers().contains(q)) {
                    TextField field = new TextField(getTranslation("activity.purpose." + q.toLowerCase()));
                    field.setMaxLength(ActivityDraft.QUALIFIER_MAX);
                    field.setValue(nz(valueOf(current, q)));
                    field.setReadOnly(readOnly);
                    field.setAriaLabel(term.label() + ": " + field.getLabel());
                    group.put(q, field);
                    layout.add(field);
                }
            }
            fields.put(term.code(), group);
            H4 heading = new H4(getTranslation("activity.purpose.details", term.label()));
            heading.getStyle().set("margin", "var(--lumo-space-s) 0 0 0");
            getContent().add(heading, layout);
        }
    }

    List<ActivityPurpose> value() {
        return fields.entrySet().stream().map(e -> {
            Map<String, TextField> g = e.getValue();
            return new ActivityPurpose(e.getKey(), text(g.get("WHO")), text(g.get("WHERE")), text(g.get("WHAT")),
                    text(g.get("HOW")));
        }).toList();
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        fields.values().forEach(g -> g.values().forEach(f -> f.setReadOnly(readOnly)));
    }

    private static String valueOf(ActivityPurpose p, String qualifier) {
        return switch (qualifier) {
            case "WHO" -> p.who();
            case "WHERE" -> p.place();
            case "WHAT" -> p.about();
            default -> p.how();
        };
    }

    private static String text(TextField f) {
        return f == null || f.getValue().isBlank() ? null : f.getValue().strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
