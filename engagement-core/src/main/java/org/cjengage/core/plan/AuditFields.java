package org.cjengage.core.plan;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Plans and activities as field name to text, the form the audit trail compares and stores. */
final class AuditFields {

    private AuditFields() {
    }

    static Map<String, String> of(ActionPlan p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", p.title());
        m.put("outcome", p.outcome());
        m.put("periodStart", text(p.periodStart()));
        m.put("periodEnd", text(p.periodEnd()));
        return m;
    }

    static Map<String, String> of(ActivityDraft d) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("description", d.description() == null ? null : d.description().strip());
        m.put("level", d.levelCode());
        m.put("communities", codes(d.communityCodes()));
        m.put("tags", codes(d.tagCodes()));
        m.put("status", d.status().name());
        m.put("leadPerson", d.leadPerson() == null || d.leadPerson().isBlank() ? null : d.leadPerson().strip());
        m.put("purposes", d.purposes().isEmpty() ? null : d.purposes().stream()
                .sorted(java.util.Comparator.comparing(ActivityPurpose::purposeCode))
                .map(AuditFields::purpose).collect(Collectors.joining("\n")));
        m.put("methods", codes(d.methodCodes()));
        m.put("stage", d.stageCode());
        m.put("plannedStart", text(d.plannedStart()));
        m.put("plannedEnd", text(d.plannedEnd()));
        m.put("actualStart", text(d.actualStart()));
        m.put("actualEnd", text(d.actualEnd()));
        m.putAll(d.voice().texts());
        m.put("doParticipants", text(d.voice().doParticipants()));
        return m;
    }

    private static String purpose(ActivityPurpose p) {
        StringBuilder s = new StringBuilder(p.purposeCode());
        append(s, "who", p.who());
        append(s, "where", p.place());
        append(s, "what", p.about());
        append(s, "how", p.how());
        return s.toString();
    }

    private static void append(StringBuilder s, String name, String value) {
        if (value != null && !value.isBlank()) {
            s.append("; ").append(name).append(": ").append(value.strip());
        }
    }

    private static String codes(Collection<String> codes) {
        return codes.isEmpty() ? null : codes.stream().sorted().collect(Collectors.joining(", "));
    }

    private static String text(Object value) {
        return value == null ? null : Objects.toString(value);
    }
}
