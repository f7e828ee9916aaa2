package org.cjengage.core.outputs;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The content model every output format is rendered from (web page, PDF, DOCX): a titled, dated
 * document of sections holding plain-text blocks. Nothing in it is markup; renderers escape all text.
 *
 * @param language    BCP 47 tag of the document language, e.g. {@code en-GB}
 * @param provisional the period the document reports on has not ended: it is a draft with figures as at its date,
 *                    and says so where a final document says "Published"
 */
public record OutputDocument(String title, String subtitle, String language, LocalDate date,
                             List<OutputSection> sections, Boolean provisional) {

    /** A final document (not provisional). */
    public OutputDocument(String title, String subtitle, String language, LocalDate date,
                          List<OutputSection> sections) {
        this(title, subtitle, language, date, sections, false);
    }

    public OutputDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(date, "date");
        subtitle = subtitle == null ? "" : subtitle;
        sections = List.copyOf(sections);
        provisional = Boolean.TRUE.equals(provisional); // documents frozen before this field existed are final
    }

    /** The message key of the date line: "Published {0}", or the provisional draft's "figures as at {0}". */
    public String dateKey() {
        return provisional.booleanValue() ? "outputs.document.provisional" : "outputs.document.dated";
    }

    /** Every piece of text in the document, in reading order (for tests and search). */
    public String plainText() {
        StringBuilder out = new StringBuilder(title).append('\n').append(subtitle).append('\n');
        for (OutputSection section : sections) {
            out.append(section.heading()).append('\n');
            for (Block block : section.blocks()) {
                switch (block) {
                    case Block.Text t -> out.append(t.text()).append('\n');
                    case Block.Bullets b -> b.items().forEach(i -> out.append(i).append('\n'));
                    case Block.Table t -> {
                        out.append(t.caption()).append('\n').append(String.join(" | ", t.headers())).append('\n');
                        t.rows().forEach(r -> out.append(String.join(" | ", r)).append('\n'));
                    }
                }
            }
        }
        return out.toString();
    }
}
