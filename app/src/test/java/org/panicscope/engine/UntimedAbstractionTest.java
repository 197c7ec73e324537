package org.panicscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.panicscope.model.Config;
import org.panicscope.model.Cpu;
import org.panicscope.model.Kernel;
import org.panicscope.model.Params;
import org.panicscope.model.StateKey;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

/**
 * The untimed state key drops raw clocks (docs/exploration.md, "Untimed abstraction"). It is sound when two states
 * with the same key have the same enabled choices, and each choice leads to states with the same key and the same
 * verdict (a bisimulation on keys). Checked here on random untimed walks, where states with equal keys but
 * different raw clocks meet often; and the abstract search is compared with a bounded search over raw states.
 */
class UntimedAbstractionTest {

    /** What a state can do next, as the key abstraction must preserve it. */
    private record Future(List<Choice> enabled, List<StateKey> successors, List<Verdict> verdicts) { }

    private static Future future(Run r) {
        List<Choice> en = r.enabled();
        List<StateKey> keys = new ArrayList<>();
        List<Verdict> verdicts = new ArrayList<>();
        for (Choice c : en) {
            Run n = r.fork();
            n.apply(c);
            keys.add(n.kernel().key(false));
            verdicts.add(n.finished() ? n.outcome().verdict() : null);
        }
        return new Future(en, keys, verdicts);
    }

    /** The raw clocks and interrupt stamps, which the untimed key leaves out or saturates. */
    private static List<Long> rawClocks(Kernel k) {
        List<Long> l = new ArrayList<>();
        for (int i = 0; i < k.cpuCount(); i++) {
            Cpu c = k.cpu(i);
            l.add(c.clock());
            l.add(c.pendingNmi() != Cpu.NmiKind.NONE ? c.nmiSent() : -1);
            l.add(c.pendingIpi() ? c.ipiSent() : -1);
        }
        return l;
    }

    @Test
    void statesWithEqualUntimedKeysHaveTheSameFuture() {
        int merged = 0, checked = 0;
        for (Scenario s : Scenarios.all()) {
            for (String config : List.of("BASE", "VP", "FINAL")) {
                Map<StateKey, Future> seen = new HashMap<>();
                Map<StateKey, Set<List<Long>>> clocks = new HashMap<>();
                Random rnd = new Random(s.id().hashCode() * 31L + config.hashCode());
                for (int walk = 0; walk < 40; walk++) {
                    Run r = new Run(s.newKernel(Config.parse(config)), false, Run.Mode.EXPLORE, false);
                    for (int i = 0; i < 400 && !r.finished(); i++) {
                        StateKey key = r.kernel().key(false);
                        Future f = future(r);
                        Future before = seen.putIfAbsent(key, f);
                        if (before != null) {
                            assertEquals(before, f, s.id() + "/" + config + ": two states with one untimed key differ after "
                                    + r.history().size() + " choices");
                            checked++;
                        }
                        if (clocks.computeIfAbsent(key, x -> new HashSet<>()).add(rawClocks(r.kernel())) && before != null) merged++;
                        r.apply(pick(r.enabled(), rnd));
                    }
                }
            }
        }
        // the check must bite: many pairs of states with different raw clocks were compared
        assertTrue(merged > 1000, "only " + merged + " merged states with different raw clocks (" + checked + " compared)");
    }

    /**
     * Mostly steps: interrupts and the panic trigger only now and then, so that walks reach the end of the panic
     * window and overdue interrupts, where the saturated clocks must still tell states apart.
     */
    private static Choice pick(List<Choice> en, Random rnd) {
        List<Choice> steps = en.stream().filter(c -> c.kind() == Choice.Kind.STEP).toList();
        return !steps.isEmpty() && rnd.nextInt(10) < 9 ? steps.get(rnd.nextInt(steps.size())) : en.get(rnd.nextInt(en.size()));
    }

    /** A bundled scenario at small sizes (short waits, small buffer, short console), where untimed searches end. */
    static KernelSource small(String id) {
        return resized(id, "-small", new String[][] {{"G_shoot", "1"}, {"G_ipi", "1"}, {"G_nmi_stop", "1"}, {"W", "1"},
                {"C", "2"}, {"D_irq", "1"}, {"K_dump", "0"}, {"K_notif", "0"}, {"L", "2"}, {"L_smi", "1"},
                {"panicWindow", "1"}});
    }

    /**
     * A bundled scenario with the parameters {@code sizes} ({name, value} pairs) set, and the panic and the lock
     * holder's start moved to time 1 at the latest; its id is the scenario's with {@code suffix}.
     */
    static KernelSource resized(String id, String suffix, String[][] sizes) {
        Scenario s = Scenarios.bundled(id);
        return new KernelSource() {
            @Override public String id() { return id + suffix; }
            @Override public Kernel newKernel(Config c) {
                Params p = s.params();
                for (String[] kv : sizes) p = p.with(kv[0], Integer.parseInt(kv[1]));
                p = p.with("panicAt", Math.min(p.panicAt, 1)).with("lhStart", Math.min(p.lhStart, 1));
                return UntimedLatencyTest.kernel(s, p, c);
            }
        };
    }

    @Test
    void theAbstractSearchFindsExactlyTheVerdictsOfTheRawStates() {
        // complete abstract searches; every verdict a deep raw search meets must be among theirs, and each of theirs
        // is met by replaying its witness on raw states (the witness replays to its verdict)
        for (String cell : List.of("owner-halted/BASE", "flood-livelock/VP", "sem-lock-window/FINAL")) {
            KernelSource src = small(cell.substring(0, cell.indexOf('/')));
            Config c = Config.parse(cell.substring(cell.indexOf('/') + 1));
            Explorer.Result abs = Explorer.explore(src, c, new Explorer.Options(false, 2_000_000, 600_000), Progress.NONE);
            assertTrue(abs.complete(), cell + ": " + abs.stopReason());
            Set<Verdict> raw = rawWalks(src, c, 3000);
            assertTrue(!raw.isEmpty(), cell + ": the raw walks met no verdict");
            for (Verdict v : raw) assertTrue(abs.reaches(v), cell + ": raw walks reach " + v + ", the abstract search only " + abs.outcomes().keySet());
            for (Explorer.Witness w : abs.outcomes().values()) {
                if (w.verdict() == Verdict.LL) continue; // a cycle: replayed in UntimedExplorationTest
                Run run = Scheduler.drive(new Run(src.newKernel(c), false, Run.Mode.REPLAY, false),
                        new ReplayScheduler(Schedule.parse(w.schedule()), true));
                assertEquals(w.verdict(), run.outcome().verdict(), cell + " witness " + w.schedule());
            }
        }
    }

    /** Verdicts met by random untimed walks over raw states (nothing merged), to the end of each run. */
    private static Set<Verdict> rawWalks(KernelSource src, Config c, int walks) {
        Set<Verdict> found = EnumSet.noneOf(Verdict.class);
        Random rnd = new Random(7);
        for (int i = 0; i < walks; i++) {
            Run r = new Run(src.newKernel(c), false, Run.Mode.EXPLORE, false);
            for (int n = 0; n < 5000 && !r.finished(); n++) r.apply(pick(r.enabled(), rnd));
            if (r.finished()) found.add(r.outcome().verdict());
        }
        return found;
    }
}
