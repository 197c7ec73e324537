package org.panicscope.ui.state;

import org.panicscope.model.Kernel;
import org.panicscope.model.Resource;
import org.panicscope.model.SpinLock;
import org.panicscope.ui.session.Frame;

/**
 * The other locks panic() meets (design doc §3, §6.5-§6.7): the console UART's port_lock, gsmi_dev.lock, the
 * kmsg_dump backend lock and the kexec lock. Only the ones the scenario uses are shown, besides port_lock.
 */
public final class LocksCard extends StateCard {
    private final VarRow port = new VarRow("port_lock");
    private final VarRow gsmi = new VarRow("gsmi_lock");
    private final VarRow dump = new VarRow("dump_lock");
    private final VarRow kexec = new VarRow("kexec lock");

    public LocksCard() {
        super("locks", "other locks", "a lock held by a halted CPU is never released: nothing runs its unlock");
        getChildren().addAll(port, gsmi, dump, kexec);
    }

    @Override public void show(Frame f) {
        Kernel k = f.kernel();
        boolean usesGsmi = k.params.gsmiNotifier || holds(k, Resource.GSMI_LOCK);
        boolean usesDump = k.params.kmsgDumper || holds(k, Resource.DUMP_LOCK);
        boolean usesKexec = k.params.kdumpLoaded || holds(k, Resource.KEXEC_LOCK);
        lock(port, k.portLock(), "port_lock", f, true);
        lock(gsmi, k.gsmiLock(), "gsmi_lock", f, usesGsmi);
        lock(dump, k.dumpLock(), "dump_lock", f, usesDump);
        int kx = k.kexecLockHolder();
        kexec.setVisible(usesKexec);
        kexec.setManaged(usesKexec);
        kexec.show(kx < 0 ? "free" : "CPU" + kx, k.has(org.panicscope.model.Switch.KEXEC_ATOMIC) ? "atomic cmpxchg trylock" : "kexec_mutex (trylock)",
                f.changed("kexec_lock"), false);
    }

    private static boolean holds(Kernel k, Resource r) {
        for (int i = 0; i < k.cpuCount(); i++) if (k.cpu(i).heldLock == r) return true;
        return false;
    }

    private static void lock(VarRow row, SpinLock l, String key, Frame f, boolean used) {
        row.setVisible(used);
        row.setManaged(used);
        boolean dead = stopped(f, l.holder());
        row.show(lockText(l), dead ? "holder HALTED: never released" : "", f.changed(key), dead);
    }
}
