package org.panicscope.model;

import static org.panicscope.model.Ops.goTo;

/**
 * Printing on the nbcon console [K-nbcon, nbcon.c @ 571c1ea91a73]: nbcon_emit_next_record() (l.957-1085) with the
 * driver's write callback (NE1-NE3, ND1-ND3; nbcon_enter_unsafe() l.877, nbcon_exit_unsafe() l.901), the atomic
 * flush (NF1-NF4: __nbcon_atomic_flush_pending_con() l.1493-1527 with spinwait_max_us = 2000 at l.1501,
 * nbcon_atomic_flush_pending_con() l.1541-1583, nbcon_atomic_flush_pending() l.1623, nbcon_atomic_flush_unsafe()
 * l.1635) and the printer thread (NK1-NK3: nbcon_kthread_func() l.1184-1236, nbcon_emit_one() l.1104-1141). Emit returns 1 (printed, still the owner), 2 (nothing to
 * print, still the owner) or 0 (ownership lost: back out).
 *
 * <p>Model choice [I]: the driver marks the whole record as one unsafe section (ND1 to ND3), as a UART driver does
 * around the register writes of one line; NE3 merges the enter_unsafe / seq update / exit_unsafe of nbcon_emit_next_
 * record's tail into one step.
 */
final class Emit {
    private Emit() { }

    private static final int PRIO_MASK = 3;

    /** A frame at one of these steps keeps {@link Local#STOP_SEQ}, a sequence number ({@link StateKey#stopSeq}); at NF1 it is the last flush's, about to be replaced. */
    static boolean holdsStopSeq(Step at) { return at == Step.NF1 || at == Step.NF2 || at == Step.NF3 || at == Step.NF4; }

    /** An emit frame at one of these steps has read its record at NE1 and updates nbcon_seq at NE3. */
    static boolean printsRecord(Step at) {
        return at == Step.NE2 || at == Step.ND1 || at == Step.ND2 || at == Step.ND3 || at == Step.NE3;
    }

    static void step(Kernel k, Cpu c, NbconConsole n) {
        int prio = c.get(Local.NBCON_CTXT) & PRIO_MASK;
        switch (c.pc) {
            case NE1 -> {
                if (!Nbcon.updateUnsafe(n, c, prio, true)) { c.ret(0); return; }
                long seq = k.rb.read(n.seq);
                if (seq < 0) { goTo(c, Step.NE2); c.phase(1); return; } // no backlog
                if (seq > n.seq) {
                    // gap: "** N printk messages dropped **" goes out with the record; records lost to this console
                    k.degradations.add(Kernel.Degradation.RECORDS_LOST);
                    n.seq = seq;
                }
                goTo(c, Step.NE2);
            }
            case NE2 -> {
                boolean none = c.phase() == 1;
                if (!Nbcon.updateUnsafe(n, c, prio, false)) c.ret(0);
                else if (none) c.ret(2);
                else { goTo(c, Step.ND1); c.set(Local.CHARS, 0); }
            }
            case ND1 -> {
                if (Nbcon.updateUnsafe(n, c, prio, true)) goTo(c, Step.ND2);
                else c.ret(0); // nbcon_enter_unsafe() false: ownership lost, the driver backs out
            }
            case ND2 -> {
                c.set(Local.CHARS, c.get(Local.CHARS) + 1);
                c.cost = 1;
                if (c.get(Local.CHARS) >= k.params.W) goTo(c, Step.ND3);
            }
            case ND3 -> {
                n.printed++; // the line is on the wire, whatever happens to the ownership next
                k.printed++;
                if (Nbcon.updateUnsafe(n, c, prio, false)) goTo(c, Step.NE3);
                else c.ret(0);
            }
            case NE3 -> {
                if (!Nbcon.updateUnsafe(n, c, prio, true)) { c.ret(0); return; }
                n.seq++; // nbcon_seq_try_update(ctxt, pmsg.seq + 1)
                c.ret(Nbcon.updateUnsafe(n, c, prio, false) ? 1 : 0);
            }
            default -> flushOrThread(k, c, n);
        }
    }

    private static void flushOrThread(Kernel k, Cpu c, NbconConsole n) {
        int prio = c.get(Local.NBCON_CTXT) & PRIO_MASK;
        switch (c.pc) {
            case NF1 -> {
                if (n.seq >= k.rb.nextSeq()) { c.ret(0); return; }
                c.set(Local.STOP_SEQ, (int) k.rb.nextSeq());
                c.irqSave(); // nbcon_atomic_flush_pending_con(): local_irq_save()
                goTo(c, Step.NF2);
            }
            case NF2 -> {
                if (c.phase() == 0) {
                    c.phase(1);
                    callAcquire(c, c.get(Local.NBCON_CTXT) | Nbcon.SPINWAIT); // spinwait_max_us = 2000
                } else if (c.ret == 0) {
                    c.irqRestore(); // -EPERM: another context owns the console and is responsible for it
                    c.ret(0);
                } else {
                    goTo(c, Step.NF3);
                }
            }
            case NF3 -> {
                if (c.phase() == 0) {
                    if (n.seq >= c.get(Local.STOP_SEQ)) { goTo(c, Step.NF4); return; }
                    c.phase(1);
                    callEmit(c, prio);
                } else if (c.ret == 0) {
                    c.irqRestore(); // -EAGAIN: taken over while printing; the new owner prints the rest
                    c.ret(0);
                } else if (c.ret == 2) {
                    goTo(c, Step.NF4); // -ENOENT / nothing left
                } else {
                    c.phase(0);
                }
            }
            case NF4 -> {
                Nbcon.release(n, c, prio);
                c.irqRestore();
                // no printer thread to hand the rest to outside NORMAL priority (printk_get_console_flush_type)
                boolean more = k.rb.read(n.seq) >= 0 && prio != NbconConsole.PRIO_NORMAL;
                if (more) goTo(c, Step.NF1);
                else c.ret(0);
            }
            case NK1 -> {
                // without the NBCON switch there is no nbcon console: the thread never has anything to print
                if (k.has(Switch.NBCON) && k.rb.read(n.seq) >= 0) goTo(c, Step.NK2);
                else c.cost = 1; // asleep in rcuwait_wait_event()
            }
            case NK2 -> {
                switch (c.phase()) {
                    case 0 -> {
                        c.irqSave(); // con->device_lock(): the UART port lock, taken irqsave
                        c.phase(1);
                        callAcquire(c, NbconConsole.PRIO_NORMAL); // no spinwait_max_us: no hand-over wait
                    }
                    case 1 -> {
                        if (c.ret == 0) { goTo(c, Step.NK3); return; }
                        c.phase(2);
                        callEmit(c, NbconConsole.PRIO_NORMAL);
                    }
                    default -> goTo(c, Step.NK3);
                }
            }
            case NK3 -> {
                Nbcon.release(n, c, NbconConsole.PRIO_NORMAL);
                c.irqRestore();
                c.cost = 1; // cond_resched() between records
                goTo(c, Step.NK1);
            }
            default -> throw new ModelError("Nbcon cannot run " + c.pc);
        }
    }

    private static void callAcquire(Cpu c, int ctxt) {
        c.call(Step.NB1);
        c.set(Local.NBCON_CTXT, ctxt);
    }

    private static void callEmit(Cpu c, int prio) {
        c.call(Step.NE1);
        c.set(Local.NBCON_CTXT, prio);
    }
}
