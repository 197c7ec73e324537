package org.panicscope.model;

import static org.panicscope.model.Ops.goTo;

/**
 * The nbcon console (NBCON switch), following torvalds/linux kernel/printk/nbcon.c @ 571c1ea91a73 [K-nbcon]:
 * nbcon_context_try_acquire() with its direct, hand-over and hostile paths (NB1-NB5), nbcon_emit_next_record() with
 * the driver's write callback and its unsafe section (NE1-NE3, ND1-ND3), the atomic flush used in emergency and panic
 * (NF1-NF4), and the printer thread (NK1-NK3). One model step is one cmpxchg on nbcon_state, so the cmpxchg retry
 * loops of the source (and its -EAGAIN path) never run here.
 *
 * <p>Locals: every frame keeps its context in {@link Local#NBCON_CTXT} (prio | ALLOW_UNSAFE | SPINWAIT); an acquire
 * frame the hand-over wait left in {@link Local#HANDOVER_WAIT}, an emit frame the characters written in
 * {@link Local#CHARS}, a flush frame stop_seq in {@link Local#STOP_SEQ}.
 */
final class Nbcon {
    private Nbcon() { }

    static final int ALLOW_UNSAFE = 4;
    static final int SPINWAIT = 8;
    private static final int PRIO_MASK = 3;

    /** nbcon_get_default_prio() (l.1390-1402): PANIC on the panic CPU, EMERGENCY inside an emergency section, else NORMAL. */
    static int defaultPrio(Kernel k, Cpu c) {
        if (k.panicCpu == c.id) return NbconConsole.PRIO_PANIC;
        return c.emergencyNesting > 0 ? NbconConsole.PRIO_EMERGENCY : NbconConsole.PRIO_NORMAL;
    }

    /** Calls nbcon_atomic_flush_pending() (or, with allowUnsafe, nbcon_atomic_flush_unsafe()) in this context. */
    static void callFlush(Kernel k, Cpu c, boolean allowUnsafe) {
        c.call(Step.NF1);
        c.set(Local.NBCON_CTXT, defaultPrio(k, c) | (allowUnsafe ? ALLOW_UNSAFE : 0));
    }

    static void step(Kernel k, Cpu c) {
        NbconConsole n = k.nbcon;
        switch (c.pc) {
            case NV1 -> flushType(k, c);
            case NB1 -> direct(k, c, n);
            case NB2 -> handover(k, c, n);
            case NB3 -> requested(k, c, n);
            case NB4 -> {
                // timed out (phase 0) or aborted with -EPERM (phase 1): remove the request only if it is still ours
                int prio = c.get(Local.NBCON_CTXT) & PRIO_MASK;
                if (n.reqPrio != prio) { c.ret(0); return; }
                n.reqPrio = NbconConsole.PRIO_NONE;
                if (c.phase() == 1) c.ret(0);
                else goTo(c, Step.NB5); // -EBUSY: the caller may still try the hostile takeover
            }
            case NB5 -> {
                // nbcon_context_try_acquire_hostile() l.542-573: allowed only by panic's final flush (allow_unsafe_takeover)
                if ((c.get(Local.NBCON_CTXT) & ALLOW_UNSAFE) == 0) { c.ret(0); return; }
                if (n.unsafe) k.degradations.add(Kernel.Degradation.UNSAFE_TAKEOVER);
                n.cpu = c.id;
                n.prio = c.get(Local.NBCON_CTXT) & PRIO_MASK;
                n.unsafe |= n.unsafeTakeover;
                n.unsafeTakeover |= n.unsafe;
                c.ret(1);
            }
            default -> Emit.step(k, c, n);
        }
    }

    /**
     * NV1, vprintk_emit() after the store (printk.c, printk_get_console_flush_type() in internal.h): NORMAL offloads
     * to the printer thread, EMERGENCY and PANIC flush the nbcon console atomically in this context; a legacy console
     * is printed directly (VE4) unless the panic CPU flushes nbcon consoles and legacy_allow_panic_sync is not set.
     */
    private static void flushType(Kernel k, Cpu c) {
        int prio = defaultPrio(k, c);
        if (c.phase() == 0) {
            c.phase(1);
            if (prio != NbconConsole.PRIO_NORMAL) { callFlush(k, c, false); return; }
        }
        boolean legacyDirect = k.hasLegacyConsole()
                && !(prio == NbconConsole.PRIO_PANIC && !k.legacyAllowPanicSync);
        goTo(c, legacyDirect ? Step.VE4 : Step.VE5);
    }

    /** NB1, nbcon_context_try_acquire_direct() (nbcon.c l.238-283 @ 571c1ea91a73). */
    private static void direct(Kernel k, Cpu c, NbconConsole n) {
        int prio = c.get(Local.NBCON_CTXT) & PRIO_MASK;
        if (Ops.otherCpuInPanic(k, c) || prio <= n.prio || prio <= n.reqPrio) { c.ret(0); return; } // -EPERM
        if (n.unsafe) { goTo(c, Step.NB2); return; }                                                  // -EBUSY
        take(n, c, prio);
        c.ret(1);
    }

    private static void take(NbconConsole n, Cpu c, int prio) {
        n.prio = prio;
        n.reqPrio = NbconConsole.PRIO_NONE;
        n.unsafe = n.unsafeTakeover;
        n.cpu = c.id;
    }

    /** NB2, nbcon_context_try_acquire_handover() (l.426-528): checks l.449-464, set req_prio l.471-473, then wait in NB3. */
    private static void handover(Kernel k, Cpu c, NbconConsole n) {
        int prio = c.get(Local.NBCON_CTXT) & PRIO_MASK;
        if (Ops.otherCpuInPanic(k, c)) { c.ret(0); return; }
        if (n.cpu == c.id || n.unsafeTakeover || (c.get(Local.NBCON_CTXT) & SPINWAIT) == 0) { goTo(c, Step.NB5); return; }
        n.reqPrio = prio;
        goTo(c, Step.NB3);
        c.set(Local.HANDOVER_WAIT, k.params.T_handover);
    }

    /**
     * NB3, the wait loop of nbcon_context_try_acquire_handover() around nbcon_context_try_acquire_requested(): the
     * owner hands over by releasing when it leaves its unsafe section and sees req_prio; bounded by spinwait_max_us
     * (loop l.479-496 with udelay(1) at l.492; nbcon_context_try_acquire_requested() l.343-388).
     */
    private static void requested(Kernel k, Cpu c, NbconConsole n) {
        int prio = c.get(Local.NBCON_CTXT) & PRIO_MASK;
        if (Ops.otherCpuInPanic(k, c) || n.reqPrio != prio) { goTo(c, Step.NB4); c.phase(1); return; }
        if (n.prio == NbconConsole.PRIO_NONE) {
            take(n, c, prio);
            c.ret(1);
        } else if (c.get(Local.HANDOVER_WAIT) > 0) {
            c.set(Local.HANDOVER_WAIT, c.get(Local.HANDOVER_WAIT) - 1); // udelay(1) per try: the kernel's 2000 tries are T_handover time units here
            c.cost = 1;
        } else {
            goTo(c, Step.NB4);
        }
    }

    /**
     * nbcon_context_can_proceed() (l.723-766): still the owner; with a waiter and outside an unsafe section, release (the
     * friendly hand-over) and report the loss.
     */
    static boolean canProceed(NbconConsole n, Cpu c, int prio) {
        if (!n.ownedBy(c.id, prio)) return false;
        if (n.reqPrio == NbconConsole.PRIO_NONE || n.unsafe) return true;
        release(n, c, prio);
        return false;
    }

    /** nbcon_context_release() (l.670-695): clear prio if still the owner; unsafe stays set after an unsafe takeover. */
    static void release(NbconConsole n, Cpu c, int prio) {
        if (!n.ownedBy(c.id, prio)) return;
        n.prio = NbconConsole.PRIO_NONE;
        n.unsafe |= n.unsafeTakeover;
    }

    /** __nbcon_context_update_unsafe() (l.824-850): enter (true) or leave (false) an unsafe section, if still the owner. */
    static boolean updateUnsafe(NbconConsole n, Cpu c, int prio, boolean unsafe) {
        if (!(!unsafe && n.unsafeTakeover)) {
            if (!canProceed(n, c, prio)) return false;
            n.unsafe = unsafe;
        }
        return canProceed(n, c, prio);
    }
}
