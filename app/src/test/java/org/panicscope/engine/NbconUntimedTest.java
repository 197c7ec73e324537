package org.panicscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.panicscope.model.Config;
import org.panicscope.model.Kernel;
import org.panicscope.model.StateKey;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

/**
 * The untimed state key under NBCON. The console's nbcon_seq, the flush's stop_seq and the record in flight are
 * sequence numbers relative to first_seq; when they were written inconsistently (stop_seq raw, nbcon_seq clamped
 * at first_seq), states one record apart from the end of the flush shared a key, and the untimed search reported
 * a livelock in owner-halted, flood-livelock, sem-lock-window, owner-lock-window and kmsg-panic whose witnesses,
 * replayed, printed on and ended in kexec. {@link UntimedAbstractionTest} checks the key on random walks; the
 * breadth-first search here meets the rare states (a record overwritten while it is being printed) that walks miss.
 */
class NbconUntimedTest {

    private static String seqs(Run r) {
        var k = r.kernel();
        return "nbcon_seq " + k.nbcon().seq() + ", first_seq " + k.ringBuffer().firstSeq() + ", next_seq " + k.ringBuffer().nextSeq()
                + ", CPU0 at " + k.cpu(0).pc().id();
    }

    @Test
    void statesWithOneUntimedKeyHaveOneFutureInABreadthFirstSearch() {
        Scenario s = Scenarios.bundled("owner-halted");
        Run root = new Run(s.newKernel(Config.parse("NBCON")), false, Run.Mode.EXPLORE, false);
        Function<Kernel, StateKey> key = k -> k.key(false);
        KeyMerges.Result r = KeyMerges.search(root, key, null);
        assertFalse(r.differ(), () -> "owner-halted/NBCON: two states with one untimed key differ: " + seqs(r.seen()) + " and "
                + seqs(r.other()) + ": " + KeyMerges.future(r.seen(), key) + " / " + KeyMerges.future(r.other(), key));
        // the whole reachable raw-state graph modulo keys, the states with a record overwritten in flight included
        assertTrue(r.states() > 100_000 && r.compared() > 100_000, r.states() + " states, " + r.compared() + " merges compared");
    }

    @Test
    void noBundledNbconScenarioWithOnlyAnNbconConsoleLivelocksUntimed() {
        // the cells that once reported a spurious livelock; each search is complete, and a livelock, if one were
        // found, would have to replay to its repeating state
        for (String id : List.of("owner-halted", "flood-livelock", "sem-lock-window", "owner-lock-window", "kmsg-panic")) {
            Scenario s = Scenarios.bundled(id);
            Explorer.Result r = Explorer.explore(s, Config.parse("NBCON"), Explorer.Options.defaults().withTimed(false), Progress.NONE);
            assertTrue(r.complete(), id + ": " + r.stopReason());
            Explorer.Witness ll = r.outcomes().get(Verdict.LL);
            if (ll != null) {
                Run run = s.replay(Config.parse("NBCON"), Schedule.parse(ll.schedule()), false, false);
                assertEquals(Verdict.LL, run.outcome().verdict(), id + " LL witness " + ll.schedule() + " replays to " + run.outcome().reason());
            }
            assertFalse(r.reaches(Verdict.LL), id + " under NBCON, untimed: " + r.outcomes().keySet());
            assertFalse(r.outcomes().keySet().stream().anyMatch(Verdict::hang), id + " under NBCON, untimed: " + r.outcomes().keySet());
        }
    }
}
