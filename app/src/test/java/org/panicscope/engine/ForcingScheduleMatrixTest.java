package org.panicscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

/**
 * One test per cell: the forcing schedule of every bundled scenario, under every configuration its file names,
 * gives the verdict of design doc §6.0 / §6.1-§6.7, or a departure documented in docs/model-notes.md.
 */
class ForcingScheduleMatrixTest {

    /** Design doc §6.0, transcribed (VP and P12 share a column there). "OK" cells are written OK-*. */
    static final Map<String, Map<String, String>> DOC = Map.of(
            "owner-halted", Map.of("BASE", "DL", "V0", "OK-K", "VP", "OK-K", "P12", "OK-K", "VS", "OK-K", "P123", "OK-K", "FINAL", "OK-K", "K23", "OK-K", "K24", "OK-K"),
            "waiter-halted", Map.of("BASE", "OK-D", "V0", "OK-D", "VP", "OK-D", "P12", "OK-D", "VS", "OK-D", "P123", "OK-D", "FINAL", "OK-D", "K23", "OK-D", "K24", "OK-R"),
            "flood-livelock", Map.of("BASE", "DL", "V0", "OK-K", "VP", "LL", "P12", "LL", "VS", "OK-K", "P123", "OK-K", "FINAL", "OK-K", "K23", "OK-K", "K24", "OK-K"),
            "halted-holding-sem", Map.of("BASE", "OK-D", "V0", "OK-D", "VP", "OK-D", "P12", "OK-D", "VS", "OK-D", "P123", "OK-D", "FINAL", "OK-D|OK-R", "K23", "OK-R", "K24", "OK-R"),
            "sem-lock-window", Map.of("BASE", "DL", "V0", "DL", "VP", "DL", "P12", "DL", "VS", "DL", "P123", "DL", "FINAL", "DL", "K23", "DL", "K24", "DL"),
            "owner-lock-window", Map.of("BASE", "DL", "V0", "OK-*", "VP", "DL", "P12", "DL", "VS", "DL", "P123", "DL", "FINAL", "DL", "K23", "DL", "K24", "OK-*"));

    /**
     * Cells where the model, following the kernel source, departs from the doc; each is explained in
     * docs/model-notes.md under the same key.
     */
    static final Map<String, String> DEPARTURES = Map.of(
            "halted-holding-sem/BASE", "OK-R",
            "halted-holding-sem/V0", "OK-R");

    static Stream<Arguments> cells() {
        List<Arguments> l = new ArrayList<>();
        for (Scenario s : Scenarios.all())
            for (Map.Entry<String, Verdict> e : s.expected().entrySet()) l.add(Arguments.of(s.id(), e.getKey(), e.getValue()));
        return l.stream();
    }

    @ParameterizedTest(name = "{0} under {1} -> {2}")
    @MethodSource("cells")
    void forcingScheduleGivesTheExpectedVerdict(String id, String config, Verdict expected) {
        Scenario s = Scenarios.bundled(id);
        Config c = Config.parse(config);
        Run run = s.replay(c, s.scheduleFor(c), false, false);
        assertEquals(expected, run.outcome().verdict(), () -> id + " under " + config + ": " + run.outcome().reason());
    }

    @Test
    void everyMatrixCellIsCoveredAndAgreesWithTheDocOrIsADocumentedDeparture() {
        for (Map.Entry<String, Map<String, String>> row : DOC.entrySet()) {
            Scenario s = Scenarios.bundled(row.getKey());
            for (Map.Entry<String, String> cell : row.getValue().entrySet()) {
                Verdict v = s.expected().get(cell.getKey());
                assertTrue(v != null, row.getKey() + " has no expected verdict for " + cell.getKey());
                String key = row.getKey() + "/" + cell.getKey();
                String doc = cell.getValue();
                boolean agrees = doc.equals(v.id()) || List.of(doc.split("\\|")).contains(v.id())
                        || (doc.equals("OK-*") && v.id().startsWith("OK-"));
                if (!agrees) assertEquals(DEPARTURES.get(key), v.id(), key + ": doc says " + doc + ", model " + v + " (not a documented departure)");
                else assertTrue(!DEPARTURES.containsKey(key), key + " is listed as a departure but agrees with the doc");
            }
        }
    }

    /**
     * The fixes added for issue 12 on the (d) forcing schedule (CPU1 NMI-halted at UP3, inside the up() that ends its
     * console_unlock()), each with the reason the verdict follows.
     */
    static final Map<String, String> FIXES_ON_THE_D_SCHEDULE = Map.of(
            // DT1': the notifier printk's down_trylock fails at once instead of spinning; kdump follows
            "FINAL+FX-TRYLOCK-UP", "OK-K",
            // CT0 keeps CPU1 out of console_trylock(), but CPU1 was printing before the panic and still ends in up()
            "FINAL+K23-TRYLOCK", "DL",
            // up() takes no sem->lock: the NMI at UP3 halts CPU1 holding nothing
            "FINAL+UP-ATOMIC", "OK-K");

    @ParameterizedTest(name = "sem-lock-window under {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"FINAL+FX-TRYLOCK-UP", "FINAL+K23-TRYLOCK", "FINAL+UP-ATOMIC"})
    void theFixesAddedForIssue12OnTheForcingScheduleOfWindowD(String config) {
        Scenario s = Scenarios.bundled("sem-lock-window");
        Config c = Config.parse(config);
        Run run = s.replay(c, s.scheduleFor(c), false, false);
        assertEquals(FIXES_ON_THE_D_SCHEDULE.get(config), run.outcome().verdict().id(), () -> config + ": " + run.outcome().reason());
    }
}
