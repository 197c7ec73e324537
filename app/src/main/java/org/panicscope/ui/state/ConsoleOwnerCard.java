package org.panicscope.ui.state;

import org.panicscope.model.Kernel;
import org.panicscope.model.Step;
import org.panicscope.ui.session.Frame;

/**
 * The owner/waiter hand-over (dbdda842fe96, design doc §4.5, §4.6): console_owner is the CPU printing inside the
 * spin-able section, console_waiter is set while another CPU spins at CTS8 for the hand-over, and
 * console_owner_lock protects both. An owner halted while a waiter spins is deadlock (a).
 */
public final class ConsoleOwnerCard extends StateCard {
    private final VarRow owner = new VarRow("console_owner");
    private final VarRow waiter = new VarRow("console_waiter");
    private final VarRow ownerLock = new VarRow("console_owner_lock");

    public ConsoleOwnerCard() {
        super("console_owner", "console owner / waiter", "optimistic spinning: a waiter spins until the owner hands console_sem over at a record boundary");
        getChildren().addAll(owner, waiter, ownerLock);
    }

    @Override public void show(Frame f) {
        Kernel k = f.kernel();
        int o = k.consoleOwner();
        boolean ownerHalted = stopped(f, o);
        owner.show(cpu(o), ownerHalted ? "HALTED: it will never hand over" : o >= 0 ? "printing; will hand over to a waiter" : "",
                f.changed("console_owner"), ownerHalted && k.consoleWaiter());
        int w = -1;
        for (int i = 0; i < k.cpuCount(); i++) if (k.cpu(i).pc() == Step.CTS8 && k.cpu(i).status().runnable()) w = i;
        waiter.show(Boolean.toString(k.consoleWaiter()), k.consoleWaiter() ? (w >= 0 ? "CPU" + w + " spins at CTS8" : "set") : "",
                f.changed("console_waiter"), k.consoleWaiter() && ownerHalted);
        boolean dead = stopped(f, k.ownerLock().holder());
        ownerLock.show(lockText(k.ownerLock()), dead ? "holder HALTED: window (d2)" : "", f.changed("console_owner_lock"), dead);
    }
}
