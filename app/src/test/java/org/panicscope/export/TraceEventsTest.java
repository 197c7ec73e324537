package org.panicscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.panicscope.recording.Entry;
import org.panicscope.recording.Tape;
import org.panicscope.recording.Comparison;

/** The trace-event format's required fields (the Trace Event Format document) and the shape Perfetto needs. */
class TraceEventsTest {

    private static Tape record(String id, String config) {
        Scenario s = Scenarios.bundled(id);
        Config c = Config.parse(config);
        return Tape.replay(s, c, s.scheduleFor(c), true);
    }

    private static JsonNode export(Tape... runs) {
        Exports.Request req = runs.length > 1 ? Exports.Request.comparison(Comparison.of(runs[0], runs[1]), Exports.Format.TRACE)
                : Exports.Request.run(runs[0], Exports.Format.TRACE);
        String json = Exports.traceJson(req);
        return JsonMapper.builder().build().readTree(json);
    }

    @Test
    void everyEventHasTheRequiredFieldsOfItsPhase() {
        JsonNode root = export(record("owner-halted", "BASE"));
        assertTrue(root.get("traceEvents").isArray());
        assertEquals("ms", root.get("displayTimeUnit").asString());
        Set<String> phases = new TreeSet<>();
        for (JsonNode e : root.get("traceEvents")) {
            String ph = e.get("ph").asString();
            phases.add(ph);
            for (String f : List.of("name", "pid", "tid")) assertTrue(e.has(f), f + " missing in " + e);
            assertTrue(e.get("pid").isIntegralNumber() && e.get("tid").isIntegralNumber(), e.toString());
            switch (ph) {
                case "M" -> {
                    assertTrue(List.of("process_name", "process_sort_index", "process_labels", "thread_name", "thread_sort_index")
                            .contains(e.get("name").asString()), e.toString());
                    assertTrue(e.get("args").isObject());
                }
                case "X" -> {
                    assertTrue(e.get("ts").isNumber() && e.get("ts").asDouble() >= 0, e.toString());
                    assertTrue(e.get("dur").isNumber() && e.get("dur").asDouble() > 0, e.toString());
                    assertTrue(e.has("cat"));
                }
                case "i" -> {
                    assertTrue(e.get("ts").isNumber());
                    assertTrue(List.of("g", "p", "t").contains(e.get("s").asString()), e.toString());
                }
                case "s", "f" -> {
                    assertTrue(e.get("ts").isNumber());
                    assertTrue(e.has("id") && e.has("cat"), e.toString());
                    if (ph.equals("f")) assertEquals("e", e.get("bp").asString());
                }
                default -> fail("unexpected phase " + ph);
            }
        }
        assertEquals(Set.of("M", "X", "i", "s", "f"), phases);
    }

    @Test
    void oneNamedTrackPerCpuAndProperlyNestedSlices() {
        Tape r = record("owner-halted", "BASE");
        JsonNode root = export(r);
        Map<Integer, String> names = new HashMap<>();
        Map<Integer, List<JsonNode>> slices = new HashMap<>();
        for (JsonNode e : root.get("traceEvents")) {
            if (e.get("ph").asString().equals("M") && e.get("name").asString().equals("thread_name"))
                assertEquals(null, names.put(e.get("tid").asInt(), e.get("args").get("name").asString()), "one thread_name per tid");
            if (e.get("ph").asString().equals("X")) slices.computeIfAbsent(e.get("tid").asInt(), k -> new ArrayList<>()).add(e);
        }
        assertEquals(r.cpuCount(), names.size());
        assertEquals(names.keySet(), slices.keySet(), "every CPU track has slices and every slice is on a CPU track");
        for (int c = 0; c < r.cpuCount(); c++) assertTrue(names.get(c + 1).startsWith("CPU" + c), names.toString());
        for (List<JsonNode> l : slices.values()) {
            l.sort(Comparator.comparingDouble((JsonNode e) -> e.get("ts").asDouble()).thenComparing(e -> -e.get("dur").asDouble()));
            Deque<double[]> open = new ArrayDeque<>();
            for (JsonNode e : l) {
                double s = e.get("ts").asDouble(), t = s + e.get("dur").asDouble();
                while (!open.isEmpty() && open.peek()[1] <= s + 1e-6) open.pop();
                if (!open.isEmpty()) assertTrue(t <= open.peek()[1] + 1e-6, "slice " + e + " overlaps its parent's end");
                open.push(new double[] {s, t});
            }
        }
    }

    @Test
    void handOverWaitForAndInterruptsAreFlowsAndInstants() {
        JsonNode root = export(record("owner-halted", "BASE"));
        Map<Integer, List<JsonNode>> flows = new HashMap<>();
        Set<String> instants = new HashSet<>();
        List<JsonNode> x = new ArrayList<>();
        for (JsonNode e : root.get("traceEvents")) {
            String ph = e.get("ph").asString();
            if (ph.equals("s") || ph.equals("f")) flows.computeIfAbsent(e.get("id").asInt(), k -> new ArrayList<>()).add(e);
            if (ph.equals("i")) instants.add(e.get("name").asString());
            if (ph.equals("X")) x.add(e);
        }
        Set<String> cats = new HashSet<>();
        for (List<JsonNode> pair : flows.values()) {
            assertEquals(2, pair.size(), "a flow is one start and one finish");
            assertEquals("s", pair.get(0).get("ph").asString());
            assertEquals("f", pair.get(1).get("ph").asString());
            assertTrue(pair.get(1).get("ts").asDouble() >= pair.get(0).get("ts").asDouble());
            cats.add(pair.get(0).get("cat").asString());
            for (JsonNode end : pair) assertTrue(enclosed(x, end), "flow end binds to a slice on its track: " + end);
        }
        assertTrue(cats.containsAll(Set.of("flow-handover", "flow-wait-for", "flow-nmi")), cats.toString());
        assertTrue(instants.containsAll(Set.of("panic()", "NMI", "NMI sent", "halted")), instants.toString());
    }

    @Test
    void aComparisonIsTwoProcessesWithTheirOwnCpuTracks() {
        JsonNode root = export(record("owner-halted", "BASE"), record("owner-halted", "FINAL"));
        Set<String> tracks = new HashSet<>();
        Map<Integer, String> processes = new HashMap<>();
        for (JsonNode e : root.get("traceEvents")) {
            if (e.get("name").asString().equals("thread_name")) tracks.add(e.get("pid").asInt() + "/" + e.get("tid").asInt());
            if (e.get("name").asString().equals("process_name")) processes.put(e.get("pid").asInt(), e.get("args").get("name").asString());
        }
        assertEquals(Set.of("1/1", "1/2", "2/1", "2/2"), tracks);
        assertEquals("owner-halted under BASE (DL)", processes.get(1));
        assertEquals("owner-halted under FINAL (OK-K)", processes.get(2));
    }

    @Test
    void zeroCostStepsAreSpreadWithinTheirInstantAndTimeIsTenMillisecondsPerUnit() {
        Tape r = record("owner-halted", "BASE");
        double[] ts = TraceEvents.timestamps(r);
        for (int i = 0; i < ts.length; i++) {
            Entry e = r.entries().get(i);
            assertTrue(ts[i] >= e.t0() * 10_000.0 && ts[i] < e.t0() * 10_000.0 + 5_000.0, "entry " + e.index() + " at " + ts[i]);
        }
        Map<Integer, Double> last = new HashMap<>();
        for (int i = 0; i < ts.length; i++) {
            int cpu = r.entries().get(i).cpu();
            Double prev = last.put(cpu, ts[i]);
            if (prev != null) assertTrue(ts[i] > prev, "a CPU's steps have increasing ts");
        }
        assertFalse(last.isEmpty());
    }

    private static boolean enclosed(List<JsonNode> x, JsonNode ev) {
        for (JsonNode s : x) {
            if (s.get("pid").asInt() != ev.get("pid").asInt() || s.get("tid").asInt() != ev.get("tid").asInt()) continue;
            double a = s.get("ts").asDouble(), b = a + s.get("dur").asDouble(), t = ev.get("ts").asDouble();
            if (a <= t && t < b) return true;
        }
        return false;
    }
}
