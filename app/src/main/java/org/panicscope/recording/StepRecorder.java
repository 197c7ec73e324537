package org.panicscope.recording;

import org.panicscope.engine.Choice;
import org.panicscope.engine.Releaser;
import org.panicscope.model.Cpu;
import org.panicscope.model.CpuStatus;
import org.panicscope.model.Kernel;
import org.panicscope.model.NbconConsole;
import org.panicscope.model.Resource;
import org.panicscope.model.Step;

/**
 * Reads the model's state before and after each choice and writes one row of the {@link StepLog}: which step
 * ran, what the CPU is doing afterwards, which events happened (halt, spin, drop, hand-over, interrupts sent and
 * delivered) and the arrows between lanes. It only compares state the model exposes; it decides nothing.
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
        log.add(id, ch.kind(), ran, act, c.status(), c.spinOn(), f, clock, c.clock());
        arrows(k, ch, index, f);
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
            log.addArrow(new Arrow(Arrow.Kind.HANDOVER, handFrom[id], handFromCpu[id], index, id, "console_sem handed over", false));
            handFrom[id] = -1;
        }
        if ((f & StepLog.F_NMI) != 0 && nmiFrom[id] >= 0) {
            log.addArrow(new Arrow(Arrow.Kind.NMI, nmiFrom[id], nmiFromCpu[id], index, id, "NMI", false));
            nmiFrom[id] = -1;
        }
        if ((f & StepLog.F_IPI) != 0 && ipiFrom[id] >= 0) {
            log.addArrow(new Arrow(Arrow.Kind.IPI, ipiFrom[id], ipiFromCpu[id], index, id, "REBOOT IPI", false));
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
                        k.cpu(h).status().stopped()));
        }
        if ((f & StepLog.F_HALT) != 0) {
            for (int s = 0; s < n; s++) {
                Cpu o = k.cpu(s);
                if (s != id && o.status() == CpuStatus.SPIN && Releaser.of(k, o) == id)
                    log.addArrow(new Arrow(Arrow.Kind.WAIT_FOR, index, s, index, id,
                            "waits for CPU" + id + " (" + o.spinOn().label() + "), now halted", true));
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
        if (nbconReq == NbconConsole.PRIO_NONE && nb.reqPrio() != NbconConsole.PRIO_NONE && owned && nbconCpu != id)
            log.addArrow(new Arrow(Arrow.Kind.WAIT_FOR, index, id, index, nbconCpu, "requests a hand-over of the nbcon console from CPU"
                    + nbconCpu + " (req_prio " + NbconConsole.prioName(nb.reqPrio()) + ", bounded wait)", k.cpu(nbconCpu).status().stopped()));
        if (nb.prio() != NbconConsole.PRIO_NONE && nb.ownerCpu() == id && nbconCpu >= 0 && nbconCpu != id && (owned || pc == Step.NB3)) {
            String how = pc == Step.NB5 ? "taken over hostilely (unsafe)" : pc == Step.NB3 ? "handed over" : "taken over directly";
            log.addArrow(new Arrow(Arrow.Kind.HANDOVER, index, nbconCpu, index, id, "nbcon console " + how, false));
        }
    }
}
