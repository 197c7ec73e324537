package org.panicscope.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.panicscope.cli.Cli;
import org.panicscope.recording.Comparison;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app and {@code panicscope compare} name the same first divergence for the same runs: a configuration change
 * in the app and {@code compare --config A --config B} both replay each configuration's schedule and walk the two
 * recordings with one algorithm ({@link Comparison}). Before, the app marked the first step that differed at all
 * (owner-halted BASE -> FINAL: "#7 CPU1 runs VE2", P3's check that changes nothing) while compare named 54/56.
 */
class AppAndCompareAgreeTest {

    static List<String> scenarios() { return Scenarios.IDS; }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    @SuppressWarnings("unchecked")
    void theAppMarksWhereCompareSaysTheRunsPart(String id) {
        Scenario s = Scenarios.bundled(id);
        SessionViewModel vm = new SessionViewModel();
        vm.open(s);
        String from = vm.config().name(), to = from.equals("FINAL") ? "BASE" : "FINAL";
        vm.setPreset(to);
        Comparison.Divergence d = vm.comparisonProperty().get().divergence();

        StringWriter out = new StringWriter(), err = new StringWriter();
        int rc = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), "compare", id, "--config", from, "--config", to, "--json");
        assertThat(rc).as(err.toString()).isZero();
        Map<String, Object> json = JsonMapper.builder().build().readValue(out.toString(), Map.class);
        Map<String, Object> cd = (Map<String, Object>) json.get("divergence");
        if (cd == null) {
            assertThat(d).as("compare finds no divergence").isNull();
            return;
        }
        List<Map<String, Object>> sides = (List<Map<String, Object>>) cd.get("sides");
        assertThat(d).as("compare finds one at " + sides).isNotNull();
        assertThat(d.a().index()).isEqualTo(((Number) sides.get(0).get("choice")).intValue());
        assertThat(d.b().index()).isEqualTo(((Number) sides.get(1).get("choice")).intValue());
        assertThat(d.headline()).isEqualTo(cd.get("headline"));
        assertThat(vm.divergenceColumn()).as("the timeline's mark is compare's choice under " + to).isEqualTo(d.b().index() - 1);
    }
}
