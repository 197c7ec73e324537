package org.panicscope.model;

/** What a spinning CPU waits for (design doc §2.4: every spin records waiting_for = (resource, holder)). */
public enum Resource {
    SEM_LOCK("console_sem.lock"),
    OWNER_LOCK("console_owner_lock"),
    CONSOLE_WAITER("console_waiter"),
    PORT_LOCK("port_lock"),
    GSMI_LOCK("gsmi_lock"),
    DUMP_LOCK("dump_lock"),
    KEXEC_LOCK("kexec lock");

    private final String label;

    Resource(String label) {
        this.label = label;
    }

    public String label() { return label; }
}
