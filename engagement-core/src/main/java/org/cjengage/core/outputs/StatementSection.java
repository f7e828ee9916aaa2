package org.cjengage.core.outputs;

import org.springframework.data.relational.core.mapping.Table;

/** One narrative section of a participation statement draft: a heading and plain text (blank lines separate paragraphs). */
@Table("statement_draft_section")
public record StatementSection(String heading, String body) {

    public static final int HEADING_MAX = 200;
    public static final int BODY_MAX = 20_000;

    public StatementSection {
        heading = heading == null ? "" : heading.strip();
        body = body == null ? "" : body.strip();
    }
}
