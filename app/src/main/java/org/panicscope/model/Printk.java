package org.panicscope.model;

import static org.panicscope.model.Local.RECORD_KIND;
import static org.panicscope.model.Local.STORE_ONLY;
import static org.panicscope.model.Ops.goTo;

/**
 * printk() and vprintk_emit() with the ring-buffer store: design doc §4.1 [K-safe], §4.2 [K-pre][K-post], §4.3.
 * Locals: {@link Local#RECORD_KIND}, {@link Local#STORE_ONLY} (PK1's path).
 */
final class Printk {
    private Printk() { }

    static void step(Kernel k, Cpu c) {
        switch (c.pc) {
            case PK1 -> {
                // printk_safe or NMI context: store only, console output deferred to irq_work [K-safe]
                if (c.printkSafe > 0 || c.inNmi) {
                    c.flag(STORE_ONLY, true);
                    goTo(c, Step.ST1);
                } else {
                    goTo(c, Step.PK2);
                }
            }
            case PK2 -> goTo(c, Step.VE1);
            case VE1 -> {
                if (k.suppressPrintk) c.ret(0);
                else goTo(c, k.has(Switch.P3) || k.has(Switch.K24) ? Step.VE2 : Step.VE3);
            }
            case VE2 -> {
                // K24 (779dbc2e78d7): every non-panic printk is dropped during panic, no threshold.
                // P3 (13fb0f74d702): only once suppress_panic_printk was set by the CU4 drop counter.
                boolean drop = k.has(Switch.K24) ? Ops.otherCpuInPanic(k, c)
                        : k.suppressPanicPrintk && k.panicCpu != c.id;
                if (drop) c.ret(0);
                else goTo(c, Step.VE3);
            }
            case VE3 -> goTo(c, Step.ST1);
            case ST1 -> {
                c.irqSave();
                RingBuffer rb = k.rb;
                if (rb.nextSeq() - rb.firstSeq() == rb.capacity() && rb.firstSeq() >= k.slowestSeq()) {
                    k.degradations.add(Kernel.Degradation.RECORDS_LOST);
                }
                rb.reserve(c.id, RecordKind.of(c.get(RECORD_KIND)));
                c.cost = k.params.P;
                goTo(c, Step.ST2);
            }
            case ST2 -> {
                k.rb.finalizeLast(c.id);
                c.irqRestore();
                if (c.flag(STORE_ONLY)) c.ret(0);
                else goTo(c, k.has(Switch.NBCON) ? Step.NV1 : Step.VE4); // NBCON: printk_get_console_flush_type()
            }
            case VE4 -> {
                // not in sched context: if (console_trylock_spinning()) console_unlock();
                switch (c.phase()) {
                    case 0 -> { c.phase(1); c.call(Step.CTS1); }
                    case 1 -> {
                        if (c.ret == 1) { c.phase(2); c.call(Step.CU1); }
                        else goTo(c, Step.VE5);
                    }
                    default -> goTo(c, Step.VE5);
                }
            }
            case VE5 -> c.ret(0);
            default -> throw new ModelError("Printk cannot run " + c.pc);
        }
    }
}
