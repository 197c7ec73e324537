package org.panicscope.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.panicscope.model.Kernel;
import org.panicscope.model.StateKey;

/**
 * The check behind the untimed key's tests (NbconUntimedTest, DeadSlotUntimedTest): a breadth-first search over
 * every raw state reachable from a root (every choice, no reduction), modulo a state key, that compares the future of
 * each state with the first state of its key. Two states with one key and different futures are a merge the key must
 * not make.
 */
public final class KeyMerges {
    private KeyMerges() { }

    /**
     * The search's figures: keys, merges compared, how many of those {@code apart} told apart, and the first merge
     * with two futures ({@code seen}, the first state of the key, and {@code other}), or nulls when there is none.
     */
    public record Result(int states, int compared, int mergedApart, Run seen, Run other) {
        public boolean differ() { return other != null; }
    }

    /** What a state can do next: its enabled choices, and per choice the successor's key or its verdict. */
    public static List<Object> future(Run r, Function<Kernel, StateKey> key) {
        List<Object> f = new ArrayList<>();
        for (Choice c : r.enabled()) {
            Run n = r.fork();
            n.apply(c);
            f.add(c);
            f.add(n.finished() ? n.outcome().verdict() : key.apply(n.kernel()));
        }
        return f;
    }

    /**
     * Searches from {@code root} modulo {@code key} and stops at the first merge with two futures; {@code apart}
     * (may be null) is a finer key whose merges are counted, to show that the search met the cases the key is about.
     */
    public static Result search(Run root, Function<Kernel, StateKey> key, Function<Kernel, StateKey> apart) {
        Map<StateKey, Run> first = new HashMap<>();
        ArrayDeque<Run> queue = new ArrayDeque<>();
        first.put(key.apply(root.kernel()), root);
        queue.add(root);
        int compared = 0, mergedApart = 0;
        while (!queue.isEmpty()) {
            Run r = queue.poll();
            for (Choice c : r.enabled()) {
                Run n = r.fork();
                n.apply(c);
                if (n.finished()) continue;
                Run seen = first.putIfAbsent(key.apply(n.kernel()), n);
                if (seen == null) { queue.add(n); continue; }
                if (!future(seen, key).equals(future(n, key))) return new Result(first.size(), compared, mergedApart, seen, n);
                compared++;
                if (apart != null && !apart.apply(seen.kernel()).equals(apart.apply(n.kernel()))) mergedApart++;
            }
        }
        return new Result(first.size(), compared, mergedApart, null, null);
    }
}
