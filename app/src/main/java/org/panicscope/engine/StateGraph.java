package org.panicscope.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What the explorer keeps of the states it found, as int columns indexed by state id: the parent on a shortest
 * path and the chain of choices from it, the distance (choices from the start), flags, and the edges, stored in
 * the order states were expanded ([begin(v), end(v)) per state). About 50 bytes a state and 8 an edge (its target
 * and its chain; its source is the state whose range holds it); the states themselves are not kept (see
 * {@link Frontier}).
 */
final class StateGraph {
    /** Flags: bits 0-15 the CPUs that can still run, then: the panic has started, the state is terminal. */
    static final int STARTED = 1 << 16, TERMINAL = 1 << 17;

    private final IntList parent = new IntList(), via = new IntList(), dist = new IntList(), flags = new IntList();
    private final IntList begin = new IntList(), end = new IntList();
    private final IntList edgeTo = new IntList(), edgeChain = new IntList();
    private final BitSet expanded = new BitSet();
    final ChainPool chains = new ChainPool();
    private int expanding = -1;

    int size() { return parent.size(); }

    /** Bytes held by the columns (their used length), the edges and the chain pool. */
    long bytes() {
        return 4L * (6L * parent.size() + 2L * edgeTo.size()) + expanded.size() / 8 + chains.bytes();
    }

    int add(int from, int chain, int d, int flagBits) {
        parent.add(from);
        via.add(chain);
        dist.add(d);
        flags.add(flagBits);
        begin.add(0);
        end.add(0);
        return parent.size() - 1;
    }

    int dist(int v) { return dist.get(v); }

    /**
     * {@link #dist} read on another thread than the search's, for a state it found in the table of visited states
     * (whose put, after {@link #add}, it read with acquire: {@link Visited}): the distance then or a later, smaller one.
     */
    int distShared(int v) { return dist.getShared(v); }
    int flags(int v) { return flags.get(v); }
    int runnable(int v) { return flags.get(v) & 0xffff; }
    boolean terminal(int v) { return (flags.get(v) & TERMINAL) != 0; }
    boolean started(int v) { return (flags.get(v) & STARTED) != 0; }
    boolean expanded(int v) { return expanded.get(v); }

    /** A shorter path to an unexpanded state. */
    void relax(int v, int from, int chain, int d) {
        dist.set(v, d);
        parent.set(v, from);
        via.set(v, chain);
    }

    /** Starts the edges of {@code v}; they end where the next expansion starts. */
    void expand(int v) {
        close();
        expanded.set(v);
        expanding = v;
        begin.set(v, edgeTo.size());
    }

    void close() {
        if (expanding >= 0) end.set(expanding, edgeTo.size());
        expanding = -1;
    }

    void edge(int from, int to, int chain) {
        edgeTo.add(to);
        edgeChain.add(chain);
    }

    int begin(int v) { return begin.get(v); }
    int end(int v) { return end.get(v); }
    int edgeTo(int e) { return edgeTo.get(e); }
    int edgeChain(int e) { return edgeChain.get(e); }

    /** The choices from the initial state to {@code v} along parents: a shortest path. */
    List<Choice> path(int v) {
        List<Integer> refs = new ArrayList<>();
        for (int at = v; at >= 0; at = parent.get(at)) refs.add(via.get(at));
        List<Choice> l = new ArrayList<>();
        for (int i = refs.size() - 1; i >= 0; i--) l.addAll(chains.choices(refs.get(i)));
        return l;
    }
}
