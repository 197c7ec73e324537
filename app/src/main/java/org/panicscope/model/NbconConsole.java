package org.panicscope.model;

/**
 * One nbcon ("no BKL") console: its ownership word {@code struct nbcon_state {prio, cpu, req_prio, unsafe,
 * unsafe_takeover}}, changed upstream only by atomic cmpxchg (here: one model step is atomic), and its
 * {@code nbcon_seq}, the next record to print on it [K-nbcon: kernel/printk/nbcon.c, header comment and
 * nbcon_state_try_cmpxchg()]. The model has at most one nbcon console (the NBCON switch), beside at most one legacy
 * console (the scenario parameter {@code legacyConsole}) whose position is {@code Kernel.consoleSeq}.
 */
public final class NbconConsole {
    /** enum nbcon_prio: only a higher priority may take the console over (include/linux/console.h). */
    public static final int PRIO_NONE = 0, PRIO_NORMAL = 1, PRIO_EMERGENCY = 2, PRIO_PANIC = 3;

    int prio = PRIO_NONE;
    int cpu = Kernel.INVALID;
    int reqPrio = PRIO_NONE;
    boolean unsafe;
    boolean unsafeTakeover;
    long seq;
    /** Records this console emitted (display only, not part of the state identity). */
    long printed;

    NbconConsole copy() {
        NbconConsole n = new NbconConsole();
        n.prio = prio; n.cpu = cpu; n.reqPrio = reqPrio; n.unsafe = unsafe; n.unsafeTakeover = unsafeTakeover;
        n.seq = seq; n.printed = printed;
        return n;
    }

    /** Takes every field of {@code o} (keep in step with {@link #copy()}). */
    void restore(NbconConsole o) {
        prio = o.prio; cpu = o.cpu; reqPrio = o.reqPrio; unsafe = o.unsafe; unsafeTakeover = o.unsafeTakeover;
        seq = o.seq; printed = o.printed;
    }

    /** Every field, for {@link Snapshot} (keep in step with {@link #copy()}). */
    void save(Snapshot.Out o) {
        o.put(prio).put(cpu).put(reqPrio).put(unsafe).put(unsafeTakeover).put(seq).put(printed);
    }

    void load(Snapshot.In in) {
        prio = in.i(); cpu = in.i(); reqPrio = in.i(); unsafe = in.bool(); unsafeTakeover = in.bool();
        seq = in.get(); printed = in.get();
    }

    /**
     * Writes the ownership word and the sequence into a state key; the sequence comes as the key's view writes it
     * ({@link StateKey.Clocks#nbconSeq}; untimed, without NBCON, a constant -1). The sequence is relative to first_seq, exactly
     * from first_seq on (it is at most next_seq) and as -1 below it: every value below first_seq reads first_seq at
     * the next NE1 and is below any stop_seq at or past first_seq. What else tells two such values apart is written
     * where it is read: against a stop_seq that is behind as well ({@link StateKey#stopSeq}), and whether NE3's
     * {@code pmsg.seq + 1} lands on first_seq ({@link StateKey#landing}). The same formula under every
     * configuration (without the NBCON switch nbcon_seq stays 0, so -1 once first_seq has moved): a switch's
     * variables are encoded alike with and without it, which {@code SwitchIsolationTest} relies on, and the clamp
     * keeps repeating states equal however far first_seq runs ahead.
     */
    void encode(StateKey.Sink w, long relativeSeq) {
        w.put(prio | reqPrio << 2 | (unsafe ? 16 : 0) | (unsafeTakeover ? 32 : 0)).put(cpu);
        w.put(relativeSeq);
    }

    /** nbcon_owner_matches(): the context of {@code prio} on {@code cpu} still owns the console. */
    boolean ownedBy(int cpuId, int p) { return prio == p && cpu == cpuId; }

    public int prio() { return prio; }
    public int ownerCpu() { return cpu; }
    public int reqPrio() { return reqPrio; }
    public boolean unsafe() { return unsafe; }
    public boolean unsafeTakeover() { return unsafeTakeover; }
    public long seq() { return seq; }
    public long printed() { return printed; }

    public static String prioName(int p) {
        return switch (p) {
            case PRIO_NORMAL -> "NORMAL";
            case PRIO_EMERGENCY -> "EMERGENCY";
            case PRIO_PANIC -> "PANIC";
            default -> "NONE";
        };
    }

    @Override public String toString() {
        return "{prio=" + prioName(prio) + ", cpu=" + Kernel.cpuName(cpu) + ", req_prio=" + prioName(reqPrio)
                + ", unsafe=" + unsafe + ", unsafe_takeover=" + unsafeTakeover + "}";
    }
}
