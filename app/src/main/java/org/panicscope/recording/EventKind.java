package org.panicscope.recording;

/**
 * Kinds of events the transport can run to ("run to the next halt"), each a flag of {@link StepLog}. Only events
 * the model state shows are used: a CPU becoming halted, starting to spin, a record lost, a console hand-over.
 */
public enum EventKind {
    HALT("halt", "a CPU is halted (NMI, REBOOT IPI or self-stop)", StepLog.F_HALT),
    SPIN("spin", "a CPU starts to spin", StepLog.F_SPIN_START),
    DROP("drop", "a record is lost before the console printed it", StepLog.F_DROP),
    HANDOVER("hand-over", "console_sem is handed over to a spinning waiter (SD5)", StepLog.F_HANDOVER),
    NMI("NMI", "an NMI lands", StepLog.F_NMI),
    PANIC("panic", "a CPU enters panic()", StepLog.F_PANIC);

    private final String label;
    private final String meaning;
    private final int flag;

    EventKind(String label, String meaning, int flag) {
        this.label = label;
        this.meaning = meaning;
        this.flag = flag;
    }

    public String label() { return label; }
    public String meaning() { return meaning; }
    public int flag() { return flag; }
}
