package org.panicscope.ui.state;

import org.panicscope.model.Kernel;
import org.panicscope.model.NbconConsole;
import org.panicscope.ui.session.Frame;

/**
 * The nbcon console's ownership word {@code struct nbcon_state} (kernel/printk/nbcon.c, configuration NBCON): who
 * owns it at which priority, a pending hand-over request, whether the driver is inside an unsafe section, and
 * whether a hostile takeover ever happened there. Hidden when the configuration has no nbcon console.
 */
public final class NbconCard extends StateCard {
    private final VarRow prio = new VarRow("prio");
    private final VarRow owner = new VarRow("cpu");
    private final VarRow req = new VarRow("req_prio");
    private final VarRow unsafe = new VarRow("unsafe");
    private final VarRow takeover = new VarRow("unsafe_takeover");
    private final VarRow seq = new VarRow("nbcon_seq");

    public NbconCard() {
        super("nbcon", "nbcon console", "acquired by cmpxchg: direct when safe, a bounded hand-over request when unsafe, hostile only at the end of panic()");
        getChildren().addAll(prio, owner, req, unsafe, takeover, seq);
    }

    @Override public void show(Frame f) {
        Kernel k = f.kernel();
        NbconConsole n = k.nbcon();
        setVisible(n != null);
        setManaged(n != null);
        if (n == null) return;
        boolean changed = f.changed("nbcon_state");
        boolean ownerHalted = n.prio() != NbconConsole.PRIO_NONE && stopped(f, n.ownerCpu());
        prio.show(NbconConsole.prioName(n.prio()), n.prio() == NbconConsole.PRIO_NONE ? "free" : "owned", changed, false);
        owner.show(cpu(n.ownerCpu()), ownerHalted ? "HALTED while owning" : "", changed, ownerHalted && n.unsafe());
        req.show(NbconConsole.prioName(n.reqPrio()), n.reqPrio() != NbconConsole.PRIO_NONE ? "hand-over requested, waiting" : "", changed, false);
        unsafe.show(Boolean.toString(n.unsafe()), n.unsafe() ? "inside an unsafe section: only a hand-over or a hostile takeover" : "",
                changed, ownerHalted && n.unsafe());
        takeover.show(Boolean.toString(n.unsafeTakeover()), n.unsafeTakeover() ? "taken over hostilely: stays unsafe" : "", changed, n.unsafeTakeover());
        String legacy = k.hasLegacyConsole() ? "legacy console_seq " + k.consoleSeq() : "no legacy console";
        seq.show(Long.toString(n.seq()), n.printed() + " lines emitted; " + legacy, f.changed("nbcon_seq"), false);
    }
}
