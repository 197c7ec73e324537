package org.panicscope.scenario;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** docs/scenario.schema.json as an editor uses it (test code only: the app itself never needs the schema). */
final class SchemaSupport {
    static final Path SCHEMA = Path.of("../docs/scenario.schema.json");
    /** Like an editor, a duplicate key is an error (Jackson's default would keep the last one). */
    static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static Schema schema;

    private SchemaSupport() { }

    static synchronized Schema schema() throws IOException {
        if (schema == null) {
            try (InputStream in = Files.newInputStream(SCHEMA)) {
                schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
            }
        }
        return schema;
    }

    static JsonNode schemaTree() throws IOException {
        return MAPPER.readTree(Files.readString(SCHEMA));
    }

    /** The schema's complaints about a file; a file that is not JSON at all is one complaint. */
    static List<String> errors(Path file) throws IOException {
        JsonNode doc;
        try {
            doc = MAPPER.readTree(ScenarioLoader.decode(file.toString(), Files.readAllBytes(file)));
        } catch (RuntimeException | ScenarioException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        return errors(doc);
    }

    static List<String> errors(String text) throws IOException {
        return errors(MAPPER.readTree(text));
    }

    /**
     * Validates on a thread with a large stack: Java's regex engine recurses once per repetition, and the schedule
     * pattern meets strings of thousands of tokens in the malformed suite and the fuzz run.
     */
    static List<String> errors(JsonNode doc) throws IOException {
        Schema sc = schema();
        Object[] result = new Object[1];
        Thread t = new Thread(null, () -> {
            try {
                List<Error> errors = sc.validate(doc);
                result[0] = errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
            } catch (Throwable e) {
                result[0] = e;
            }
        }, "schema-validation", 512L << 20);
        t.start();
        try { t.join(); } catch (InterruptedException e) { Thread.currentThread().interrupt(); throw new IOException(e); }
        if (result[0] instanceof Throwable e) throw new IOException("schema validation failed", e);
        @SuppressWarnings("unchecked") List<String> l = (List<String>) result[0];
        return l;
    }

    static InputFormat json() { return InputFormat.JSON; }
}
