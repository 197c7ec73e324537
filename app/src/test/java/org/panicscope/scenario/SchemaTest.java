package org.panicscope.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.panicscope.engine.Schedule;
import org.panicscope.model.Config;
import org.panicscope.model.Params;
import org.panicscope.model.Step;
import org.panicscope.model.Switch;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** docs/scenario.schema.json: every bundled scenario passes it, and it agrees with the loader on names, values and limits. */
class SchemaTest {
    static final JsonNode S;
    static {
        try { S = SchemaSupport.schemaTree(); } catch (Exception e) { throw new ExceptionInInitializerError(e); }
    }

    static Set<String> names(JsonNode obj) { return new TreeSet<>(obj.propertyNames()); }
    static List<String> texts(JsonNode arr) { List<String> l = new ArrayList<>(); arr.forEach(n -> l.add(n.asString())); return l; }

    @Test void everyBundledScenarioPassesTheSchema() throws Exception {
        for (String id : Scenarios.IDS) {
            Path f = Path.of("../scenarios/" + id + ".json");
            assertEquals(List.of(), SchemaSupport.errors(f), id);
        }
    }

    @Test void fieldNamesAgree() {
        assertEquals(new TreeSet<>(ScenarioLoader.TOP), names(S.get("properties")), "top-level fields");
        assertEquals(new TreeSet<>(ScenarioLoader.CPU), names(S.at("/$defs/cpu/properties")), "CPU fields");
        assertEquals(new TreeSet<>(ScenarioLoader.NARRATION), names(S.at("/properties/narration/properties")), "narration fields");
        assertEquals(new TreeSet<>(ScenarioLoader.NOTE), names(S.at("/$defs/note/properties")), "note fields");
        assertEquals(new TreeSet<>(List.of(Params.allNames().split(", "))), names(S.at("/properties/params/properties")), "parameters");
        assertFalse(S.get("additionalProperties").asBoolean(true), "unknown top-level fields are errors in both");
        assertFalse(S.at("/$defs/cpu/additionalProperties").asBoolean(true));
        assertFalse(S.at("/$defs/note/additionalProperties").asBoolean(true));
        assertFalse(S.at("/properties/narration/additionalProperties").asBoolean(true));
        assertFalse(S.at("/properties/params/additionalProperties").asBoolean(true));
    }

    @Test void valuesAgree() {
        assertEquals(ScenarioLoader.PROGRAMS, texts(S.at("/$defs/cpu/properties/program/enum")));
        assertEquals(ScenarioLoader.LOCKS, texts(S.at("/$defs/cpu/properties/lock/enum")));
        assertEquals(ScenarioLoader.POINTS, texts(S.at("/$defs/note/properties/point/enum")));
        assertEquals(ScenarioLoader.VERDICTS, texts(S.at("/properties/expected/additionalProperties/enum")));
        Params d = Params.defaults();
        for (Params.IntSpec spec : Params.INTS.values()) {
            JsonNode p = S.at("/properties/params/properties/" + spec.name());
            assertEquals("integer", p.get("type").asString(), spec.name());
            assertEquals(spec.min(), p.get("minimum").asInt(), spec.name() + " minimum");
            assertEquals(spec.max(), p.get("maximum").asInt(), spec.name() + " maximum");
            assertEquals(spec.def(), p.get("default").asInt(), spec.name() + " default");
            assertEquals(spec.meaning(), p.get("description").asString(), spec.name() + " meaning");
        }
        for (String b : Params.BOOLEAN_NAMES.split(", ")) {
            JsonNode p = S.at("/properties/params/properties/" + b);
            assertEquals("boolean", p.get("type").asString(), b);
            assertEquals(d.asMap().get(b), p.get("default").asBoolean(), b + " default");
        }
        ParamChecks.ENUM_PARAMS.forEach((name, values) -> {
            assertEquals(values, texts(S.at("/properties/params/properties/" + name + "/enum")), name);
            assertEquals(d.asMap().get(name), S.at("/properties/params/properties/" + name + "/default").asString(), name + " default");
        });
    }

    @Test void limitsAgree() {
        assertEquals(ScenarioLoader.MAX_CPUS, S.at("/properties/cpus/maxItems").asInt());
        assertEquals(ScenarioLoader.MAX_SCHEDULE, S.at("/$defs/schedule/maxLength").asInt());
        assertEquals(ScenarioLoader.MAX_NOTES, S.at("/properties/narration/properties/notes/maxItems").asInt());
        assertEquals(ScenarioLoader.MAX_SOURCES, S.at("/properties/sources/maxItems").asInt());
        assertEquals(ScenarioLoader.MAX_TEXT, S.at("/properties/title/maxLength").asInt());
        assertEquals(ScenarioLoader.MAX_TEXT, S.at("/properties/description/maxLength").asInt());
        assertEquals(ScenarioLoader.MAX_TEXT, S.at("/$defs/note/properties/text/maxLength").asInt());
        assertEquals(Scenario.Note.MAX_AT, S.at("/$defs/note/properties/at/maximum").asInt());
    }

    @Test void requiredFieldsAgree() throws Exception {
        String text = Files.readString(Path.of("../scenarios/owner-halted.json"));
        Set<String> required = new TreeSet<>(texts(S.get("required")));
        Set<String> loaderRequires = new TreeSet<>();
        for (String field : ScenarioLoader.TOP) {
            ObjectNode doc = (ObjectNode) SchemaSupport.MAPPER.readTree(text);
            if (!doc.has(field)) continue;
            doc.remove(field);
            try {
                ScenarioLoader.parse(doc.toString(), "x.json", "test");
            } catch (ScenarioException e) {
                if (e.getMessage().contains("missing field `" + field + "`")) loaderRequires.add(field);
            }
            assertEquals(required.contains(field), !SchemaSupport.errors(doc).isEmpty(), "schema on a file without " + field);
        }
        assertEquals(required, loaderRequires);
    }

    @Test void theConfigurationPatternKnowsEveryNameAndSwitch() {
        Pattern p = Pattern.compile(S.at("/$defs/config/pattern").asString());
        for (Config c : Config.matrix()) assertTrue(p.matcher(c.name()).matches(), c.name());
        for (Switch sw : Switch.values()) assertTrue(p.matcher("BASE+" + sw.id() + "-" + sw.id()).matches(), sw.id());
        for (String bad : List.of("FINL", "FINAL+", "FINAL+FX-TRYLCK", " FINAL", "final", "BASE*P2", ""))
            assertFalse(p.matcher(bad).matches(), bad);
    }

    @Test void theSchedulePatternAgreesWithTheParser() {
        Pattern p = Pattern.compile(S.at("/$defs/schedule/pattern").asString());
        for (Step st : Step.values()) assertTrue(p.matcher("1@" + st.id()).matches(), st.id());
        List<String> samples = List.of("", " ", "0", "0 1", "01", "0,1", "n1 i1 p0 s1", "0*7", "0*9999999", "0*12345678",
                "1@DRV2 p0 0@PN8 1@DRV2", "1@DRV2p0", "(0 1)*", "p0 (0 1)*", "p0 (0 1)* ", "p0 (0 1)* 1", "p0 ()*", "p0 (0 1",
                "x0", "0*", "0@", "1@NOPE", "n", "n1@CU9", "1@cu9", "p0*3", "0 ( 1*2 , n1 )*", "(0)*(1)*", "0**2", "0*2*3", "0@CU9x",
                "untimed: 0 1", "untimed:", " untimed: p0 (0 1)*", "0 untimed: 1", "untimed 0", "untimed:0");
        for (String s : samples) {
            boolean parser;
            try { Schedule.parse(s); parser = true; } catch (IllegalArgumentException e) { parser = false; }
            assertEquals(parser, p.matcher(s).matches(), "schedule \"" + s + "\": the parser says " + (parser ? "good" : "bad"));
        }
    }
}
