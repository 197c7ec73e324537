package org.panicscope.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.panicscope.model.CpuStatus;
import org.panicscope.model.Kernel;

/**
 * The outcomes an exploration found, each with a witness: the first (hence shortest) path to a terminal state of
 * each verdict and of each hang window, and the fair cycle of a livelock, written as replayable schedule strings.
 */
final class Witnesses {
    private final Search search;
    private final Map<Verdict, Explorer.Witness> outcomes = new EnumMap<>(Verdict.class);
    private final Map<String, Explorer.Witness> hangs = new LinkedHashMap<>();

    Witnesses(Search search) { this.search = search; }

    Map<Verdict, Explorer.Witness> outcomes() { return outcomes; }
    List<Explorer.Witness> hangs() { return new ArrayList<>(hangs.values()); }

    /** A terminal state settled (so reached by a shortest path): the first of its verdict and window is kept. */
    void terminal(Outcome out, int id) {
        Explorer.Witness w = null;
        if (!outcomes.containsKey(out.verdict())) {
            w = witness(out.verdict(), Explorer.window(out), out.reason(), search.g.path(id), List.of());
            outcomes.put(out.verdict(), w);
        }
        if (out.verdict().hang() || out.verdict() == Verdict.ERROR) {
            String win = Explorer.window(out);
            if (!hangs.containsKey(win)) hangs.put(win, w != null && w.window().equals(win) ? w
                    : witness(out.verdict(), win, out.reason(), search.g.path(id), List.of()));
        }
    }

    /** A livelock: the path to {@code entry}, then {@code cycle} forever. */
    void livelock(int entry, List<Choice> cycle) {
        List<Choice> prefix = search.g.path(entry);
        Run probe = search.newRun();
        for (Choice c : prefix) probe.apply(c);
        String reason = "a fair cycle of " + cycle.size() + " choices after the panic started: every running CPU steps, "
                + "and CPU" + Math.max(0, probe.kernel().panicCpu()) + " stays in " + describe(probe) + " forever";
        Explorer.Witness w = witness(Verdict.LL, "(b) flood livelock", reason, prefix, cycle);
        outcomes.putIfAbsent(Verdict.LL, w);
        hangs.putIfAbsent(w.window(), w);
    }

    private Explorer.Witness witness(Verdict v, String window, String reason, List<Choice> prefix, List<Choice> cycle) {
        Schedule s = Schedule.of(prefix, cycle).withUntimed(!search.o.timed());
        return new Explorer.Witness(v, window, s.toString(), reason, prefix.size() + cycle.size());
    }

    private static String describe(Run r) {
        Kernel k = r.kernel();
        var c = k.cpu(Math.max(0, k.panicCpu()));
        String outer = "";
        for (var s : c.stack()) if (s.id().startsWith("PN")) outer = s.id() + " ";
        return outer + "(" + c.pc().id() + " " + c.pc().function() + (c.status() == CpuStatus.SPIN ? ", spinning" : "") + ")";
    }
}
