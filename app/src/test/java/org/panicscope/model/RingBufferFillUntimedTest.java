package org.panicscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.panicscope.engine.KeyMerges;
import org.panicscope.engine.Run;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

/**
 * The untimed key before the ring buffer first fills (docs/exploration.md, "The ring buffer before it first
 * fills"): it writes every sequence number relative to next_seq - C, as if the buffer were full, and not the number
 * of records stored. Before the first fill no reader is behind first_seq and no store overwrites, and each reader
 * is then more than C - records ahead of next_seq - C, so a state with the same key whose buffer is full reads and
 * loses nothing either. A breadth-first search over the raw states of small scenarios (every choice, no reduction)
 * compares the future of every state with the first state of its key, and counts the merges that the key relative
 * to the real first_seq, with the record count, kept apart; the same search with only the record count dropped (the
 * sequence numbers still relative to the real first_seq) must find two merged states with different futures.
 */
class RingBufferFillUntimedTest {

    /** A bundled scenario at sizes where the buffer fills after a few records and the search ends in seconds. */
    private static Scenario small(String id, int capacity) {
        Scenario s = Scenarios.bundled(id);
        String[][] params = {{"C", Integer.toString(capacity)}, {"W", "1"}, {"K_dump", "0"}, {"K_notif", "0"}, {"G_shoot", "1"},
                {"G_ipi", "1"}, {"G_nmi_stop", "1"}, {"D_irq", "1"}, {"panicAt", "1"}, {"panicWindow", "1"}};
        for (String[] kv : params) s = s.withParam(kv[0], Integer.parseInt(kv[1]));
        return s;
    }

    /** The floor of the untimed lag: -1, one further per console_unlock() frame waiting at CU6. */
    private static long floor(Kernel k) {
        long f = -1;
        for (int i = 0; i < k.cpuCount(); i++) if (k.cpu(i).inStep(Step.CU6)) f--;
        return f;
    }

    /**
     * The untimed key with every sequence number relative to the real first_seq, as before: with {@code records} the
     * number of records stored too (the key before this abstraction), without it that number alone left out (wrong).
     */
    private static Function<Kernel, StateKey> relativeToFirstSeq(boolean records) {
        return k -> {
            StateKey.Clocks u = StateKey.Clocks.saturated(k);
            return StateKey.of(k, new StateKey.Clocks() {
                @Override public void put(StateKey.Sink w, Cpu c) { u.put(w, c); }
                @Override public long firstSeq(Kernel kk) { return kk.rb.firstSeq(); }
                @Override public long records(Kernel kk) { return records ? kk.rb.nextSeq() - kk.rb.firstSeq() : kk.rb.capacity(); }
                @Override public long consoleLag(Kernel kk) { return Math.max(kk.consoleSeq - kk.rb.firstSeq(), floor(kk)); }
                @Override public long consoleDropped(Kernel kk) { return 0; }
                @Override public long nbconSeq(Kernel kk) { return u.nbconSeq(kk); }
                @Override public void count(StateKey.Sink w, Step at, int count) {
                    if (at == Step.CU4) w.put(count > 0 ? 1 : 0).put(Math.max(k.consoleSeq + count - k.rb.firstSeq(), floor(k) - 1));
                    else u.count(w, at, count);
                }
            });
        };
    }

    private static KeyMerges.Result search(Scenario s, String config, Function<Kernel, StateKey> key) {
        Run root = new Run(s.newKernel(Config.parse(config)), false, Run.Mode.EXPLORE, false);
        return KeyMerges.search(root, key, relativeToFirstSeq(true));
    }

    @Test
    void statesMergedBeforeTheBufferFillsHaveOneFuture() {
        Function<Kernel, StateKey> production = k -> k.key(false);
        for (String[] cell : new String[][] {{"kmsg-panic", "BASE"}, {"waiter-halted", "BASE"}, {"waiter-halted", "K24"}}) {
            Scenario s = small(cell[0], 4);
            KeyMerges.Result r = search(s, cell[1], production);
            assertNull(r.differ() ? "after " + r.other().schedule() + " and " + r.seen().schedule() : null,
                    cell[0] + "/" + cell[1] + ": two states with one untimed key differ");
            // the check must bite: merges of states that the key relative to the real first_seq told apart
            assertTrue(r.compared() > 10_000 && r.mergedApart() > 200, cell[0] + "/" + cell[1] + ": " + r.states() + " keys, "
                    + r.compared() + " merges compared, " + r.mergedApart() + " kept apart by the record count");
            // and fewer keys than that key: the record count no longer multiplies the states before the first fill
            int before = search(s, cell[1], relativeToFirstSeq(true)).states();
            assertTrue(r.states() < before, cell[0] + "/" + cell[1] + ": " + r.states() + " keys, " + before + " before");
        }
    }

    @Test
    void theRecordCountAloneCannotBeLeftOut() {
        // a buffer with room and a full one, the console as far behind first_seq in both: the next store overwrites
        // only in the full one, so the console's lag moves only there
        KeyMerges.Result r = search(small("kmsg-panic", 4), "BASE", relativeToFirstSeq(false));
        assertTrue(r.differ(), "dropping only the record count went unnoticed");
    }

    @Test
    void onceTheBufferHasFilledTheKeyIsTheOneRelativeToFirstSeq() {
        // a full buffer has first_seq = next_seq - C: the key then is the one relative to the real first_seq
        Function<Kernel, StateKey> before = relativeToFirstSeq(true);
        java.util.Random rnd = new java.util.Random(12);
        int full = 0, notFull = 0;
        for (int walk = 0; walk < 50; walk++) {
            Run r = new Run(small("kmsg-panic", 4).newKernel(Config.parse("FINAL")), false, Run.Mode.EXPLORE, false);
            for (int i = 0; i < 300 && !r.finished(); i++) {
                Kernel k = r.kernel();
                boolean isFull = k.rb.nextSeq() - k.rb.firstSeq() == k.rb.capacity();
                if (isFull) full++; else notFull++;
                assertEquals(isFull, k.key(false).equals(before.apply(k)), "after " + r.schedule());
                var en = r.enabled();
                r.apply(en.get(rnd.nextInt(en.size())));
            }
        }
        assertTrue(full > 1000 && notFull > 1000, full + " full, " + notFull + " not full");
    }
}
