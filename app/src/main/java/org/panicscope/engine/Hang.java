package org.panicscope.engine;

import org.panicscope.model.Resource;

/**
 * Which kernel window a hang belongs to, in the design doc's letters: decided where the verdict is made, from the
 * resource the panic CPU spins on (a deadlock) or the verdict itself (a livelock), so that the matrix, the trials
 * and the witnesses group hangs by a value, never by searching the reason text.
 */
public enum Hang {
    OWNER_HALTED("(a) owner halted"),
    FLOOD_LIVELOCK("(b) flood livelock"),
    SEM_LOCK("(d) sem->lock"),
    OWNER_LOCK("(d2) console_owner_lock"),
    DUMP_LOCK("(e) dump_lock"),
    GSMI_LOCK("(f) gsmi_lock"),
    PORT_LOCK("port_lock");

    private final String label;

    Hang(String label) { this.label = label; }

    /** The window's name as the matrix and the trials print it, e.g. "(a) owner halted". */
    public String label() { return label; }

    /** The window of a deadlock whose panic CPU spins on {@code r}; null for a resource no window is named by. */
    public static Hang spinningOn(Resource r) {
        if (r == null) return null;
        return switch (r) {
            case CONSOLE_WAITER -> OWNER_HALTED;
            case SEM_LOCK -> SEM_LOCK;
            case OWNER_LOCK -> OWNER_LOCK;
            case DUMP_LOCK -> DUMP_LOCK;
            case GSMI_LOCK -> GSMI_LOCK;
            case PORT_LOCK -> PORT_LOCK;
            case KEXEC_LOCK -> null;
        };
    }
}
