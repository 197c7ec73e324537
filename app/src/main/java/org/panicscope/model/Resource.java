package org.panicscope.model;

/** What a spinning CPU waits for (design doc §2.4: every spin records waiting_for = (resource, holder)). */
public enum Resource {
    SEM_LOCK("console_sem.lock", true),
    OWNER_LOCK("console_owner_lock", true),
    CONSOLE_WAITER("console_waiter", false),
    PORT_LOCK("port_lock", true),
    GSMI_LOCK("gsmi_lock", true),
    DUMP_LOCK("dump_lock", true),
    KEXEC_LOCK("kexec lock", false);

    private final String label;
    private final boolean rawSpinlock;

    Resource(String label, boolean rawSpinlock) {
        this.label = label;
        this.rawSpinlock = rawSpinlock;
    }

    public String label() { return label; }
    public boolean isLock() { return rawSpinlock; }
}
