package org.panicscope.model;

/** What a ring-buffer record says; the model keeps only its kind and its CPU, not the text. */
public enum RecordKind {
    BACKLOG("backlog line"),
    KMSG("991-char /dev/kmsg line"),
    PANIC("Kernel panic - not syncing: sysrq triggered crash"),
    DUMP_STACK("dump_stack() line"),
    NOTIFIER("panic notifier line"),
    NMI_SHUTDOWN("Shutting down cpus with NMI"),
    GSMI("gsmi: shutdown reason logged"),
    OTHER("printk");

    private final String text;
    RecordKind(String text) { this.text = text; }
    public String text() { return text; }
    static RecordKind of(int ordinal) { return ALL[ordinal]; }

    /** values() copies its array on every call; every printk reads a record kind. */
    private static final RecordKind[] ALL = values();
}
