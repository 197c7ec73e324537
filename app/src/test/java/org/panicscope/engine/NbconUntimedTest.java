package org.panicscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.panicscope.model.Config;
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

    /** What a state can do next: its enabled choices, and per choice the successor's key or its verdict. */
    private static List<Object> future(Run r) {
        List<Object> f = new ArrayList<>();
        for (Choice c : r.enabled()) {
            Run n = r.fork();
            n.apply(c);
            f.add(c);
            f.add(n.finished() ? n.outcome().verdict() : n.kernel().key(false));
        }
        return f;
    }

    private static String seqs(Run r) {
        var k = r.kernel();
        return "nbcon_seq " + k.nbcon().seq() + ", first_seq " + k.ringBuffer().firstSeq() + ", next_seq " + k.ringBuffer().nextSeq()
                + ", CPU0 at " + k.cpu(0).pc().id();
    }

    @Test
    void statesWithOneUntimedKeyHaveOneFutureInABreadthFirstSearch() {
        Scenario s = Scenarios.bundled("owner-halted");
        Config nbcon = Config.parse("NBCON");
        Map<StateKey, Run> first = new HashMap<>();
        ArrayDeque<Run> queue = new ArrayDeque<>();
        Run root = new Run(s.newKernel(nbcon), false, Run.Mode.EXPLORE, false);
        first.put(root.kernel().key(false), root);
        queue.add(root);
        int compared = 0;
        while (!queue.isEmpty()) {
            Run r = queue.poll();
            for (Choice c : r.enabled()) {
                Run n = r.fork();
                n.apply(c);
                if (n.finished()) continue;
                StateKey key = n.kernel().key(false);
                Run seen = first.putIfAbsent(key, n);
                if (seen == null) { queue.add(n); continue; }
                assertEquals(future(seen), future(n), "owner-halted/NBCON: two states with one untimed key differ: " + seqs(seen) + " and " + seqs(n));
                compared++;
            }
        }
        // the whole reachable raw-state graph modulo keys, the states with a record overwritten in flight included
        assertTrue(first.size() > 100_000 && compared > 100_000, first.size() + " states, " + compared + " merges compared");
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
