package org.panicscope.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Livelock on a complete search: a reachable strongly connected set of non-terminal states, entered after the panic
 * started, in which every CPU that still runs takes a step (a fair cycle). Components come from an iterative
 * Tarjan over the stored edges; of the fair ones the one entered first (smallest id, so nearest the start) is
 * reported, with a cycle through its entry that steps every running CPU. A cycle in which some CPU never steps is
 * the scheduler starving it, not a kernel livelock.
 */
final class FairCycles {
    private final Search search;
    private final StateGraph g;
    /**
     * Per state: its Tarjan index, -1 for a state not visited (a terminal one); and {@link #low}'s low-link while it
     * is on the Tarjan stack, then its component as {@code -2 - c}, or {@link #ACYCLIC} for a state alone in its
     * component without an edge to itself, which no cycle passes (most states). Two ints a state, nothing else of
     * the search's size: the analysis runs after a complete search, with the graph still in memory.
     */
    private int[] index, low;
    private static final int ACYCLIC = -1;

    FairCycles(Search search) {
        this.search = search;
        this.g = search.g;
    }

    /** The component of a state on a cycle, or -1 (also for a state the analysis never visited: its low is 0). */
    private int comp(int v) { return low[v] <= -2 ? -2 - low[v] : -1; }

    void find() {
        int comps = components();
        int n = g.size();
        int[] covered = new int[comps], mask = new int[comps], entry = new int[comps];
        boolean[] hasEdge = new boolean[comps];
        Arrays.fill(entry, -1);
        for (int v = 0; v < n; v++) {
            int c = comp(v);
            if (c < 0) continue;
            if (entry[c] < 0) entry[c] = v; // smallest id = shallowest state of the component
            mask[c] = g.runnable(v);
            for (int e = g.begin(v); e < g.end(v); e++) {
                if (!inside(g.edgeTo(e), c)) continue;
                hasEdge[c] = true;
                covered[c] |= g.chains.steppingCpus(g.edgeChain(e));
            }
        }
        int best = -1;
        for (int c = 0; c < comps; c++) {
            if (!hasEdge[c] || !g.started(entry[c]) || (covered[c] & mask[c]) != mask[c]) continue;
            if (best < 0 || entry[c] < entry[best]) best = c;
        }
        if (best >= 0) search.witnesses.livelock(entry[best], cycle(entry[best], best, mask[best]));
    }

    private boolean inside(int w, int c) { return comp(w) == c; }

    /** Whether {@code v} has an edge to itself. */
    private boolean selfLoop(int v) {
        for (int e = g.begin(v); e < g.end(v); e++) if (g.edgeTo(e) == v) return true;
        return false;
    }

    /**
     * Iterative Tarjan over the non-terminal states; fills {@link #index} and {@link #low}; returns the number of
     * components a cycle can pass (more than one state, or one with an edge to itself). The Tarjan stack and the
     * call stack grow with the search's depth, not with its size.
     */
    private int components() {
        int n = g.size();
        index = new int[n];
        low = new int[n];
        Arrays.fill(index, -1);
        Ints stack = new Ints(), calls = new Ints(), edgePos = new Ints();
        int counter = 0, comps = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0 || g.terminal(root)) continue;
            calls.push(root);
            edgePos.push(g.begin(root));
            index[root] = low[root] = counter++;
            stack.push(root);
            while (calls.n > 0) {
                int top = calls.n - 1, v = calls.a[top];
                if (edgePos.a[top] < g.end(v)) {
                    int w = g.edgeTo(edgePos.a[top]++);
                    if (g.terminal(w)) continue;
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack.push(w);
                        calls.push(w);
                        edgePos.push(g.begin(w));
                    } else if (low[w] >= 0) { // on the stack: visited and not yet in a component
                        low[v] = Math.min(low[v], index[w]);
                    }
                } else {
                    int lowV = low[v];
                    calls.n--;
                    edgePos.n--;
                    if (lowV == index[v]) {
                        int w = stack.a[stack.n - 1];
                        if (w == v && !selfLoop(v)) {
                            stack.n--;
                            low[v] = ACYCLIC;
                        } else {
                            int mark = -2 - comps++;
                            do { w = stack.a[--stack.n]; low[w] = mark; } while (w != v);
                        }
                    } else {
                        int parent = calls.a[calls.n - 1]; // v's low-link is below its index: it has a caller
                        low[parent] = Math.min(low[parent], lowV);
                    }
                }
            }
        }
        return comps;
    }

    /** A stack of ints that grows by doubling. */
    private static final class Ints {
        int[] a = new int[1024];
        int n;

        void push(int v) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }
    }

    /** A cycle through the component from its entry that takes a step of every running CPU. */
    private List<Choice> cycle(int entry, int c, int need) {
        List<Choice> cycle = new ArrayList<>();
        int at = entry, covered = 0;
        while ((covered & need) != need) {
            int missing = need & ~covered;
            int[] found = bfs(at, c, e -> (g.chains.steppingCpus(g.edgeChain(e)) & missing) != 0);
            for (int i = 1; i < found.length; i++) {
                cycle.addAll(g.chains.choices(g.edgeChain(found[i])));
                covered |= g.chains.steppingCpus(g.edgeChain(found[i]));
            }
            at = g.edgeTo(found[found.length - 1]);
        }
        if (at != entry || cycle.isEmpty()) {
            int[] back = bfs(at, c, e -> g.edgeTo(e) == entry);
            for (int i = 1; i < back.length; i++) cycle.addAll(g.chains.choices(g.edgeChain(back[i])));
        }
        return cycle;
    }

    /** Shortest edge path inside component {@code c} from {@code from} to an edge accepted by {@code goal}: [from, e1..ek]. */
    private int[] bfs(int from, int c, IntPredicate goal) {
        java.util.Map<Integer, Integer> via = new java.util.HashMap<>(), prev = new java.util.HashMap<>(); // edge in, state before
        ArrayDeque<Integer> q = new ArrayDeque<>();
        q.add(from);
        via.put(from, -1);
        while (!q.isEmpty()) {
            int v = q.poll();
            for (int e = g.begin(v); e < g.end(v); e++) {
                int w = g.edgeTo(e);
                if (!inside(w, c)) continue;
                if (goal.test(e)) {
                    List<Integer> edges = new ArrayList<>();
                    edges.add(e);
                    for (int x = v; via.get(x) >= 0; x = prev.get(x)) edges.add(via.get(x));
                    Collections.reverse(edges);
                    int[] out = new int[edges.size() + 1];
                    out[0] = from;
                    for (int i = 0; i < edges.size(); i++) out[i + 1] = edges.get(i);
                    return out;
                }
                if (!via.containsKey(w)) { via.put(w, e); prev.put(w, v); q.add(w); }
            }
        }
        throw new IllegalStateException("component is not strongly connected");
    }
}
