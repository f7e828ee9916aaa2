package org.cjengage.core.outputs;

import tools.jackson.databind.json.JsonMapper;

/** Freezes an {@link OutputDocument} as JSON for a published version, and reads it back. */
final class DocumentJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private DocumentJson() {
    }

    static String write(OutputDocument doc) {
        return MAPPER.writeValueAsString(doc);
    }

    static OutputDocument read(String json) {
        return MAPPER.readValue(json, OutputDocument.class);
    }
}
