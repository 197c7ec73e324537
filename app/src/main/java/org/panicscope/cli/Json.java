package org.panicscope.cli;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON output with Jackson: maps and lists in a fixed order, pretty-printed. */
final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() { }

    static String write(Object o) { return MAPPER.writeValueAsString(o); }
}
