package org.panicscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;
import org.w3c.dom.Document;
import org.panicscope.recording.Tape;
import org.panicscope.recording.Comparison;

/** Every bundled scenario exports under BASE and FINAL: SVG that parses, a trace whose slices nest, flows that bind. */
class EveryScenarioExportTest {

    static List<String> scenarios() { return Scenarios.IDS; }

    @ParameterizedTest
    @MethodSource("scenarios")
    void exportsAreWellFormed(String id) throws Exception {
        Scenario s = Scenarios.bundled(id);
        Config a = Config.parse("BASE"), b = Config.parse("FINAL");
        Comparison c = Comparison.of(Tape.replay(s, a, s.scheduleFor(a), true), Tape.replay(s, b, s.scheduleFor(b), true));
        Exports.Request req = Exports.Request.comparison(c, Exports.Format.SVG);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(Exports.svg(req).getBytes(StandardCharsets.UTF_8)));
        int lanes = 0;
        var gs = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        for (int i = 0; i < gs.getLength(); i++) if (((org.w3c.dom.Element) gs.item(i)).getAttribute("class").equals("lane")) lanes++;
        assertEquals(c.a().cpuCount() + c.b().cpuCount(), lanes);

        Map<String, Object> trace = TraceEvents.of(List.of(c.a(), c.b()));
        @SuppressWarnings("unchecked") List<Map<String, Object>> ev = (List<Map<String, Object>>) trace.get("traceEvents");
        Map<String, List<double[]>> slices = new HashMap<>();
        for (Map<String, Object> e : ev) {
            if (!"X".equals(e.get("ph"))) continue;
            double ts = ((Number) e.get("ts")).doubleValue(), dur = ((Number) e.get("dur")).doubleValue();
            assertTrue(dur > 0, e.toString());
            slices.computeIfAbsent(e.get("pid") + "/" + e.get("tid"), k -> new java.util.ArrayList<>()).add(new double[] {ts, ts + dur});
        }
        for (List<double[]> l : slices.values()) {
            l.sort((x, y) -> x[0] != y[0] ? Double.compare(x[0], y[0]) : Double.compare(y[1], x[1]));
            java.util.ArrayDeque<double[]> open = new java.util.ArrayDeque<>();
            for (double[] x : l) {
                while (!open.isEmpty() && open.peek()[1] <= x[0] + 1e-6) open.pop();
                assertTrue(open.isEmpty() || x[1] <= open.peek()[1] + 1e-6, id + ": slices overlap on a track");
                open.push(x);
            }
        }
        for (Map<String, Object> e : ev) {
            if (!"s".equals(e.get("ph")) && !"f".equals(e.get("ph"))) continue;
            double t = ((Number) e.get("ts")).doubleValue();
            boolean bound = slices.getOrDefault(e.get("pid") + "/" + e.get("tid"), List.of()).stream().anyMatch(x -> x[0] <= t && t < x[1]);
            assertTrue(bound, id + ": flow end outside any slice: " + e);
        }
    }

    @Test
    void theExportPackageHasNoJavaFx() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.panicscope.export");
        ArchRuleDefinition.noClasses().that().resideInAPackage("org.panicscope.export..")
                .should().dependOnClassesThat().resideInAPackage("javafx..").check(classes);
    }
}
