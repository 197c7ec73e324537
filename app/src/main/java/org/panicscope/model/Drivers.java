package org.panicscope.model;

import static org.panicscope.model.Local.HELD;
import static org.panicscope.model.Local.SPIN_FOR_LOCK;
import static org.panicscope.model.Ops.goTo;

/**
 * Other locks that panic() meets: the gsmi panic notifier [K-gsmi][S3] (design doc §4.11) and an abstract
 * kmsg_dump backend lock [S2][I] (§4.13), which pstore's panic path only tries (PSTORE-TRYLOCK) [K-pstore].
 */
final class Drivers {
    private Drivers() { }

    /**
     * Where kmsg_dump(KMSG_DUMP_PANIC) enters the dumper. kmsg_dump() itself takes no lock (it walks the dumper list
     * under rcu_read_lock()); the lock is the dumper's. Without PSTORE-TRYLOCK the dumper follows the scenario's
     * dumpPolicy (KD1, the design doc's abstract dumper); with it, pstore_dump()'s panic path (KD0) decides and the
     * policy is not consulted on this path.
     */
    static Step kmsgDumpEntry(Kernel k) {
        return k.has(Switch.PSTORE_TRYLOCK) ? Step.KD0 : Step.KD1;
    }

    static void step(Kernel k, Cpu c) {
        switch (c.pc) {
            case GP -> {
                // merged fix "Test spinlock on panic path to avoid lockups": skip when gsmi_lock is held
                if (k.gsmiLock.held()) {
                    k.degradations.add(Kernel.Degradation.NOTIFIER_SKIPPED);
                    c.ret(0);
                } else {
                    goTo(c, Step.GS1);
                }
            }
            case GS1 -> {
                if (k.gsmiLogged) c.ret(0);
                else goTo(c, Step.GS2);
            }
            case GS2 -> {
                if (!c.flag(SPIN_FOR_LOCK)) { c.irqSave(); c.flag(SPIN_FOR_LOCK, true); }
                if (Ops.acquire(k, c, Resource.GSMI_LOCK)) {
                    c.flag(SPIN_FOR_LOCK, false);
                    goTo(c, Step.GS3);
                }
            }
            case GS3 -> {
                k.gsmiLogged = true;
                goTo(c, Step.GS4);
                c.set(HELD, 0);
            }
            case GS4 -> {
                c.set(HELD, c.get(HELD) + 1);
                c.cost = 1;
                if (c.get(HELD) >= k.params.L_smi) goTo(c, Step.GS5);
            }
            case GS5 -> {
                k.gsmiLock.release(k.queued());
                c.irqRestore();
                goTo(c, Step.GS6);
            }
            case GS6 -> {
                if (c.phase() == 0) { c.phase(1); Ops.printk(c, RecordKind.GSMI); }
                else c.ret(0);
            }
            case KD0 -> {
                // pstore_dump(): if (pstore_cannot_block_path(reason)) { if (!spin_trylock_irqsave(&psinfo->buf_lock,
                // flags)) { pr_err("dump skipped in %s path because of concurrent dump\n", ...); return; } }
                if (k.dumpLock.tryOnce(c.id)) goTo(c, Step.KD2);
                else { k.degradations.add(Kernel.Degradation.DUMP_LOST); c.ret(0); }
            }
            case KD1 -> {
                switch (k.params.dumpPolicy) {
                    case SPIN -> { if (Ops.acquire(k, c, Resource.DUMP_LOCK)) goTo(c, Step.KD2); }
                    case TRY -> {
                        if (k.dumpLock.tryOnce(c.id)) goTo(c, Step.KD2);
                        else { k.degradations.add(Kernel.Degradation.DUMP_LOST); c.ret(0); }
                    }
                    case BUST -> {
                        if (k.dumpLock.held()) {
                            k.dumpLock.reinit(); // Tony: "data structures ... may be in an inconsistent state"
                            k.degradations.add(Kernel.Degradation.DUMP_TORN);
                        }
                        k.dumpLock.tryOnce(c.id);
                        goTo(c, Step.KD2);
                    }
                }
            }
            case KD2 -> {
                c.cost = 1;
                goTo(c, Step.KD3);
            }
            case KD3 -> {
                if (k.dumpLock.holder() == c.id) k.dumpLock.release(k.queued());
                c.ret(0);
            }
            default -> throw new ModelError("Drivers cannot run " + c.pc);
        }
    }
}
