package org.panicscope.ui.state;

import org.panicscope.model.Kernel;
import org.panicscope.ui.session.Frame;

/** The ring buffer card: the ring, and the sequence numbers as rows. */
public final class RingBufferCard extends StateCard {
    private final RingBufferView ring = new RingBufferView();
    private final VarRow seqs = new VarRow("first / next");
    private final VarRow console = new VarRow("console_seq");
    private final VarRow printed = new VarRow("printed");

    public RingBufferCard() {
        super("ringbuffer", "printk ring buffer", "lock-free store; when full, a new record overwrites the oldest (first_seq++)");
        getChildren().addAll(ring, seqs, console, printed);
    }

    @Override public void show(Frame f) {
        Kernel k = f.kernel();
        ring.setKernel(k);
        long first = k.ringBuffer().firstSeq(), next = k.ringBuffer().nextSeq();
        seqs.show(first + " / " + next, "C = " + k.ringBuffer().capacity() + " records", f.changed("first_seq") || f.changed("next_seq"), false);
        boolean lost = k.consoleSeq() < first;
        console.show(Long.toString(k.consoleSeq()), lost ? (first - k.consoleSeq()) + " records overwritten before printing"
                : (next - k.consoleSeq()) + " waiting to be printed", f.changed("console_seq"), lost);
        printed.show(Long.toString(k.printed()), "records on the serial console", false, false);
    }

    public RingBufferView ring() { return ring; }
}
