package org.cjengage.core.outputs;

import java.time.Instant;
import java.util.List;

import org.cjengage.core.common.Checks;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** The editable draft of a plan's participation statement: a title and narrative sections. One per plan. */
@Table("statement_draft")
public record StatementDraft(@Id Long id, Long partnershipId, Long planId, String title,
                             @MappedCollection(idColumn = "statement_draft_id", keyColumn = "section_index")
                             List<StatementSection> sections,
                             @Version Integer version, Instant updatedAt, String updatedBy) {

    public static final int TITLE_MAX = 200;
    public static final int SECTIONS_MAX = 30;

    public StatementDraft {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public static StatementDraft start(long partnershipId, long planId, String title, List<StatementSection> sections) {
        return new StatementDraft(null, partnershipId, planId, title, sections, null, Instant.now(), null);
    }

    /** The same draft with new content; {@code expectedVersion} is the version the editor loaded. */
    public StatementDraft revise(StatementContent content, Integer expectedVersion, String by) {
        return new StatementDraft(id, partnershipId, planId, content.title().strip(), content.sections(),
                expectedVersion, Instant.now(), by);
    }

    /** What a lead submits when saving the draft. */
    public record StatementContent(String title, List<StatementSection> sections) {
        public StatementContent {
            sections = sections == null ? List.of() : List.copyOf(sections);
        }

        public StatementContent validate() {
            Checks checks = new Checks().requiredText("title", title, TITLE_MAX)
                    .that(sections.size() <= SECTIONS_MAX, "sections", "validation.outputs.tooMany", SECTIONS_MAX);
            for (int i = 0; i < sections.size(); i++) {
                StatementSection s = sections.get(i);
                checks.requiredText("sections[" + i + "].heading", s.heading(), StatementSection.HEADING_MAX)
                        .text("sections[" + i + "].body", s.body(), StatementSection.BODY_MAX);
            }
            checks.throwIfAny();
            return this;
        }
    }
}
