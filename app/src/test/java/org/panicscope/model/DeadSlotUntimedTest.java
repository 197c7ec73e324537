package org.panicscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.panicscope.engine.KeyMerges;
import org.panicscope.engine.Run;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

/**
 * The untimed key around console_unlock() (docs/exploration.md, "Untimed abstraction"). It writes the frame's
 * slot-A local as 0 where it is dead ({@link ConsoleUnlock#SLOT_A_DEAD}); before, the gap CU3 finds stayed in the
 * frame, raw, from CU4 through the whole driver write, and as the console's lag is unbounded untimed, so was the
 * key. And it keeps the lag one step further below first_seq per frame waiting at CU6, whose increment tells "one
 * behind" from "two behind"; saturated at -1 they shared a key. A breadth-first search over the raw states of a
 * small kmsg-panic (every choice, no reduction) compares the future of every state with the first state of its key,
 * and counts the merges that the key without the dead slots would have kept apart; the same search with a live
 * step added to the dead set, or with the lag saturated at -1, must find two merged states with different futures.
 */
class DeadSlotUntimedTest {

    /** kmsg-panic, one writer against the panic CPU, at sizes where the console falls behind within a few records. */
    private static Scenario small() {
        Scenario s = Scenarios.bundled("kmsg-panic");
        String[][] params = {{"C", "2"}, {"W", "1"}, {"K_dump", "1"}, {"K_notif", "0"}, {"G_shoot", "1"}, {"G_ipi", "1"},
                {"G_nmi_stop", "1"}, {"D_irq", "1"}, {"panicAt", "1"}, {"panicWindow", "1"}};
        for (String[] kv : params) s = s.withParam(kv[0], Integer.parseInt(kv[1]));
        return s;
    }

    /** The untimed key, with the slot-A local of a console_unlock frame at a step in {@code dead} written as 0. */
    private static Function<Kernel, StateKey> key(Set<Step> dead) {
        return key(dead, false);
    }

    /**
     * The same, and with {@code flatFloor} the console's lag and CU4's target saturated at -1 whatever waits at CU6
     * (the key before the floor).
     */
    private static Function<Kernel, StateKey> key(Set<Step> dead, boolean flatFloor) {
        return k -> {
            StateKey.Clocks u = StateKey.Clocks.saturated(k);
            return StateKey.of(k, new StateKey.Clocks() {
                @Override public void put(StateKey.Sink w, Cpu c) { u.put(w, c); }
                @Override public long firstSeq(Kernel kk) { return u.firstSeq(kk); }
                @Override public long records(Kernel kk) { return u.records(kk); }
                @Override public long nbconSeq(Kernel kk) { return u.nbconSeq(kk); }
                @Override public long consoleLag(Kernel kk) {
                    return flatFloor ? Math.max(kk.consoleSeq - u.firstSeq(kk), -1) : u.consoleLag(kk);
                }
                @Override public long consoleDropped(Kernel kk) { return u.consoleDropped(kk); }
                @Override public void count(StateKey.Sink w, Step at, int count) {
                    if (dead.contains(at)) w.put(0);
                    else if (ConsoleUnlock.SLOT_A_DEAD.contains(at)) w.put(count);
                    else if (at == Step.CU4 && flatFloor) w.put(count > 0 ? 1 : 0).put(Math.max(k.consoleSeq + count - u.firstSeq(k), -1));
                    else u.count(w, at, count);
                }
            });
        };
    }

    /**
     * Every raw state reachable from the initial one, modulo {@code key}, with the merges that the key without dead
     * slots would have kept apart counted; the first merge with two futures, described, or null.
     */
    private static KeyMerges.Result search(Function<Kernel, StateKey> key, String config) {
        Run root = new Run(small().newKernel(Config.parse(config)), false, Run.Mode.EXPLORE, false);
        return KeyMerges.search(root, key, key(EnumSet.noneOf(Step.class)));
    }

    private static String describe(KeyMerges.Result b, Function<Kernel, StateKey> key) {
        if (!b.differ()) return null;
        Run seen = b.seen(), n = b.other();
        return "after " + n.history().size() + " choices, " + n.schedule() + " vs " + seen.schedule() + seen.history() + n.history()
                + " clocks " + seen.kernel().cpu(0).clock() + "," + seen.kernel().cpu(1).clock() + " / " + n.kernel().cpu(0).clock() + ","
                + n.kernel().cpu(1).clock() + " pcs " + seen.kernel().cpu(0).pc() + seen.kernel().cpu(1).pc() + n.kernel().cpu(0).pc()
                + n.kernel().cpu(1).pc() + ": " + KeyMerges.future(seen, key) + " / " + KeyMerges.future(n, key);
    }

    @Test
    void statesMergedByTheDeadSlotsHaveOneFuture() {
        for (String config : List.of("BASE", "FINAL")) {
            // the production key; the check must bite: merges that only the dead slots told apart
            Function<Kernel, StateKey> production = k -> k.key(false);
            KeyMerges.Result b = search(production, config);
            assertNull(describe(b, production), config + ": two states with one untimed key differ");
            assertTrue(b.compared() > 10_000 && b.mergedApart() > 1_000, config + ": " + b.states() + " keys, " + b.compared()
                    + " merges compared, " + b.mergedApart() + " kept apart by the dead slots");
            assertEquals(b.states(), search(key(ConsoleUnlock.SLOT_A_DEAD), config).states(), "the test's key is the production key");
        }
    }

    @Test
    void aLiveStepInTheDeadSetMergesStatesWithDifferentFutures() {
        // CU4 reads the gap, CU15 the retry flag: writing either as 0 merges states that go different ways
        for (Step live : List.of(Step.CU4, Step.CU15)) {
            Set<Step> wrong = EnumSet.copyOf(ConsoleUnlock.SLOT_A_DEAD);
            wrong.add(live);
            assertTrue(search(key(wrong), "FINAL").differ(), live + " added to the dead set went unnoticed");
        }
    }

    @Test
    void aLagSaturatedAtMinusOneMergesStatesWithDifferentFutures() {
        // one record behind and two behind, at CU6: the increment brings only the first up to date
        assertTrue(search(key(ConsoleUnlock.SLOT_A_DEAD, true), "BASE").differ(), "the flat floor went unnoticed");
    }
}
