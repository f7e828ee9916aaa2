package org.cjengage.core.outputs;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The content model every output format is rendered from (web page, PDF, DOCX): a titled, dated
 * document of sections holding plain-text blocks. Nothing in it is markup; renderers escape all text.
 *
 * @param language BCP 47 tag of the document language, e.g. {@code en-GB}
 * @param dated    what the date means: published on it, a draft with its figures, or figures as at it
 */
public record OutputDocument(String title, String subtitle, String language, LocalDate date,
                             List<OutputSection> sections, Dated dated) {

    /** What a document's date says (the message key of its date line). */
    public enum Dated {
        /** A published version: "Published 6 December 2026". */
        PUBLISHED("outputs.document.dated"),
        /** An unpublished preview: "Draft, not published: figures as at ...". */
        DRAFT("outputs.document.draft"),
        /** Built on demand, never published: "Figures as at ...". */
        AS_AT("outputs.document.asAt"),
        /** About a period that has not ended (the running reporting year): "Draft: provisional figures as at ...". */
        PROVISIONAL("outputs.document.provisional");

        private final String messageKey;

        Dated(String messageKey) {
            this.messageKey = messageKey;
        }

        /** The message key of the date line; its one argument is the formatted date. */
        public String messageKey() {
            return messageKey;
        }
    }

    /** A published document (what a published version stores). */
    public OutputDocument(String title, String subtitle, String language, LocalDate date,
                          List<OutputSection> sections) {
        this(title, subtitle, language, date, sections, Dated.PUBLISHED);
    }

    /** Whether it reports on a period that has not ended yet, so its figures are provisional. */
    public boolean provisional() {
        return dated == Dated.PROVISIONAL;
    }

    /** The same document, its date meaning {@code meaning}. */
    public OutputDocument dated(Dated meaning) {
        return new OutputDocument(title, subtitle, language, date, sections, meaning);
    }

    /** The same document with another subtitle. */
    /** The same document with more sections at the end (sections other features add, e.g. feedback). */
    public OutputDocument withMoreSections(List<OutputSection> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<OutputSection> all = new java.util.ArrayList<>(sections);
        all.addAll(more);
        return new OutputDocument(title, subtitle, language, date, all, dated);
    }

    public OutputDocument withSubtitle(String newSubtitle) {
        return new OutputDocument(title, newSubtitle, language, date, sections, dated);
    }

    public OutputDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(date, "date");
        subtitle = subtitle == null ? "" : subtitle;
        sections = List.copyOf(sections);
        dated = dated == null ? Dated.PUBLISHED : dated;
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
