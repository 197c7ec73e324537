package org.panicscope.recording;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.panicscope.engine.Choice;
import org.panicscope.engine.IntList;
import org.panicscope.model.CpuStatus;
import org.panicscope.model.Resource;
import org.panicscope.model.Step;

/**
 * What each choice of a run did: one row per choice in columns (so a million choices of 8 CPUs stay about 45 bytes
 * a choice and fast to scan), an index of each CPU's choices, and the run's events (the arrows between lanes and
 * the marks on them). Filled by {@link StepRecorder} from the model's state before and after each choice, once, and
 * read by every view: the app's timeline, the pictures, the trace export and {@link Comparison}.
 *
 * <p>Two columns serve only comparison and export: the CPU's call stack before the choice, as an index into a
 * table of the distinct stacks (a run has a few dozen), and the 64-bit fingerprint of what the choice changed
 * ({@link org.panicscope.engine.StateDiff}), 0 for nothing. The text of the changes is not kept: {@link Tape#changes}
 * rebuilds it from the nearest snapshot when a divergence or a frame caption needs it.
 */
public final class StepLog {
    public static final int F_IRQS_OFF = 1;
    public static final int F_IN_NMI = 1 << 1;
    public static final int F_HALT = 1 << 2;
    public static final int F_SPIN_START = 1 << 3;
    public static final int F_DROP = 1 << 4;
    public static final int F_HANDOVER = 1 << 5;
    public static final int F_NMI_SENT = 1 << 6;
    public static final int F_IPI_SENT = 1 << 7;
    public static final int F_NMI = 1 << 8;
    public static final int F_IPI = 1 << 9;
    public static final int F_PANIC = 1 << 10;
    public static final int F_PRINTED = 1 << 11;
    public static final int F_STORED = 1 << 12;
    public static final int F_FINISH = 1 << 13;

    private static final Step[] STEPS = Step.values();
    private static final CpuStatus[] STATUSES = CpuStatus.values();
    private static final Resource[] RESOURCES = Resource.values();
    private static final Activity[] ACTIVITIES = Activity.values();
    private static final Choice.Kind[] KINDS = Choice.Kind.values();

    private final int cpus;
    private int size;
    private byte[] cpu = new byte[1024];
    private byte[] kind = new byte[1024];
    private short[] step = new short[1024];
    private byte[] activity = new byte[1024];
    private byte[] status = new byte[1024];
    private byte[] spinOn = new byte[1024];
    private int[] flags = new int[1024];
    private long[] timeBefore = new long[1024];
    private long[] timeAfter = new long[1024];
    private int[] stack = new int[1024];
    private long[] effect = new long[1024];
    private final IntList[] perCpu;
    private final List<Arrow> arrows = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private final List<List<Step>> stacks = new ArrayList<>();
    private final java.util.Map<List<Step>, Integer> stackIds = new java.util.HashMap<>();

    public StepLog(int cpus) {
        this.cpus = cpus;
        this.perCpu = new IntList[cpus];
        for (int i = 0; i < cpus; i++) perCpu[i] = new IntList();
    }

    void add(int c, Choice.Kind k, Step s, Activity a, CpuStatus st, Resource spin, int f, long t0, long t1,
             int stackId, long fx) {
        if (size == cpu.length) grow();
        cpu[size] = (byte) c;
        kind[size] = (byte) k.ordinal();
        step[size] = (short) s.ordinal();
        activity[size] = (byte) a.ordinal();
        status[size] = (byte) st.ordinal();
        spinOn[size] = (byte) (spin == null ? -1 : spin.ordinal());
        flags[size] = f;
        timeBefore[size] = t0;
        timeAfter[size] = t1;
        stack[size] = stackId;
        effect[size] = fx;
        perCpu[c].add(size);
        size++;
    }

    void addArrow(Arrow a) { arrows.add(a); }

    void addMark(Mark m) { marks.add(m); }

    /** The id of a CPU's frames in the table of the run's distinct stacks. */
    int stackId(List<Step> frames) {
        return stackIds.computeIfAbsent(frames, x -> { stacks.add(x); return stacks.size() - 1; });
    }

    /** At the end of the run: a send is marked when its interrupt lands, so the marks are put in choice order. */
    void sortMarks() { marks.sort(java.util.Comparator.comparingInt(Mark::index)); }

    private void grow() {
        int n = cpu.length * 2;
        cpu = Arrays.copyOf(cpu, n); kind = Arrays.copyOf(kind, n); step = Arrays.copyOf(step, n);
        activity = Arrays.copyOf(activity, n); status = Arrays.copyOf(status, n); spinOn = Arrays.copyOf(spinOn, n);
        flags = Arrays.copyOf(flags, n); timeBefore = Arrays.copyOf(timeBefore, n); timeAfter = Arrays.copyOf(timeAfter, n);
        stack = Arrays.copyOf(stack, n); effect = Arrays.copyOf(effect, n);
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    public int size() { return size; }
    public int cpuCount() { return cpus; }
    public int cpu(int i) { return cpu[i]; }
    public Choice.Kind kind(int i) { return KINDS[kind[i]]; }
    /** The step that ran (for an NMI or IPI its handler, for a panic trigger PT). */
    public Step step(int i) { return STEPS[step[i]]; }
    public Activity activity(int i) { return ACTIVITIES[activity[i]]; }
    public int activityOrdinal(int i) { return activity[i]; }
    /** The CPU's status after the choice. */
    public CpuStatus status(int i) { return STATUSES[status[i]]; }
    public Resource spinOn(int i) { return spinOn[i] < 0 ? null : RESOURCES[spinOn[i]]; }
    public int flags(int i) { return flags[i]; }
    public boolean has(int i, int flag) { return (flags[i] & flag) != 0; }
    public long timeBefore(int i) { return timeBefore[i]; }
    public long timeAfter(int i) { return timeAfter[i]; }
    public Choice choice(int i) { return Choice.of(kind(i), cpu(i)); }
    /** The CPU's frames before the choice, outermost first (for a step the step that runs is the last). */
    public List<Step> stack(int i) { return stacks.get(stack[i]); }
    /** The fingerprint of what choice {@code i} changed; 0 when it changed nothing. */
    public long effect(int i) { return effect[i]; }
    public List<Arrow> arrows() { return java.util.Collections.unmodifiableList(arrows); }
    /** The marks in choice order. */
    public List<Mark> marks() { return java.util.Collections.unmodifiableList(marks); }
    int arrowCount() { return arrows.size(); }

    /** The time at position {@code p} (after p choices): the clock of choice p, or after the last one. */
    public long timeAt(int p) {
        if (size == 0) return 0;
        if (p < size) return timeBefore[Math.max(0, p)];
        return timeAfter[size - 1];
    }

    /** Number of choices CPU {@code c} made. */
    public int countOf(int c) { return perCpu[c].size(); }
    /** The k-th choice index of CPU {@code c}. */
    public int indexOf(int c, int k) { return perCpu[c].get(k); }
    /** The position in CPU {@code c}'s list of its first choice at or after index {@code i}. */
    public int firstAtOrAfter(int c, int i) { return perCpu[c].lowerBound(i); }

    /** The next choice index >= from whose flags include {@code flag}, or -1. */
    public int findForward(int from, int flag) {
        for (int i = Math.max(0, from); i < size; i++) if ((flags[i] & flag) != 0) return i;
        return -1;
    }

    /** The last choice index <= from whose flags include {@code flag}, or -1. */
    public int findBackward(int from, int flag) {
        for (int i = Math.min(from, size - 1); i >= 0; i--) if ((flags[i] & flag) != 0) return i;
        return -1;
    }

    /** One line describing choice {@code i}, as in the engine's trace ("#12 CPU0 CTS8 console_trylock_spinning"). */
    public String describe(int i) {
        Step s = step(i);
        String what = switch (kind(i)) {
            case NMI -> "NMI lands: " + s.function() + " -> halted";
            case IPI -> "REBOOT IPI lands: stop_this_cpu -> halted";
            case PANIC -> "enters panic()";
            case STALL -> "vCPU descheduled (one time unit)";
            case STEP -> s.id() + " " + s.function();
        };
        return "#" + (i + 1) + " CPU" + cpu(i) + " " + what;
    }
}
