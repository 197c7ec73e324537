package org.panicscope.engine;

import java.util.ArrayList;
import java.util.List;
import org.panicscope.model.Cpu;
import org.panicscope.model.Kernel;
import org.panicscope.model.Machine;
import org.panicscope.model.ModelError;
import org.panicscope.model.Step;

/**
 * One run of the model: the state, the choices applied so far, the trace and the verdict. Every mode drives a run
 * through the same two calls, {@link #enabled()} and {@link #apply(Choice)}: the user's clicks, replay of a
 * schedule string, seeded random trials and exhaustive exploration. A run is therefore fully described by its
 * choices, and replaying them reproduces it exactly.
 *
 * <p>Timed mode (the default) honours the costs of design doc §2.3: each CPU has a clock, a step advances it by
 * the step's cost, and only a CPU whose clock is the smallest may step, so no CPU runs ahead of the others in
 * time; steps of zero cost at the same instant interleave freely. Untimed mode drops the costs (pure
 * interleaving). Interrupts land within {@code D_irq} time units of being sent; after that they are forced.
 */
public final class Run {
    private final Kernel k;
    private final boolean timed;
    private final boolean explore;
    private final Mode mode;

    /**
     * REPLAY: {@code p} may come at any time and the default policy fires at panicAt; a panic unfinished after H is a
     * livelock. EXPLORE: the panic starts inside [panicAt, panicAt+panicWindow]; livelocks are found as fair
     * cycles, not by time. TRIAL: the window of EXPLORE and the time criterion of REPLAY (Stephen's 60 s).
     */
    public enum Mode { REPLAY, EXPLORE, TRIAL }
    private final ChoiceList history;
    private final List<TraceEvent> trace;
    private Outcome outcome;
    private long panicStart = -1;
    private int lastStepped = -1;
    /** now() is a function of the clocks and statuses, which change only in apply(). */
    private long nowCache;
    private boolean nowValid;
    /** Exploration: the reader of the snapshots this run {@link #load}s, reused. */
    private final org.panicscope.model.Snapshot.Loader loader = new org.panicscope.model.Snapshot.Loader();

    /**
     * @param explore restrict the panic start to the scenario's window [panicAt, panicAt+panicWindow] (exploration
     *                and trials); otherwise {@code p} may come at any time and the default policy fires at panicAt
     */
    public Run(Kernel initial, boolean timed, boolean explore, boolean tracing) {
        this(initial, timed, explore ? Mode.EXPLORE : Mode.REPLAY, tracing);
    }

    public Run(Kernel initial, boolean timed, Mode mode, boolean tracing) {
        this.k = initial;
        this.timed = timed;
        this.mode = mode;
        this.explore = mode != Mode.REPLAY;
        this.history = new ChoiceList();
        this.trace = tracing ? new ArrayList<>() : null;
    }

    private Run(Run o, boolean keepHistory) {
        k = o.k.copy();
        timed = o.timed;
        explore = o.explore;
        mode = o.mode;
        history = keepHistory ? new ChoiceList(o.history) : new ChoiceList();
        trace = o.trace == null ? null : new ArrayList<>(o.trace);
        outcome = o.outcome;
        panicStart = o.panicStart;
        lastStepped = o.lastStepped;
    }

    public Run copy() { return new Run(this, true); }

    /**
     * Exploration: this run takes the state saved in {@code saved} ({@link org.panicscope.model.Snapshot}) of a
     * kernel of the same scenario ({@code len} bytes at {@code off}), unfinished, with no history. The panic start
     * time and the last CPU stepped are forgotten: only replay and trials read them (the H criterion, the
     * round-robin default policy).
     */
    void load(byte[] b, int off, int len) {
        loader.load(k, b, off, len);
        reset();
    }

    /** Exploration: as {@link #load}, from a kernel of the same scenario instead of a snapshot (a field copy). */
    void restore(Kernel base) {
        k.restore(base);
        reset();
    }

    private void reset() {
        outcome = null;
        history.clear();
        panicStart = -1;
        lastStepped = -1;
        nowValid = false;
    }
    /** A copy without history or trace (exploration keeps its own parent pointers). */
    public Run fork() { return new Run(this, false); }

    public Kernel kernel() { return k; }
    public boolean timed() { return timed; }
    public List<Choice> history() { return history; }
    public List<TraceEvent> trace() { return trace == null ? List.of() : trace; }
    public Outcome outcome() { return outcome; }
    public boolean finished() { return outcome != null; }
    public long panicStart() { return panicStart; }
    /** Exploration / trial mode: the panic starts inside the scenario's window; no livelock verdict by time. */
    public boolean exploring() { return mode == Mode.EXPLORE; }
    public Mode mode() { return mode; }
    public Schedule schedule() { return Schedule.of(history).withUntimed(!timed); }

    /** The time now: the smallest clock of a CPU that can still run (or the largest clock when none can). */
    public long now() {
        if (nowValid) return nowCache;
        long min = Long.MAX_VALUE, max = 0;
        for (int i = 0; i < k.cpuCount(); i++) {
            Cpu c = k.cpu(i);
            max = Math.max(max, c.clock());
            if (c.status().runnable()) min = Math.min(min, c.clock());
        }
        knowNow(now(min, max));
        return nowCache;
    }

    /** The time now from the smallest clock of a runnable CPU ({@code Long.MAX_VALUE}: none) and the largest clock. */
    static long now(long minRunnable, long maxClock) {
        return minRunnable == Long.MAX_VALUE ? maxClock : minRunnable;
    }

    /** {@link #now()} as a caller that looked at every CPU found it ({@link TrialScheduler#next}), until the next choice. */
    void knowNow(long now) {
        nowCache = now;
        nowValid = true;
    }

    // ---- what may happen next ---------------------------------------------------------------------------------

    /** A pending interrupt whose latency bound is used up must land before the CPU's next step. */
    public boolean forcedInterrupt(int id) {
        return overdue(k.cpu(id), Machine.canDeliverNmi(k, id), Machine.canDeliverIpi(k, id));
    }

    /** {@link #forcedInterrupt} given whether an NMI and an IPI can be delivered to {@code c} now. */
    private boolean overdue(Cpu c, boolean nmi, boolean ipi) {
        int d = k.params.D_irq;
        return (nmi && c.clock() >= c.nmiSent() + d) || (ipi && c.clock() >= c.ipiSent() + d);
    }

    private boolean panicDue(Cpu c) {
        return explore && c.id == k.triggerCpu && !c.panicked()
                && c.clock() >= (long) k.params.panicAt + k.params.panicWindow && canTrigger(c);
    }

    private boolean canTrigger(Cpu c) {
        if (c.id != k.triggerCpu || c.panicked() || !c.status().runnable()) return false;
        return k.params.panicVia == org.panicscope.model.Params.PanicVia.NMI ? !c.inNmi() : c.pc() == Step.PT;
    }

    public boolean isEnabled(Choice ch) {
        if (outcome != null || ch.cpu() < 0 || ch.cpu() >= k.cpuCount()) return false;
        Cpu c = k.cpu(ch.cpu());
        return switch (ch.kind()) {
            case NMI -> Machine.canDeliverNmi(k, ch.cpu());
            case IPI -> Machine.canDeliverIpi(k, ch.cpu());
            case PANIC -> canPanic(c);
            case STEP -> canStep(ch.cpu());
            case STALL -> canStall(c);
        };
    }

    /** Every choice enabled now, in a fixed order (interrupts, panic triggers, then steps by CPU). */
    public List<Choice> enabled() { return enabled(new ArrayList<>(4)); }

    /** {@link #enabled()} into {@code l}, emptied first (the explorer's, reused). */
    List<Choice> enabled(List<Choice> l) {
        l.clear();
        if (outcome != null) return l;
        int n = k.cpuCount();
        for (int i = 0; i < n; i++) if (Machine.canDeliverNmi(k, i)) l.add(Choice.nmi(i));
        for (int i = 0; i < n; i++) if (Machine.canDeliverIpi(k, i)) l.add(Choice.ipi(i));
        for (int i = 0; i < n; i++) if (isEnabled(Choice.panic(i))) l.add(Choice.panic(i));
        long now = timed ? now() : 0;
        for (int i = 0; i < n; i++) {
            Cpu c = k.cpu(i);
            if (stepAllowed(c, Machine.canDeliverNmi(k, i), Machine.canDeliverIpi(k, i), now)) l.add(Choice.step(i));
        }
        if (k.params.vcpuStall > 0) for (int i = 0; i < n; i++) if (isEnabled(Choice.stall(i))) l.add(Choice.stall(i));
        return l;
    }

    /** Whether CPU {@code i} may take a step now (the STEP case of {@link #isEnabled}, without allocation). */
    public boolean canStep(int i) {
        if (outcome != null) return false;
        Cpu c = k.cpu(i);
        return c.status().runnable() && stepAllowed(c, Machine.canDeliverNmi(k, i), Machine.canDeliverIpi(k, i), timed ? now() : 0);
    }

    /**
     * The STEP rule, for callers that already know whether an NMI and an IPI can be delivered to {@code c} and the
     * time {@code now} ({@link #now()}, any value untimed): {@link #canStep}, {@link #enabled} and {@link #chainNext}
     * share it, and {@link TrialScheduler#next} asks its two halves ({@link #stepBlocked}, the clock at now). The
     * run must not be over.
     */
    boolean stepAllowed(Cpu c, boolean nmi, boolean ipi, long now) {
        return c.status().runnable() && (!timed || c.clock() == now) && !stepBlocked(c, nmi, ipi);
    }

    /** What keeps a runnable CPU at the time now from stepping: an overdue interrupt or the panic it must enter. */
    boolean stepBlocked(Cpu c, boolean nmi, boolean ipi) {
        return overdue(c, nmi, ipi) || panicDue(c);
    }

    /** The PANIC case of {@link #isEnabled} (the run not over). */
    boolean canPanic(Cpu c) {
        return canTrigger(c) && (!explore || c.clock() >= k.params.panicAt);
    }

    /** The STALL case of {@link #isEnabled}. */
    private boolean canStall(Cpu c) {
        return timed && c.status().runnable() && c.stalled() < k.params.vcpuStall && c.clock() == now()
                && !forcedInterrupt(c.id);
    }

    /** False for the explorer's working run, whose choices the explorer keeps itself ({@link #withoutHistory}). */
    private boolean keepHistory = true;

    /** This run no longer records its choices: {@link #history()} stays empty (the explorer's working run). */
    Run withoutHistory() {
        keepHistory = false;
        history.clear();
        return this;
    }

    /** Set by {@link #chainNext}: the choice it returned is the only enabled one, not a due local step. */
    boolean chainForced;

    /**
     * The explorer's next choice inside a chain ({@code Search.Expander.chain}, which asks after every step, about twelve
     * times per transition): the step of the lowest CPU whose next step is CPU-local
     * ({@link Machine#nextStepIsLocal}) and enabled; else, when {@code forcedOk}, the only enabled choice
     * ({@link #onlyEnabled}, then {@link #chainForced} is set); else null. The same answers as asking
     * {@link #canStep} per CPU and then {@link #onlyEnabled}, from one pass over the CPUs.
     */
    Choice chainNext(boolean forcedOk) {
        chainForced = false;
        if (outcome != null) return null;
        int n = k.cpuCount(), stall = k.params.vcpuStall;
        long now = timed ? now() : 0;
        Choice only = null;
        int found = 0;
        for (int i = 0; i < n; i++) {
            Cpu c = k.cpu(i);
            if (!c.status().runnable()) continue; // no choice of any kind for a CPU that cannot run
            boolean nmi = Machine.canDeliverNmi(k, i), ipi = Machine.canDeliverIpi(k, i);
            boolean overdue = overdue(c, nmi, ipi);
            boolean atNow = !timed || c.clock() == now;
            boolean step = stepAllowed(c, nmi, ipi, now);
            if (step && Machine.nextStepIsLocal(k, i, timed)) return Choice.step(i);
            if (found > 1) continue; // not forced any more; a later CPU may still have a local step due
            if (nmi) { found++; only = Choice.nmi(i); }
            if (ipi) { found++; only = Choice.ipi(i); }
            if (i == k.triggerCpu && canPanic(c)) { found++; only = Choice.panic(i); }
            if (step) { found++; only = Choice.step(i); }
            if (stall > 0 && timed && c.stalled() < stall && atNow && !overdue) { found++; only = Choice.stall(i); }
        }
        if (!forcedOk || found != 1) return null;
        chainForced = true;
        return only;
    }

    /** The only enabled choice, or null when there is none or more than one (the explorer's forced choices). */
    public Choice onlyEnabled() {
        if (outcome != null) return null;
        int n = k.cpuCount();
        Choice found = null;
        for (int i = 0; i < n; i++) {
            Cpu c = k.cpu(i);
            if (Machine.canDeliverNmi(k, i)) { if (found != null) return null; found = Choice.nmi(i); }
            if (Machine.canDeliverIpi(k, i)) { if (found != null) return null; found = Choice.ipi(i); }
            if (i == k.triggerCpu && canPanic(c)) { if (found != null) return null; found = Choice.panic(i); }
            if (canStep(i)) { if (found != null) return null; found = Choice.step(i); }
            if (k.params.vcpuStall > 0 && canStall(c)) { if (found != null) return null; found = Choice.stall(i); }
        }
        return found;
    }

    /**
     * The default policy (docs/schedule.md): deliver a deliverable interrupt at once (lowest CPU, NMI first), fire
     * the panic trigger once its time has come, else step the CPU that is furthest behind in time (timed) or the
     * next CPU in round-robin order (untimed). Deterministic, so a run continued by it replays exactly.
     */
    public Choice defaultChoice() {
        if (outcome != null) return null;
        int n = k.cpuCount();
        for (int i = 0; i < n; i++) if (isEnabled(Choice.nmi(i))) return Choice.nmi(i);
        for (int i = 0; i < n; i++) if (isEnabled(Choice.ipi(i))) return Choice.ipi(i);
        Cpu t = k.cpu(k.triggerCpu);
        if (canTrigger(t) && t.clock() >= k.params.panicAt && isEnabled(Choice.panic(t.id))) return Choice.panic(t.id);
        return stepChoice(timed ? 0 : lastStepped + 1);
    }

    /**
     * What must happen before CPU {@code cpu} may step while a schedule is replayed: a forced interrupt, or (timed)
     * a step of a CPU that is behind in time. Never a panic trigger or an early interrupt: those only happen when
     * the schedule says so. Returns null when nothing can happen.
     */
    public Choice catchUp() {
        if (outcome != null) return null;
        int n = k.cpuCount();
        for (int i = 0; i < n; i++) if (forcedInterrupt(i)) return Machine.canDeliverNmi(k, i) ? Choice.nmi(i) : Choice.ipi(i);
        for (int i = 0; i < n; i++) if (panicDue(k.cpu(i))) return Choice.panic(i);
        return stepChoice(0);
    }

    private Choice stepChoice(int from) {
        int n = k.cpuCount();
        for (int j = 0; j < n; j++) {
            int i = (from + j) % n;
            if (isEnabled(Choice.step(i))) return Choice.step(i);
        }
        return null;
    }

    // ---- doing it ---------------------------------------------------------------------------------------------

    /** Applies one choice; throws IllegalStateException when it is not enabled now. */
    public void apply(Choice ch) {
        if (!isEnabled(ch)) throw new IllegalStateException(whyNot(ch));
        applyEnabled(ch);
    }

    /** {@link #apply} of a choice the caller knows to be enabled (the explorer's, taken from the enabled ones). */
    void applyEnabled(Choice ch) {
        Cpu c = k.cpu(ch.cpu());
        long time = c.clock();
        nowValid = false;
        String[] before = trace != null ? k.sharedValues() : null;
        String cpuBefore = trace != null ? StateDiff.cpuState(c) : null;
        Step ran;
        try {
            ran = switch (ch.kind()) {
                case STEP -> Machine.step(k, ch.cpu(), timed);
                case NMI -> Machine.deliverNmi(k, ch.cpu());
                case IPI -> Machine.deliverIpi(k, ch.cpu());
                case PANIC -> Machine.triggerPanic(k, ch.cpu());
                case STALL -> Machine.stall(k, ch.cpu());
            };
        } catch (ModelError e) {
            history.add(ch);
            outcome = new Outcome(Verdict.ERROR, "model error after " + ch + ": " + e.getMessage(), List.of(), "model error");
            return;
        }
        if (ch.kind() == Choice.Kind.STEP) lastStepped = ch.cpu();
        if (ch.kind() == Choice.Kind.PANIC) panicStart = c.clock();
        if (keepHistory) history.add(ch);
        if (trace != null) {
            trace.add(new TraceEvent(history.size(), time, ch.cpu(), ch, ran.id(), functionOf(ch.kind(), ran, k.params.panicVia),
                    StateDiff.of(before, k.sharedValues(), cpuBefore, StateDiff.cpuState(c))));
        }
        outcome = Verdicts.detect(this);
    }

    /** Why a choice cannot be applied now, in words. */
    public String whyNot(Choice ch) {
        if (outcome != null) return "the run is over (" + outcome.verdict() + ")";
        if (ch.cpu() < 0 || ch.cpu() >= k.cpuCount()) return "there is no CPU" + ch.cpu() + " (this scenario has " + k.cpuCount() + " CPUs)";
        Cpu c = k.cpu(ch.cpu());
        return switch (ch.kind()) {
            case NMI -> c.pendingNmi() == Cpu.NmiKind.NONE ? "CPU" + c.id + " has no pending NMI" : "CPU" + c.id + " cannot take an NMI now (" + c.status() + ")";
            case IPI -> !c.pendingIpi() ? "CPU" + c.id + " has no pending REBOOT IPI" : "CPU" + c.id + " has IRQs off: a REBOOT IPI cannot land";
            case PANIC -> c.id != k.triggerCpu ? "CPU" + c.id + " is not the CPU that panics (CPU" + k.triggerCpu + ")"
                    : c.panicked() ? "CPU" + c.id + " has already entered panic()" : "CPU" + c.id + " cannot enter panic() now";
            case STEP -> !c.status().runnable() ? "CPU" + c.id + " is " + c.status().name().toLowerCase().replace('_', '-')
                    : forcedInterrupt(c.id) ? "CPU" + c.id + " must first take its pending interrupt (latency bound D_irq reached)"
                    : panicDue(c) ? "CPU" + c.id + " must enter panic() first (end of the panic window)"
                    : "CPU" + c.id + " is ahead in time (t=" + c.clock() + ", now " + now() + ")";
            case STALL -> !timed ? "stalls exist only in timed mode" : k.params.vcpuStall == 0 ? "this scenario does not allow vCPU stalls (vcpuStall = 0)"
                    : c.stalled() >= k.params.vcpuStall ? "CPU" + c.id + " has already stalled vcpuStall = " + k.params.vcpuStall + " units in a row"
                    : "CPU" + c.id + " cannot stall now";
        };
    }

    /** Ends the run without a verdict: the drive loop's budget (choices or heap) is used up. */
    void noVerdict(String reason, String cause) {
        if (outcome == null) outcome = new Outcome(Verdict.NO_VERDICT, reason, List.of(), cause);
    }

    /** Ends the run as a livelock found by a repeating cycle (a replayed exploration witness). */
    void livelock(String reason, String cause) {
        if (outcome == null) outcome = new Outcome(Verdict.LL, reason, List.of(), cause);
    }

    /**
     * What the trace names as the function of a choice: the step's function, or for an interrupt, a panic entry or a
     * stall what happens instead ({@code ran} is the step {@link #apply} ran: NH3, NH1 or SN for an NMI).
     */
    public static String functionOf(Choice.Kind kind, Step ran, org.panicscope.model.Params.PanicVia via) {
        return switch (kind) {
            case NMI -> ran == Step.SN ? "NMI: smp_stop_nmi_callback -> halted" : "NMI: crash_nmi_callback -> halted";
            case IPI -> "REBOOT IPI: stop_this_cpu -> halted";
            case PANIC -> via == org.panicscope.model.Params.PanicVia.NMI ? "watchdog NMI -> panic()" : "sysrq-c -> panic()";
            case STEP -> ran.function();
            case STALL -> "vCPU descheduled by the host (one time unit)";
        };
    }

}
