package org.panicscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

/** The explorer over every bundled scenario and every matrix configuration (timed), checked against design doc §6. */
class ExplorerTest {
    static List<Explorer.Result> matrix;

    @BeforeAll
    static void exploreEverything() {
        List<MatrixRunner.Cell> cells = new ArrayList<>();
        for (Scenario s : Scenarios.all()) for (Config c : Config.matrix()) cells.add(new MatrixRunner.Cell(s, c));
        matrix = MatrixRunner.run(cells, Explorer.Options.defaults(), Runtime.getRuntime().availableProcessors(), Progress.NONE);
    }

    static Explorer.Result cell(String scenario, String config) {
        return matrix.stream().filter(r -> r.scenario().equals(scenario) && r.config().equals(config)).findFirst().orElseThrow();
    }

    /** The windows of the hangs reachable in a cell, as letters: a, b, d, d2, e, f. */
    static Set<String> windows(String scenario, String config) {
        Set<String> w = new TreeSet<>();
        for (Explorer.Witness h : cell(scenario, config).hangs()) w.add(h.window().substring(1, h.window().indexOf(')')));
        return w;
    }

    static Set<Verdict> verdicts(String scenario, String config) {
        return cell(scenario, config).outcomes().keySet();
    }

    @Test
    void everyExplorationCompletesWithoutModelErrors() {
        for (Explorer.Result r : matrix) {
            assertTrue(r.complete(), r.scenario() + "/" + r.config() + ": " + r.stopReason());
            assertFalse(r.reaches(Verdict.ERROR), r.scenario() + "/" + r.config() + ": " + r.outcomes().get(Verdict.ERROR));
            assertTrue(r.states() > 0 && r.transitions() >= r.states() - 1);
        }
    }

    @Test
    void everyWitnessReplaysToItsVerdict() {
        int replayed = 0;
        for (Explorer.Result r : matrix) {
            Scenario s = Scenarios.bundled(r.scenario());
            Config c = Config.parse(r.config());
            List<Explorer.Witness> ws = new ArrayList<>(r.outcomes().values());
            ws.addAll(r.hangs());
            for (Explorer.Witness w : ws) {
                Run run = s.replay(c, Schedule.parse(w.schedule()), false, false);
                assertEquals(w.verdict(), run.outcome().verdict(), r.scenario() + "/" + r.config() + " witness " + w.schedule());
                if (w.verdict() == Verdict.DL) assertEquals(w.window(), Explorer.window(run.outcome()));
                replayed++;
            }
        }
        assertTrue(replayed > 300, "replayed " + replayed);
    }

    @Test
    void windowAOnlyUnderBaseAndOptimisticSpinning() {
        // §6.0 row (a): BASE DL; every patch or variant that stops the spin removes it
        assertTrue(windows("owner-halted", "BASE").contains("a"));
        for (String c : List.of("V0", "VP", "VS", "P12", "P123", "FINAL", "K23", "K24"))
            assertFalse(windows("owner-halted", c).contains("a"), c + " still reaches (a): " + windows("owner-halted", c));
        assertTrue(verdicts("owner-halted", "FINAL").contains(Verdict.OK_K));
    }

    @Test
    void floodLivelockOnlyWithPetrsVariantAlone() {
        // §6.0 row (b): VP = P12 livelock; patch 3, K24, BASE, V0 and VS do not
        for (String c : List.of("VP", "P12")) assertTrue(verdicts("flood-livelock", c).contains(Verdict.LL), c);
        for (String c : List.of("BASE", "V0", "VS", "P123", "FINAL", "K23", "K24"))
            assertFalse(verdicts("flood-livelock", c).contains(Verdict.LL), c);
        assertTrue(windows("flood-livelock", "BASE").contains("a"), "BASE turns (b) into (a)");
    }

    @Test
    void waiterHaltedDegradesUntilK24() {
        for (String c : List.of("BASE", "V0", "VP", "VS", "P12", "P123", "FINAL", "K23"))
            assertTrue(verdicts("waiter-halted", c).contains(Verdict.OK_D), c);
        assertFalse(verdicts("waiter-halted", "K24").contains(Verdict.OK_D));
        assertTrue(verdicts("waiter-halted", "K24").contains(Verdict.OK_R));
    }

    @Test
    void haltedHoldingSemIsDegradedWithoutPatch4AndCleanWithK23() {
        for (String c : List.of("VP", "VS", "P12", "P123", "FINAL")) assertTrue(verdicts("halted-holding-sem", c).contains(Verdict.OK_D), c);
        for (String c : List.of("K23", "K24")) assertEquals(Set.of(Verdict.OK_R), verdicts("halted-holding-sem", c), c);
        // documented departure (docs/model-notes.md): BASE and V0 spin and take the console over
        assertEquals(Set.of(Verdict.OK_R), verdicts("halted-holding-sem", "BASE"));
    }

    @Test
    void semLockWindowStaysOpenInFinalAndWhichFixesCloseIt() {
        for (String c : List.of("BASE", "V0", "FINAL", "K23", "K24")) assertTrue(windows("sem-lock-window", c).contains("d"), c);
        assertTrue(windows("sem-lock-window", "FINAL+FX-SEMINIT").contains("d"), "sema_init in console_flush_on_panic is too late");
        for (String c : List.of("FINAL+FX-ZAP", "FINAL+FX-SAFE", "FINAL+FX-TRYLOCK"))
            assertFalse(windows("sem-lock-window", c).contains("d"), c + " should close (d)");
        // a finding of the model: re-initialising console_sem after the stop lets the panic CPU into the console
        // drivers early, where it meets the console_owner_lock of a halted CPU (Petr's "big risk")
        assertTrue(windows("sem-lock-window", "FINAL+FX-ZAP").contains("d2"));
        assertEquals(Set.of(Verdict.OK_K), verdicts("sem-lock-window", "FINAL+FX-SAFE"));
        assertEquals(Set.of(Verdict.OK_K), verdicts("sem-lock-window", "FINAL+FX-TRYLOCK"));
    }

    @Test
    void ownerLockWindowUntilK24() {
        for (String c : List.of("BASE", "VP", "VS", "P12", "P123", "FINAL", "K23")) assertTrue(windows("owner-lock-window", c).contains("d2"), c);
        for (String c : List.of("V0", "K24")) assertFalse(windows("owner-lock-window", c).contains("d2"), c);
    }

    @Test
    void otherThreads() {
        assertTrue(windows("kmsg-dump-order", "BASE").contains("e"));
        for (String c : List.of("BASE", "FINAL")) assertTrue(windows("gsmi-lock", c).contains("f"), c);
        for (String c : List.of("K23", "K24")) {
            assertFalse(windows("gsmi-lock", c).contains("f"), c);
            assertTrue(verdicts("gsmi-lock", c).contains(Verdict.OK_D), c);
        }
        assertEquals(Set.of(Verdict.OK_D), verdicts("kexec-lock", "FINAL"));
        assertEquals(Set.of(Verdict.OK_K), verdicts("kexec-lock", "K23"));
    }

    @Test
    void finalLeavesOnlyTheDWindowsInThePrintkModel() {
        // design doc §6.9's claim to test: in FINAL the only DL states left in the printk model are (d) and (d2)
        for (String s : List.of("owner-halted", "flood-livelock", "waiter-halted", "sem-lock-window", "owner-lock-window", "kmsg-panic"))
            assertTrue(Set.of("d", "d2").containsAll(windows(s, "FINAL")), s + ": " + windows(s, "FINAL"));
    }

    @Test
    void reductionDoesNotChangeTheOutcomes() {
        for (String id : List.of("owner-halted", "halted-holding-sem", "gsmi-lock", "kexec-lock")) {
            Scenario s = Scenarios.bundled(id);
            for (String cfg : List.of("BASE", "FINAL")) {
                Config c = Config.parse(cfg);
                Explorer.Result full = Explorer.explore(s, c, Explorer.Options.defaults().withReduce(false), Progress.NONE);
                Explorer.Result red = Explorer.explore(s, c, Explorer.Options.defaults(), Progress.NONE);
                assertTrue(full.complete());
                assertEquals(full.outcomes().keySet(), red.outcomes().keySet(), id + "/" + cfg);
                assertEquals(names(full), names(red), id + "/" + cfg);
                assertTrue(red.states() < full.states(), id + "/" + cfg + ": the reduction should store fewer states");
                for (Verdict v : full.outcomes().keySet())
                    assertEquals(full.outcomes().get(v).choices(), red.outcomes().get(v).choices(), "shortest witness length for " + v);
            }
        }
    }

    @Test
    void exactKeysAndFingerprintsAgree() {
        Scenario s = Scenarios.bundled("owner-lock-window");
        Explorer.Result fp = Explorer.explore(s, Config.parse("FINAL"), Explorer.Options.defaults(), Progress.NONE);
        Explorer.Result ex = Explorer.explore(s, Config.parse("FINAL"), Explorer.Options.defaults().withExact(true), Progress.NONE);
        assertEquals(ex.states(), fp.states());
        assertEquals(ex.outcomes().keySet(), fp.outcomes().keySet());
    }

    @Test
    void aStateCapEndsWithAClearMessage() {
        Explorer.Result r = Explorer.explore(Scenarios.bundled("owner-halted"), Config.parse("BASE"),
                new Explorer.Options(true, 500, 60_000), Progress.NONE);
        assertFalse(r.complete());
        assertTrue(r.stopReason().startsWith("state cap of 500 states reached"), r.stopReason());
    }

    @Test
    void untimedExplorationReachesWindowDUnderPetrsVariant() throws Exception {
        // timed, VP cannot reach (d) at the scenario's K_dump = 5 (it can at 0..1: docs/model-notes.md §3); untimed it can
        assertFalse(windows("sem-lock-window", "VP").contains("d"));
        // pure interleaving explodes at teaching scale; design doc §6.9 suggests small W and C for it
        Scenario small = org.panicscope.scenario.ScenarioLoader.parse("""
                {"id":"d-small","title":"(d) at small scale","description":"W=2, C=3, untimed",
                 "cpus":[{"program":"panic"},{"program":"writer"}],
                 "params":{"kdumpLoaded":true,"crashKexecPostNotifiers":true,"W":2,"C":3,"K_dump":1,"K_notif":1,"D_irq":3}}""",
                "d-small.json", "test");
        Explorer.Result u = Explorer.explore(small, Config.parse("VP"),
                new Explorer.Options(false, 3_000_000, 120_000), Progress.NONE);
        Set<String> w = new TreeSet<>();
        for (Explorer.Witness h : u.hangs()) w.add(h.window());
        assertTrue(w.contains("(d) sem->lock"), "untimed VP windows: " + w + (u.complete() ? "" : " (" + u.stopReason() + ")"));
    }

    private static Set<String> names(Explorer.Result r) {
        Set<String> s = new TreeSet<>();
        for (Explorer.Witness w : r.hangs()) s.add(w.window());
        return s;
    }

    /**
     * Issue 16: under NBCON with only nbcon consoles (no legacyConsole) no bundled scenario can hang. kmsg-dump-order's
     * dump_lock (window e), which the console type does not touch, does not hang either: NBCON's kmsg dumper is pstore
     * (PSTORE-TRYLOCK), which only trylocks its lock on the panic path and loses the dump instead; without that
     * switch the scenario's spinning dumper still deadlocks.
     */
    @Test
    void underNbconNoScenarioWithOnlyNbconConsolesHangs() {
        int checked = 0;
        for (Scenario s : Scenarios.all()) {
            if (s.params().legacyConsole) continue;
            Explorer.Result r = cell(s.id(), "NBCON");
            assertTrue(r.complete(), s.id() + ": " + r.stopReason());
            assertFalse(r.reaches(Verdict.LL), s.id() + ": " + r.outcomes().get(Verdict.LL));
            assertFalse(r.reaches(Verdict.DL), s.id() + ": " + r.outcomes().get(Verdict.DL));
            assertEquals(List.of(), r.hangs().stream().map(Explorer.Witness::window).toList(), s.id() + " hangs under NBCON");
            checked++;
        }
        assertEquals(Set.of(Verdict.OK_R, Verdict.OK_D), verdicts("kmsg-dump-order", "NBCON"));
        // K24's abstract dumper, spinning as the scenario's dumpPolicy says, still deadlocks there
        assertTrue(windows("kmsg-dump-order", "K24").contains("e"), "K24 windows of kmsg-dump-order: " + windows("kmsg-dump-order", "K24"));
        assertEquals(Scenarios.all().size() - 1, checked, "every bundled scenario but the mixed one has only nbcon consoles under NBCON");
        // the same three CPUs under K24 (legacy console only) can be halted in the sem->lock window
        assertTrue(windows("nbcon-flood", "K24").contains("d"), "K24 windows of nbcon-flood: " + windows("nbcon-flood", "K24"));
        assertEquals(Set.of(Verdict.OK_K), verdicts("nbcon-flood", "NBCON"));
        assertTrue(verdicts("nbcon-unsafe-takeover", "NBCON").contains(Verdict.OK_D));
    }

    @Test
    void matrixHasNineConfigurationsAndTheFixes() {
        assertEquals(17, Config.matrix().size());
        assertEquals(List.of("BASE", "V0", "VP", "VS", "P12", "P123", "FINAL", "K23", "K24", "NBCON"), Config.namedIds());
        Map<String, Integer> perScenario = new java.util.HashMap<>();
        for (Explorer.Result r : matrix) perScenario.merge(r.scenario(), 1, Integer::sum);
        assertEquals(Scenarios.all().size(), perScenario.size());
        perScenario.values().forEach(n -> assertEquals(17, n));
    }

    // ---- the fixes the thread weighed, added for issue 12: one matrix column each ---------------------------------

    /** The hang reasons of window (d) in a cell ("... the holder CPU1 is halted (at UP3)"). */
    static List<String> dReasons(String scenario, String config) {
        return cell(scenario, config).hangs().stream().filter(h -> h.window().startsWith("(d) ")).map(Explorer.Witness::reason).toList();
    }

    @Test
    void petrsCompleteTrylockClosesWindowDEverywhere() {
        for (Scenario s : Scenarios.all()) {
            assertFalse(windows(s.id(), "FINAL+FX-TRYLOCK-UP").contains("d"), s.id() + ": " + windows(s.id(), "FINAL+FX-TRYLOCK-UP"));
            // it touches sem->lock only: every other window is what FX-TRYLOCK leaves
            Set<String> rest = windows(s.id(), "FINAL+FX-TRYLOCK");
            rest.remove("d");
            assertEquals(rest, windows(s.id(), "FINAL+FX-TRYLOCK-UP"), s.id());
        }
        // the design doc's caveat to the down_trylock()-only form, found by the explorer: the final flush's up()
        // spins on sem->lock held by the halted CPU1 (owner-lock-window, waiter-halted: no kdump kernel)
        for (String id : List.of("waiter-halted", "owner-lock-window")) {
            assertTrue(dReasons(id, "FINAL+FX-TRYLOCK").stream().anyMatch(r -> r.contains("spins in UP2")), id + ": " + dReasons(id, "FINAL+FX-TRYLOCK"));
        }
        assertEquals(Set.of(Verdict.OK_K), verdicts("sem-lock-window", "FINAL+FX-TRYLOCK-UP"));
    }

    @Test
    void ct0AloneLeavesWindowDAndTheBustedFinalFlush() {
        // 51a1d258e50e keeps non-panic CPUs from starting a trylock; a CPU already printing still ends in up()
        for (Scenario s : Scenarios.all())
            assertEquals(windows(s.id(), "FINAL").contains("d"), windows(s.id(), "FINAL+K23-TRYLOCK").contains("d"), s.id());
        assertTrue(dReasons("sem-lock-window", "FINAL+K23-TRYLOCK").stream().allMatch(r -> r.contains("(at UP")), dReasons("sem-lock-window", "FINAL+K23-TRYLOCK").toString());
        // halted-holding-sem: OK-D (the final flush busts console_sem) stays; K23's clean OK-R is eacb04ff3c5b's part
        assertTrue(verdicts("halted-holding-sem", "FINAL+K23-TRYLOCK").contains(Verdict.OK_D));
        assertEquals(Set.of(Verdict.OK_R), verdicts("halted-holding-sem", "K23"));
    }

    @Test
    void upWithoutTheLockLeavesTheDownTrylockHalfOfWindowD() {
        // UP-ATOMIC isolates the up() half: what stays reachable is CPU1 halted inside down_trylock()
        for (Scenario s : Scenarios.all()) {
            assertEquals(windows(s.id(), "FINAL").contains("d"), windows(s.id(), "FINAL+UP-ATOMIC").contains("d"), s.id());
            for (String r : dReasons(s.id(), "FINAL+UP-ATOMIC")) assertTrue(r.contains("(at DT"), s.id() + ": " + r);
        }
        assertTrue(windows("sem-lock-window", "FINAL+UP-ATOMIC").contains("d"));
    }

    /** A cell as the matrix prints it: the reachable verdicts, hangs with their window letters, e.g. "DL(d,d2) OK-R". */
    static String cellText(String scenario, String config) {
        StringBuilder b = new StringBuilder();
        for (Verdict v : Verdict.values()) {
            if (!verdicts(scenario, config).contains(v)) continue;
            if (!b.isEmpty()) b.append(' ');
            b.append(v.id());
            if (!v.hang()) continue;
            Set<String> w = new TreeSet<>();
            for (Explorer.Witness h : cell(scenario, config).hangs()) if (h.verdict() == v) w.add(h.window().substring(1, h.window().indexOf(')')));
            b.append('(').append(String.join(",", w)).append(')');
        }
        return b.toString();
    }

    /**
     * The three new columns, cell by cell (timed, each scenario's own parameters). Reasons: FX-TRYLOCK-UP removes
     * every (d), the down_trylock() half by DT1' and the final flush's up() by UP2', and nothing else; K23-TRYLOCK
     * and UP-ATOMIC leave each scenario's (d) as FINAL has it (a CPU printing at the panic still ends in up(); a CPU
     * can still be halted inside down_trylock()); the other threads' windows (e, f) and kexec are untouched.
     */
    static final Map<String, List<String>> NEW_COLUMNS = Map.of(
            "FINAL+FX-TRYLOCK-UP", List.of("OK-K", "OK-K", "OK-R OK-D", "DL(d2) OK-R OK-D", "OK-K", "DL(d2) OK-R OK-D", "DL(e) OK-R", "DL(f) OK-R", "OK-D", "OK-K"),
            "FINAL+K23-TRYLOCK", List.of("DL(d) OK-K", "DL(d) OK-K", "OK-R OK-D", "DL(d,d2) OK-R OK-D", "DL(d) OK-K", "DL(d,d2) OK-R OK-D", "DL(e) OK-R", "DL(f) OK-R", "OK-D", "DL(d) OK-K"),
            "FINAL+UP-ATOMIC", List.of("DL(d) OK-K", "DL(d) OK-K", "OK-R OK-D", "DL(d,d2) OK-R OK-D", "DL(d) OK-K", "DL(d,d2) OK-R OK-D", "DL(e) OK-R", "DL(f) OK-R", "OK-D", "DL(d) OK-K"));
    static final List<String> ROWS = List.of("owner-halted", "flood-livelock", "halted-holding-sem", "waiter-halted", "sem-lock-window",
            "owner-lock-window", "kmsg-dump-order", "gsmi-lock", "kexec-lock", "kmsg-panic");

    @Test
    void theNewColumnsCellByCell() {
        for (Map.Entry<String, List<String>> col : NEW_COLUMNS.entrySet())
            for (int i = 0; i < ROWS.size(); i++)
                assertEquals(col.getValue().get(i), cellText(ROWS.get(i), col.getKey()), ROWS.get(i) + " under " + col.getKey());
    }
}
