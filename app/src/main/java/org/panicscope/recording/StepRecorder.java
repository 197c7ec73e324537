package org.panicscope.recording;

import java.util.List;
import org.panicscope.engine.Choice;
import org.panicscope.engine.Releaser;
import org.panicscope.engine.Run;
import org.panicscope.engine.StateDiff;
import org.panicscope.model.Cpu;
import org.panicscope.model.CpuStatus;
import org.panicscope.model.Kernel;
import org.panicscope.model.NbconConsole;
import org.panicscope.model.Resource;
import org.panicscope.model.Step;

/**
 * Reads the model's state before and after each choice and writes one row of the {@link StepLog}: which step
 * ran, what the CPU is doing afterwards, its frames, the fingerprint of what changed, which events happened (halt,
 * spin, drop, hand-over, interrupts sent and delivered), and the arrows and marks with their sentences. The one
 * place that works out what happened between CPUs, for the window, the exports and {@code compare} alike. It only
 * compares state the model exposes; it decides nothing.
 */
final class StepRecorder {
    private final StepLog log;
    private final int n;
    // state before the current choice
    private Step pc;
    private CpuStatus status;
    private Resource spin;
    private Cpu.NmiKind pendingNmiOfChooser;
    private final Cpu.NmiKind[] pendingNmi;
    private final boolean[] pendingIpi;
    private long clock, firstSeq, nextSeq, consoleSeq, printed;
    private int consoleDropped;
    private boolean suppressPanicPrintk;
    private int frames;
    private final Step[][] lastStack; // per CPU: its frames at its last choice and their id, so most choices skip the table
    private final int[] lastStackId;
    private String cpuState;
    private String[] vars; // the shared variables now: after one choice they are those before the next
    private int arrowsSeen;
    // the nbcon console's owner, priority and hand-over request (NBCON), -1 without an nbcon console
    private int nbconCpu = -1, nbconPrio = -1, nbconReq = -1;
    // sends and hand-overs waiting for their other end
    private final int[] nmiFrom, nmiFromCpu, ipiFrom, ipiFromCpu, handFrom, handFromCpu;

    StepRecorder(StepLog log) {
        this.log = log;
        this.n = log.cpuCount();
        pendingNmi = new Cpu.NmiKind[n];
        pendingIpi = new boolean[n];
        nmiFrom = filled(); nmiFromCpu = filled(); ipiFrom = filled(); ipiFromCpu = filled();
        handFrom = filled(); handFromCpu = filled();
        lastStack = new Step[n][];
        lastStackId = new int[n];
    }

    private int[] filled() {
        int[] a = new int[n];
        java.util.Arrays.fill(a, -1);
        return a;
    }

    void before(Kernel k, Choice ch) {
        Cpu c = k.cpu(ch.cpu());
        pc = c.pc();
        status = c.status();
        spin = c.spinOn();
        pendingNmiOfChooser = c.pendingNmi();
        clock = c.clock();
        Step[] st = c.stack();
        if (!java.util.Arrays.equals(st, lastStack[ch.cpu()])) {
            lastStack[ch.cpu()] = st;
            lastStackId[ch.cpu()] = log.stackId(List.of(st));
        }
        frames = lastStackId[ch.cpu()];
        cpuState = StateDiff.cpuState(c);
        if (vars == null) vars = k.sharedValues();
        suppressPanicPrintk = k.suppressPanicPrintk();
        for (int i = 0; i < n; i++) {
            pendingNmi[i] = k.cpu(i).pendingNmi();
            pendingIpi[i] = k.cpu(i).pendingIpi();
        }
        firstSeq = k.ringBuffer().firstSeq();
        nextSeq = k.ringBuffer().nextSeq();
        consoleSeq = k.consoleSeq();
        printed = k.printed();
        consoleDropped = k.consoleDropped();
        NbconConsole nb = k.nbcon();
        nbconCpu = nb == null ? -1 : nb.ownerCpu();
        nbconPrio = nb == null ? -1 : nb.prio();
        nbconReq = nb == null ? -1 : nb.reqPrio();
    }

    void after(Kernel k, Choice ch) {
        int index = log.size();
        int id = ch.cpu();
        Cpu c = k.cpu(id);
        int f = 0;
        if (!c.irqsOn()) f |= StepLog.F_IRQS_OFF;
        if (c.inNmi()) f |= StepLog.F_IN_NMI;
        if (c.status().stopped() && !status.stopped()) f |= StepLog.F_HALT;
        if (c.status() == CpuStatus.SPIN && (status != CpuStatus.SPIN || spin != c.spinOn())) f |= StepLog.F_SPIN_START;
        if (recordLost(firstSeq, consoleSeq, consoleDropped, k)) f |= StepLog.F_DROP;
        if (k.printed() > printed) f |= StepLog.F_PRINTED;
        if (k.ringBuffer().nextSeq() > nextSeq) f |= StepLog.F_STORED;
        if ((c.status() == CpuStatus.KDUMP || c.status() == CpuStatus.DONE) && c.status() != status) f |= StepLog.F_FINISH;
        Step ran = pc;
        Activity act;
        switch (ch.kind()) {
            case NMI -> {
                f |= StepLog.F_NMI;
                ran = pendingNmiOfChooser == Cpu.NmiKind.CRASH ? (c.status().stopped() ? Step.NH3 : Step.NH1) : Step.SN;
                act = Activity.NMI;
            }
            case IPI -> { f |= StepLog.F_IPI; ran = Step.RV; act = Activity.NMI; }
            case PANIC -> { f |= StepLog.F_PANIC; ran = Step.PT; act = Activity.PANIC; }
            case STALL -> act = Activity.STALL;
            default -> {
                if (pc == Step.SD5) f |= StepLog.F_HANDOVER;
                act = c.status() == CpuStatus.SPIN ? Activity.SPIN : Activity.of(pc);
            }
        }
        for (int t = 0; t < n; t++) {
            if (t == id) continue;
            Cpu o = k.cpu(t);
            if (pendingNmi[t] == Cpu.NmiKind.NONE && o.pendingNmi() != Cpu.NmiKind.NONE) {
                f |= StepLog.F_NMI_SENT;
                nmiFrom[t] = index; nmiFromCpu[t] = id;
            }
            if (!pendingIpi[t] && o.pendingIpi()) {
                f |= StepLog.F_IPI_SENT;
                ipiFrom[t] = index; ipiFromCpu[t] = id;
            }
        }
        String[] now = k.sharedValues();
        long effect = StateDiff.fingerprint(vars, now, cpuState, StateDiff.cpuState(c));
        vars = now;
        log.add(id, ch.kind(), ran, act, c.status(), c.spinOn(), f, clock, c.clock(), frames, effect);
        arrows(k, ch, index, f);
        marks(k, ch, index, f, Run.functionOf(ch.kind(), ran, k.params.panicVia));
    }

    /** The marks of the choice just recorded, then the sends completed by it (marked at the sending choice). */
    private void marks(Kernel k, Choice ch, int i, int f, String function) {
        int idx = i + 1, id = ch.cpu();
        Cpu cpu = k.cpu(id);
        long t0 = clock;
        String name = "CPU" + id;
        if ((f & StepLog.F_PANIC) != 0) log.addMark(new Mark(Mark.Kind.PANIC, id, t0, idx, name + " enters panic() (" + function + ")"));
        if ((f & StepLog.F_NMI) != 0) log.addMark(new Mark(Mark.Kind.NMI, id, t0, idx, "NMI lands on " + name + ": " + function));
        if ((f & StepLog.F_IPI) != 0) log.addMark(new Mark(Mark.Kind.IPI, id, t0, idx, "REBOOT IPI lands on " + name + ": stop_this_cpu()"));
        if ((f & StepLog.F_DROP) != 0)
            log.addMark(new Mark(Mark.Kind.DROP, id, t0, idx, k.consoleDropped() > consoleDropped
                    ? "the console skips a record it can no longer print (console_dropped " + k.consoleDropped() + ")"
                    : "record " + (k.ringBuffer().firstSeq() - 1) + " overwritten before the console printed it (ring buffer full)"));
        if (k.suppressPanicPrintk() && !suppressPanicPrintk)
            log.addMark(new Mark(Mark.Kind.SUPPRESS, id, t0, idx, "P3: too many dropped messages: suppress_panic_printk = 1"));
        if ((f & StepLog.F_HALT) != 0)
            log.addMark(new Mark(Mark.Kind.HALT, id, cpu.clock(), idx, name + " " + (cpu.status() == CpuStatus.SELF_STOPPED ? "self-stopped" : "halted")
                    + " at " + cpu.pc() + " (" + cpu.pc().function() + ")"));
        if ((f & StepLog.F_FINISH) != 0)
            log.addMark(cpu.status() == CpuStatus.KDUMP
                    ? new Mark(Mark.Kind.KDUMP, id, cpu.clock(), idx, name + " jumps into the kdump kernel (machine_kexec)")
                    : new Mark(Mark.Kind.DONE, id, cpu.clock(), idx, name + " completed panic()"));
        for (; arrowsSeen < log.arrowCount(); arrowsSeen++) {
            Arrow a = log.arrows().get(arrowsSeen);
            if (a.kind() != Arrow.Kind.NMI && a.kind() != Arrow.Kind.IPI) continue;
            String what = a.kind() == Arrow.Kind.NMI ? " sends an NMI to CPU" : " sends a REBOOT IPI to CPU";
            log.addMark(new Mark(a.kind() == Arrow.Kind.NMI ? Mark.Kind.NMI_SENT : Mark.Kind.IPI_SENT, a.fromCpu(), log.timeBefore(a.fromIndex()),
                    a.fromIndex() + 1, "CPU" + a.fromCpu() + what + a.toCpu() + " (" + log.step(a.fromIndex()) + ")"));
        }
    }

    /**
     * A record was lost before the console printed it, by the choice that led to {@code after}: the console skipped
     * one (console_dropped grew), or the ring buffer overwrote a record the console had not reached yet. The one
     * rule of a drop, for the app's events and the recording's marks alike; read from the state, never the trace.
     */
    static boolean recordLost(long firstSeqBefore, long consoleSeqBefore, int droppedBefore, Kernel after) {
        return after.consoleDropped() > droppedBefore || (after.ringBuffer().firstSeq() > firstSeqBefore && firstSeqBefore >= consoleSeqBefore);
    }

    private void arrows(Kernel k, Choice ch, int index, int f) {
        int id = ch.cpu();
        if (handFrom[id] >= 0) {
            log.addArrow(new Arrow(Arrow.Kind.HANDOVER, handFrom[id], handFromCpu[id], index, id, "console_sem handed over", false,
                    "console hand-over: CPU" + handFromCpu[id] + " (SD5) passes console_sem to CPU" + id + " (" + log.step(index) + ")"));
            handFrom[id] = -1;
        }
        if ((f & StepLog.F_NMI) != 0 && nmiFrom[id] >= 0) {
            log.addArrow(new Arrow(Arrow.Kind.NMI, nmiFrom[id], nmiFromCpu[id], index, id, "NMI", false,
                    "NMI from CPU" + nmiFromCpu[id] + " lands on CPU" + id));
            nmiFrom[id] = -1;
        }
        if ((f & StepLog.F_IPI) != 0 && ipiFrom[id] >= 0) {
            log.addArrow(new Arrow(Arrow.Kind.IPI, ipiFrom[id], ipiFromCpu[id], index, id, "REBOOT IPI", false,
                    "REBOOT IPI from CPU" + ipiFromCpu[id] + " lands on CPU" + id));
            ipiFrom[id] = -1;
        }
        if ((f & StepLog.F_HANDOVER) != 0) {
            for (int w = 0; w < n; w++) {
                if (w != id && k.cpu(w).pc() == Step.CTS8) { handFrom[w] = index; handFromCpu[w] = id; }
            }
        }
        nbconArrows(k, id, index);
        Cpu c = k.cpu(id);
        if ((f & StepLog.F_SPIN_START) != 0) {
            int h = Releaser.of(k, c);
            if (h >= 0 && h != id)
                log.addArrow(new Arrow(Arrow.Kind.WAIT_FOR, index, id, index, h, "waits for CPU" + h + " (" + c.spinOn().label() + ")",
                        k.cpu(h).status().stopped(), waitText(c, h, k.cpu(h).status().stopped())));
        }
        if ((f & StepLog.F_HALT) != 0) {
            for (int s = 0; s < n; s++) {
                Cpu o = k.cpu(s);
                if (s != id && o.status() == CpuStatus.SPIN && Releaser.of(k, o) == id)
                    log.addArrow(new Arrow(Arrow.Kind.WAIT_FOR, index, s, index, id,
                            "waits for CPU" + id + " (" + o.spinOn().label() + "), now halted", true, waitText(o, id, true)));
            }
        }
    }

    /**
     * NBCON: a hand-over request (req_prio set) as a wait-for arrow to the owner, severe when the owner is halted;
     * a change of owner from another CPU as a hand-over arrow, named by how it happened (NB1 direct, NB3 the
     * requested hand-over, NB5 hostile).
     */
    private void nbconArrows(Kernel k, int id, int index) {
        NbconConsole nb = k.nbcon();
        if (nb == null) return;
        boolean owned = nbconPrio > NbconConsole.PRIO_NONE && nbconCpu >= 0;
        if (nbconReq == NbconConsole.PRIO_NONE && nb.reqPrio() != NbconConsole.PRIO_NONE && owned && nbconCpu != id) {
            boolean stopped = k.cpu(nbconCpu).status().stopped();
            log.addArrow(new Arrow(Arrow.Kind.WAIT_FOR, index, id, index, nbconCpu, "requests a hand-over of the nbcon console from CPU"
                    + nbconCpu + " (req_prio " + NbconConsole.prioName(nb.reqPrio()) + ", bounded wait)", stopped, waitText(k.cpu(id), nbconCpu, stopped)));
        }
        if (nb.prio() != NbconConsole.PRIO_NONE && nb.ownerCpu() == id && nbconCpu >= 0 && nbconCpu != id && (owned || pc == Step.NB3)) {
            String how = pc == Step.NB5 ? "taken over hostilely (unsafe)" : pc == Step.NB3 ? "handed over" : "taken over directly";
            log.addArrow(new Arrow(Arrow.Kind.HANDOVER, index, nbconCpu, index, id, "nbcon console " + how, false,
                    "console hand-over: CPU" + nbconCpu + " (SD5) passes console_sem to CPU" + id + " (" + log.step(index) + ")"));
        }
    }

    /** A wait-for in a sentence: where the spinner spins, on what, for whom. */
    private static String waitText(Cpu spinner, int holder, boolean stopped) {
        return "CPU" + spinner.id + " spins at " + spinner.pc() + " on " + (spinner.spinOn() != null ? spinner.spinOn().label() : "a lock")
                + ", waiting for CPU" + holder + (stopped ? " (halted: it will never release it)" : "");
    }
}
