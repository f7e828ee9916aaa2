package org.cjengage.core.outputs;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A piece of plain-text content in a section. Stored as JSON in published versions, so keep names stable. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Block.Text.class, name = "text"),
        @JsonSubTypes.Type(value = Block.Bullets.class, name = "bullets"),
        @JsonSubTypes.Type(value = Block.Table.class, name = "table")})
public sealed interface Block {

    /** A paragraph of text (line breaks inside are kept as line breaks). */
    record Text(String text) implements Block {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** A data table with a caption and header row; every row has as many cells as there are headers. */
    record Table(String caption, List<String> headers, List<List<String>> rows) implements Block {
        public Table {
            Objects.requireNonNull(caption, "caption");
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException("row " + row + " does not match headers " + headers);
                }
            }
        }
    }

    /** Splits text typed by a user into paragraphs at blank lines. */
    static List<Block> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.strip().split("\\R\\s*\\R"))
                .map(String::strip).filter(s -> !s.isEmpty()).<Block>map(Text::new).toList();
    }
}
