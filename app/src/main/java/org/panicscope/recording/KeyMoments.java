package org.panicscope.recording;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.panicscope.engine.Outcome;

/**
 * The moments a talk about a run is about, found in its recording: the panic starts, an NMI is sent and lands, a CPU
 * is halted, the panic CPU starts to wait for a hand-over, the last hand-over, the first record lost, and the verdict.
 * Each kind is taken once per CPU, from the panic on (before it the writer's loop repeats the same hand-overs many
 * times; none of them is the story). JavaFX-free, so the exports and the command line can use the same list.
 */
public final class KeyMoments {
    public enum Kind { PANIC, NMI_SENT, NMI_LANDS, HALT, SPIN, HANDOVER, DROP, VERDICT }

    /** A key moment: after choice {@code index} (0-based; the verdict sits at the run's length). */
    public record Moment(int index, int cpu, Kind kind, String label) { }

    private KeyMoments() { }

    public static List<Moment> of(StepLog log, Outcome outcome) {
        List<Moment> out = new ArrayList<>();
        int start = log.findForward(0, StepLog.F_PANIC);
        if (start >= 0) {
            Set<String> seen = new HashSet<>();
            int lastHandover = -1;
            for (int i = start; i < log.size(); i++) {
                int c = log.cpu(i);
                if (i == start) add(out, seen, i, c, Kind.PANIC, "CPU" + c + " panics");
                if (log.has(i, StepLog.F_NMI_SENT)) add(out, seen, i, c, Kind.NMI_SENT, "NMI sent");
                if (log.has(i, StepLog.F_NMI)) add(out, seen, i, c, Kind.NMI_LANDS, "NMI on CPU" + c);
                if (log.has(i, StepLog.F_HALT)) add(out, seen, i, c, Kind.HALT, "CPU" + c + " halted");
                if (log.has(i, StepLog.F_SPIN_START)) add(out, seen, i, c, Kind.SPIN, "CPU" + c + " spins");
                if (log.has(i, StepLog.F_DROP)) add(out, seen, i, -1, Kind.DROP, "record lost");
                if (log.has(i, StepLog.F_HANDOVER)) lastHandover = i;
            }
            if (lastHandover >= 0) out.add(new Moment(lastHandover, log.cpu(lastHandover), Kind.HANDOVER, "hand-over"));
            out.sort(java.util.Comparator.comparingInt(Moment::index));
        }
        if (outcome != null) out.add(new Moment(log.size(), -1, Kind.VERDICT, outcome.verdict().id()));
        return List.copyOf(out);
    }

    private static void add(List<Moment> out, Set<String> seen, int i, int cpu, Kind k, String label) {
        if (seen.add(k + "/" + cpu)) out.add(new Moment(i, cpu, k, label));
    }

    /** Key moments closer than this many choices belong to one scene of the story. */
    static final int SCENE_GAP = 40;

    /**
     * The choices a presenter shows at {@code position}: the scene (key moments no more than {@link #SCENE_GAP}
     * choices apart) that holds the position or last came before it, with a little room before it, up to the position
     * when that lies further on. In owner-halted the panic starts at the beginning and the NMI, the halt and the
     * verdict come 800 choices later: at the end the window is those last few dozen choices, where each moment is
     * wide enough to see.
     */
    public static int[] storyWindow(List<Moment> moments, int length, int position) {
        if (moments.isEmpty()) return new int[] {0, length};
        List<int[]> scenes = new ArrayList<>();
        for (Moment m : moments) {
            if (!scenes.isEmpty() && m.index() - scenes.getLast()[1] <= SCENE_GAP) scenes.getLast()[1] = m.index();
            else scenes.add(new int[] {m.index(), m.index()});
        }
        int[] scene = scenes.getFirst();
        for (int[] sc : scenes) if (sc[0] <= position) scene = sc;
        int to = Math.max(scene[1], Math.min(position, length));
        int margin = Math.max(4, (to - scene[0]) / 6);
        return new int[] {Math.max(0, scene[0] - margin), Math.min(length, to + 1)};
    }
}
