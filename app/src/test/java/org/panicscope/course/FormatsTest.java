package org.panicscope.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.panicscope.scenario.ScenarioException;
import org.panicscope.scenario.Scenarios;
import org.panicscope.talk.Talk;
import org.panicscope.talk.TalkLoader;
import org.panicscope.talk.Talks;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The lesson and talk formats: schemas beside the loaders, precise problems, quotations that are in the threads. */
class FormatsTest {
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    static Stream<Path> lessonFiles() throws IOException { return Files.list(Path.of("../scenarios/course")).sorted(); }

    private static List<String> schemaErrors(String schema, Path file) throws IOException {
        Schema s;
        try (var in = Files.newInputStream(Path.of("../docs/" + schema))) {
            s = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
        List<String> out = new ArrayList<>();
        // a large stack: the schedule pattern recurses once per token in Java's regex engine
        Thread t = new Thread(null, () -> s.validate(MAPPER.readTree(readString(file))).forEach(e -> out.add(e.getInstanceLocation() + ": " + e.getMessage())),
                "schema", 256L << 20);
        t.start();
        try { t.join(); } catch (InterruptedException e) { throw new IOException(e); }
        return out;
    }

    private static String readString(Path p) {
        try { return Files.readString(p); } catch (IOException e) { throw new java.io.UncheckedIOException(e); }
    }

    @Test void everyBundledFileIsListedAndPassesItsSchema() throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = lessonFiles()) {
            for (Path f : s.toList()) {
                files.add(f.getFileName().toString().replace(".json", ""));
                assertEquals(List.of(), schemaErrors("lesson.schema.json", f), f.toString());
            }
        }
        assertEquals(Course.IDS, files, "Course.IDS lists every file of scenarios/course, in order");
        for (String id : Talks.IDS) assertEquals(List.of(), schemaErrors("talk.schema.json", Path.of("../scenarios/talks/" + id + ".json")));
    }

    @Test void schemaFieldsAreTheLoadersFields() throws IOException {
        JsonNode l = MAPPER.readTree(Files.readString(Path.of("../docs/lesson.schema.json")));
        assertEquals(new TreeSet<>(LessonLoader.TOP), names(l.get("properties")));
        assertEquals(new TreeSet<>(LessonLoader.PREDICT), names(l.at("/properties/steps/items/oneOf/0/properties")));
        assertEquals(new TreeSet<>(LessonLoader.CHALLENGE), names(l.at("/properties/steps/items/oneOf/1/properties")));
        assertEquals(new TreeSet<>(LessonLoader.EXPLORE), names(l.at("/properties/steps/items/oneOf/2/properties")));
        assertEquals(new TreeSet<>(LessonLoader.GOAL), names(l.at("/properties/steps/items/oneOf/1/properties/goal/properties")));
        assertEquals(Goal.WINDOWS, texts(l.at("/properties/steps/items/oneOf/1/properties/goal/properties/window/enum")));
        assertEquals(Scenarios.IDS, texts(l.at("/$defs/scenario/enum")));
        JsonNode t = MAPPER.readTree(Files.readString(Path.of("../docs/talk.schema.json")));
        assertEquals(new TreeSet<>(TalkLoader.TOP), names(t.get("properties")));
        assertEquals(new TreeSet<>(TalkLoader.SLIDE), names(t.at("/properties/slides/items/properties")));
        assertEquals(TalkLoader.PANELS, texts(t.at("/properties/slides/items/properties/panels/items/enum")));
    }

    private static Set<String> names(JsonNode o) { return new TreeSet<>(o.propertyNames()); }
    private static List<String> texts(JsonNode a) { List<String> l = new ArrayList<>(); a.forEach(n -> l.add(n.asString())); return l; }

    /** Each mistake is one problem at its place, with the file's name, as for scenarios. */
    @ParameterizedTest @CsvSource(delimiter = '|', value = {
        "{\"kind\": \"lesson\", \"id\": \"x\", \"title\": \"t\", \"family\": \"owner-halted\", \"intro\": \"i\", \"stepz\": []}|l.json:1:85: unknown field `stepz`; did you mean `steps`?",
        "{\"kind\": \"lesson\", \"id\": \"x\", \"title\": \"t\", \"family\": \"owner-halte\", \"intro\": \"i\", \"steps\": []}|l.json:1:55: unknown scenario `owner-halte`; did you mean `owner-halted`?",
        "{\"kind\": \"lesson\", \"id\": \"x\", \"title\": \"t\", \"family\": \"owner-halted\", \"intro\": \"i\", \"steps\": [{\"kind\": \"predict\", \"text\": \"q\", \"scenario\": \"owner-halted\", \"options\": [{\"text\": \"a\", \"verdict\": \"DL\"}, {\"text\": \"b\", \"verdict\": \"OKK\"}], \"answer\": 2, \"explanation\": \"e\"}]}|l.json:1:225: unknown verdict `OKK`; did you mean `OK-K`?",
        "{\"kind\": \"lesson\",|l.json:1:19: JSON syntax: Unexpected end-of-input within/between Object entries",
        "|l.json:1:1: the file is empty; a lesson is one JSON object",
    })
    void lessonProblemsArePrecise(String text, String expected) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> LessonLoader.parse(text == null ? "" : text, "l.json", "l.json"));
        assertTrue(e.lines().contains(expected), String.join("\n", e.lines()));
    }

    @Test void talkProblemsArePrecise() {
        String text = "{\"kind\": \"talk\", \"id\": \"t\", \"title\": \"T\", \"slides\": [\n"
                + "  {\"title\": \"a\", \"scenario\": \"owner-halted\", \"config\": \"FINAL+P9\", \"axis\": \"x\", \"qemu\": true}]}";
        ScenarioException e = assertThrows(ScenarioException.class, () -> TalkLoader.parse(text, "t.json", "t.json"));
        assertEquals(List.of(
                "t.json:2:56: unknown switch `P9` in configuration `FINAL+P9`; did you mean `P2`?",
                "t.json:2:76: unknown axis `x`; valid axes: choice, time",
                "t.json:2:89: the QEMU table stands beside the trials: add \"trials\" to `panels`"), e.lines());
    }

    /** A slide may show the time axis (issue 11 item 4); leaving `axis` out means choices. */
    @Test void aSlideMayAskForTheTimeAxis() throws ScenarioException {
        String text = "{\"kind\": \"talk\", \"id\": \"t\", \"title\": \"T\", \"slides\": [\n"
                + "  {\"title\": \"a\", \"scenario\": \"owner-halted\", \"axis\": \"time\"},\n"
                + "  {\"title\": \"b\", \"scenario\": \"owner-halted\"}]}";
        Talk t = TalkLoader.parse(text, "t.json", "t.json");
        assertEquals(Talk.Axis.TIME, t.slides().get(0).axis());
        assertEquals(Talk.Axis.CHOICE, t.slides().get(1).axis());
    }

    @Test void theBundledTalkLoadsWithEverySlideARun() {
        Talk t = Talks.bundled("printk-panic-15-minutes");
        assertEquals("The printk/panic race in 15 minutes", t.title());
        assertTrue(t.slides().size() >= 8);
    }

    /** "Only quote what the threads really say": every quotation of a lesson or a slide is in a seed thread. */
    @Test void everyQuotationIsInTheThreads() throws IOException {
        Path seeds = Path.of("../../shared/seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "the seed threads are beside the repository");
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.sorted().toList())
                for (String line : Files.readAllLines(f, java.nio.charset.StandardCharsets.ISO_8859_1))
                    all.append(' ').append(line.replaceFirst("^(\\s*>)+\\s?", ""));
        }
        String seedText = all.toString().replaceAll("\\s+", " ");
        List<Lesson.Quote> quotes = new ArrayList<>();
        Course.all().forEach(l -> quotes.addAll(l.quotes()));
        for (String id : Talks.IDS) Talks.bundled(id).slides().forEach(s -> quotes.addAll(s.quotes()));
        assertTrue(quotes.size() >= 10, "quotes: " + quotes.size());
        Pattern seedFile = Pattern.compile("seed 00[0-4]");
        for (Lesson.Quote q : quotes) {
            assertTrue(seedText.contains(q.text().replaceAll("\\s+", " ")), "not in the threads: " + q.text());
            assertTrue(seedFile.matcher(q.source()).find(), "the source names the thread file: " + q.source());
        }
    }
}
