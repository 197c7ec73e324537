package org.panicscope.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shared state of design doc §3 plus the CPUs. Mutable: the engine applies one step at a time and copies the
 * whole state where it branches (exploration, history). Parameters and configuration are shared, immutable.
 */
public final class Kernel {
    public static final int INVALID = -1;

    /** What made a completed panic degraded (design doc §2.4 OK-D). */
    public enum Degradation {
        RECORDS_LOST("records were lost before reaching the console"),
        LOCK_BUSTED("the final flush printed while a halted CPU owned console_sem (lock busted)"),
        KDUMP_SKIPPED("kdump was loaded but __crash_kexec() gave up"),
        NOTIFIER_SKIPPED("the gsmi panic notifier skipped logging the shutdown reason"),
        DUMP_LOST("kmsg_dump could not take dump_lock: the dump was lost"),
        DUMP_TORN("kmsg_dump re-initialised dump_lock under its holder: the dump may be corrupt"),
        UNSAFE_TAKEOVER("the nbcon console was taken over hostilely inside its driver's unsafe section (nbcon_atomic_flush_unsafe): "
                + "what followed was printed in try-and-hope mode and the console stays marked unsafe_takeover");
        private final String text;
        Degradation(String text) { this.text = text; }
        public String text() { return text; }
    }

    public final Params params;
    public final Config config;
    /** The configuration's switches as bits by ordinal: the steps ask {@link #has} at almost every step. */
    private final long switchBits;
    /** The CPU whose trigger starts the panic (sysrq program, or the CPU a watchdog NMI panics). */
    public final int triggerCpu;
    final Cpu[] cpus;

    final RingBuffer rb;
    long consoleSeq;
    int consoleDropped;
    int semCount = 1;
    /** The CPU that took console_sem last (bookkeeping for display and reasons; a semaphore has no owner field). */
    int semHolder = INVALID;
    final SpinLock semLock;
    final SpinLock ownerLock;
    final SpinLock portLock;
    final SpinLock gsmiLock;
    final SpinLock dumpLock;
    boolean consoleLocked;
    int consoleOwner = INVALID;
    boolean consoleWaiter;
    int panicCpu = INVALID;
    boolean suppressPrintk;
    boolean suppressPanicPrintk;
    int panicConsoleDropped;
    int oopsInProgress;
    int stoppingCpu = INVALID;
    int crashingCpu = INVALID;
    int waitingForCrashIpi;
    boolean cpusStopped;
    int kexecLock = INVALID;
    boolean gsmiLogged;
    final EnumSet<Degradation> degradations = EnumSet.noneOf(Degradation.class);
    /**
     * The nbcon console. Always allocated, so that a state keeps its identity when only the configuration changes;
     * without the NBCON switch nothing touches it and {@link #nbcon()} hides it.
     */
    final NbconConsole nbcon;
    /** legacy_allow_panic_sync (printk.c): set by printk_legacy_allow_panic_sync() after the CPU stop. */
    boolean legacyAllowPanicSync;
    /** Invariant bookkeeping (design doc §9.3): how often panic_cpu went from INVALID to a CPU. */
    int panicCpuClaims;
    /** Records printed on the console, for the trace and the final degradation check; not part of the state hash. */
    long printed;

    public Kernel(Params params, Config config, Cpu.Program[] programs, Resource[] heldLocks, int triggerCpu) {
        this.params = params;
        this.config = config;
        this.switchBits = bits(config);
        this.triggerCpu = triggerCpu;
        this.cpus = new Cpu[programs.length];
        for (int i = 0; i < programs.length; i++) cpus[i] = new Cpu(i, programs[i], heldLocks[i], entry(programs[i]));
        this.rb = new RingBuffer(params.C);
        for (int i = 0; i < params.backlog; i++) {
            rb.reserve(programs.length > 1 ? 1 : 0, RecordKind.BACKLOG);
            rb.finalizeLast(programs.length > 1 ? 1 : 0);
        }
        semLock = new SpinLock(); ownerLock = new SpinLock(); portLock = new SpinLock();
        gsmiLock = new SpinLock(); dumpLock = new SpinLock();
        nbcon = new NbconConsole();
    }

    private static Step entry(Cpu.Program p) {
        return switch (p) {
            case WRITER -> Step.WR1;
            case PANIC -> Step.PT;
            case LOCK_HOLDER -> Step.LH1;
            case OOPS -> Step.CK1;
            case IDLE -> Step.IDLE;
            case PRINTER -> Step.NK1;
        };
    }

    private Kernel(Kernel o) { this(o, o.config); }

    private Kernel(Kernel o, Config config) {
        params = o.params; this.config = config; switchBits = bits(config); triggerCpu = o.triggerCpu;
        cpus = new Cpu[o.cpus.length];
        for (int i = 0; i < cpus.length; i++) cpus[i] = o.cpus[i].copy();
        rb = o.rb.copy();
        consoleSeq = o.consoleSeq; consoleDropped = o.consoleDropped; semCount = o.semCount; semHolder = o.semHolder;
        semLock = o.semLock.copy(); ownerLock = o.ownerLock.copy(); portLock = o.portLock.copy();
        gsmiLock = o.gsmiLock.copy(); dumpLock = o.dumpLock.copy();
        consoleLocked = o.consoleLocked; consoleOwner = o.consoleOwner; consoleWaiter = o.consoleWaiter;
        panicCpu = o.panicCpu; suppressPrintk = o.suppressPrintk; suppressPanicPrintk = o.suppressPanicPrintk;
        panicConsoleDropped = o.panicConsoleDropped; oopsInProgress = o.oopsInProgress; stoppingCpu = o.stoppingCpu;
        crashingCpu = o.crashingCpu; waitingForCrashIpi = o.waitingForCrashIpi; cpusStopped = o.cpusStopped;
        kexecLock = o.kexecLock; gsmiLogged = o.gsmiLogged; degradations.addAll(o.degradations);
        panicCpuClaims = o.panicCpuClaims; printed = o.printed;
        nbcon = o.nbcon.copy(); legacyAllowPanicSync = o.legacyAllowPanicSync;
    }

    public Kernel copy() { return new Kernel(this); }

    /**
     * Takes every changing field of {@code o}, a kernel of the same scenario and configuration, without allocating:
     * how the explorer puts its working kernel back between two choices of one state (a field copy costs a fraction
     * of decoding the state's {@link Snapshot} again). Keep in step with the copy constructor; {@code SnapshotTest}
     * checks by reflection that a restored kernel equals its source in every field.
     */
    public void restore(Kernel o) {
        if (o.cpus.length != cpus.length || o.params != params || o.switchBits != switchBits) throw new IllegalArgumentException("restore from another scenario");
        for (int i = 0; i < cpus.length; i++) cpus[i].restore(o.cpus[i]);
        rb.restore(o.rb);
        consoleSeq = o.consoleSeq; consoleDropped = o.consoleDropped; semCount = o.semCount; semHolder = o.semHolder;
        semLock.restore(o.semLock); ownerLock.restore(o.ownerLock); portLock.restore(o.portLock);
        gsmiLock.restore(o.gsmiLock); dumpLock.restore(o.dumpLock);
        consoleLocked = o.consoleLocked; consoleOwner = o.consoleOwner; consoleWaiter = o.consoleWaiter;
        panicCpu = o.panicCpu; suppressPrintk = o.suppressPrintk; suppressPanicPrintk = o.suppressPanicPrintk;
        panicConsoleDropped = o.panicConsoleDropped; oopsInProgress = o.oopsInProgress; stoppingCpu = o.stoppingCpu;
        crashingCpu = o.crashingCpu; waitingForCrashIpi = o.waitingForCrashIpi; cpusStopped = o.cpusStopped;
        kexecLock = o.kexecLock; gsmiLogged = o.gsmiLogged;
        if (!degradations.equals(o.degradations)) { degradations.clear(); degradations.addAll(o.degradations); }
        panicCpuClaims = o.panicCpuClaims; printed = o.printed;
        nbcon.restore(o.nbcon); legacyAllowPanicSync = o.legacyAllowPanicSync;
    }

    /** Every field that changes, in a fixed order ({@link Snapshot}; keep in step with the copy constructor). */
    void save(Snapshot.Out o) {
        rb.save(o);
        o.put(consoleSeq).put(consoleDropped).put(semCount).put(semHolder);
        semLock.save(o); ownerLock.save(o); portLock.save(o); gsmiLock.save(o); dumpLock.save(o);
        o.put(consoleLocked).put(consoleOwner).put(consoleWaiter).put(panicCpu).put(suppressPrintk)
                .put(suppressPanicPrintk).put(panicConsoleDropped).put(oopsInProgress).put(stoppingCpu)
                .put(crashingCpu).put(waitingForCrashIpi).put(cpusStopped).put(kexecLock).put(gsmiLogged);
        int d = 0;
        for (Degradation g : DEGRADATIONS) if (degradations.contains(g)) d |= 1 << g.ordinal();
        o.put(d).put(panicCpuClaims).put(printed);
        nbcon.save(o);
        o.put(legacyAllowPanicSync);
        for (Cpu c : cpus) c.save(o);
    }

    private static final Degradation[] DEGRADATIONS = Degradation.values();

    void load(Snapshot.In in) {
        rb.load(in);
        consoleSeq = in.get(); consoleDropped = in.i(); semCount = in.i(); semHolder = in.i();
        semLock.load(in); ownerLock.load(in); portLock.load(in); gsmiLock.load(in); dumpLock.load(in);
        consoleLocked = in.bool(); consoleOwner = in.i(); consoleWaiter = in.bool(); panicCpu = in.i();
        suppressPrintk = in.bool(); suppressPanicPrintk = in.bool(); panicConsoleDropped = in.i();
        oopsInProgress = in.i(); stoppingCpu = in.i(); crashingCpu = in.i(); waitingForCrashIpi = in.i();
        cpusStopped = in.bool(); kexecLock = in.i(); gsmiLogged = in.bool();
        int d = in.i();
        degradations.clear();
        for (Degradation g : DEGRADATIONS) if ((d & 1 << g.ordinal()) != 0) degradations.add(g);
        panicCpuClaims = in.i(); printed = in.get();
        nbcon.load(in);
        legacyAllowPanicSync = in.bool();
        for (Cpu c : cpus) c.load(in);
    }

    /** The same state under other switches (what SwitchIsolationTest runs each step of a run in). */
    Kernel withConfig(Config other) { return new Kernel(this, other); }

    public boolean has(Switch s) { return (switchBits & 1L << s.ordinal()) != 0; }

    private static long bits(Config c) {
        if (Switch.values().length > 64) throw new IllegalStateException("more than 64 switches: Kernel.switchBits needs a wider set");
        long b = 0;
        for (Switch s : Switch.values()) if (c.has(s)) b |= 1L << s.ordinal();
        return b;
    }
    boolean queued() { return params.lockKind == Params.LockKind.QUEUED; }

    // ---- read-only view for engines and UI --------------------------------------------------------------------

    public int cpuCount() { return cpus.length; }
    public Cpu cpu(int i) { return cpus[i]; }
    public RingBuffer ringBuffer() { return rb; }
    public long consoleSeq() { return consoleSeq; }
    public int consoleDropped() { return consoleDropped; }
    public int semCount() { return semCount; }
    public int semHolder() { return semHolder; }
    public SpinLock semLock() { return semLock; }
    public SpinLock ownerLock() { return ownerLock; }
    public SpinLock portLock() { return portLock; }
    public SpinLock gsmiLock() { return gsmiLock; }
    public SpinLock dumpLock() { return dumpLock; }
    public int consoleOwner() { return consoleOwner; }
    public boolean consoleWaiter() { return consoleWaiter; }
    public boolean consoleLocked() { return consoleLocked; }
    public int panicCpu() { return panicCpu; }
    public boolean suppressPrintk() { return suppressPrintk; }
    public boolean suppressPanicPrintk() { return suppressPanicPrintk; }
    public int panicConsoleDropped() { return panicConsoleDropped; }
    public int oopsInProgress() { return oopsInProgress; }
    public boolean cpusStopped() { return cpusStopped; }
    public int kexecLockHolder() { return kexecLock; }
    public int waitingForCrashIpi() { return waitingForCrashIpi; }
    public long printed() { return printed; }
    /** The nbcon console, or null when the configuration has no NBCON switch. */
    public NbconConsole nbcon() { return has(Switch.NBCON) ? nbcon : null; }
    public boolean legacyAllowPanicSync() { return legacyAllowPanicSync; }

    /** A legacy console is registered: always without NBCON, beside the nbcon console with {@code legacyConsole}. */
    public boolean hasLegacyConsole() { return !has(Switch.NBCON) || params.legacyConsole; }

    /** The next record the slowest console still has to print (records below it are on every console). */
    public long slowestSeq() {
        long s = hasLegacyConsole() ? consoleSeq : Long.MAX_VALUE;
        return has(Switch.NBCON) ? Math.min(s, nbcon.seq) : s;
    }
    public boolean degraded() { return !degradations.isEmpty(); }
    public Set<Degradation> degradations() { return EnumSet.copyOf(degradations.isEmpty() ? EnumSet.noneOf(Degradation.class) : degradations); }

    /** The lock object behind a resource, or null for resources that are not raw spinlocks. */
    public SpinLock lock(Resource r) {
        return switch (r) {
            case SEM_LOCK -> semLock;
            case OWNER_LOCK -> ownerLock;
            case PORT_LOCK -> portLock;
            case GSMI_LOCK -> gsmiLock;
            case DUMP_LOCK -> dumpLock;
            default -> null;
        };
    }

    public int onlineCpus() {
        int n = 0;
        for (Cpu c : cpus) if (c.online) n++;
        return n;
    }

    /** The names of {@link #sharedValues()}, in their order; the last three exist only with NBCON. */
    public static final List<String> SHARED_NAMES = List.of("console_sem.count", "console_sem.holder", "console_sem.lock",
            "console_owner", "console_waiter", "console_owner_lock", "console_seq", "console_dropped", "first_seq", "next_seq",
            "panic_cpu", "oops_in_progress", "suppress_panic_printk", "panic_console_dropped", "suppress_printk", "port_lock",
            "gsmi_lock", "dump_lock", "kexec_lock", "stopping_cpu", "waiting_for_crash_ipi", "cpus_stopped",
            "nbcon_state", "nbcon_seq", "legacy_allow_panic_sync");

    /**
     * Every shared variable's value as text, in the order of {@link #SHARED_NAMES}; the engine diffs these for the
     * trace and the recording (an array, not a map: the recording reads it at every choice).
     */
    public String[] sharedValues() {
        String[] v = new String[has(Switch.NBCON) ? SHARED_NAMES.size() : SHARED_NAMES.size() - 3];
        v[0] = Integer.toString(semCount);
        v[1] = cpuName(semHolder);
        v[2] = semLock.toString();
        v[3] = cpuName(consoleOwner);
        v[4] = Boolean.toString(consoleWaiter);
        v[5] = ownerLock.toString();
        v[6] = Long.toString(consoleSeq);
        v[7] = Integer.toString(consoleDropped);
        v[8] = Long.toString(rb.firstSeq());
        v[9] = Long.toString(rb.nextSeq());
        v[10] = cpuName(panicCpu);
        v[11] = Integer.toString(oopsInProgress);
        v[12] = Boolean.toString(suppressPanicPrintk);
        v[13] = Integer.toString(panicConsoleDropped);
        v[14] = Boolean.toString(suppressPrintk);
        v[15] = portLock.toString();
        v[16] = gsmiLock.toString();
        v[17] = dumpLock.toString();
        v[18] = kexecLock == INVALID ? "free" : cpuName(kexecLock);
        v[19] = cpuName(stoppingCpu);
        v[20] = Integer.toString(waitingForCrashIpi);
        v[21] = Boolean.toString(cpusStopped);
        if (v.length > 22) {
            v[22] = nbcon.toString();
            v[23] = Long.toString(nbcon.seq);
            v[24] = Boolean.toString(legacyAllowPanicSync);
        }
        return v;
    }

    /** Every shared variable as name -> value text, in the order of {@link #SHARED_NAMES} (the state panel). */
    public Map<String, String> sharedVars() {
        String[] v = sharedValues();
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i++) m.put(SHARED_NAMES.get(i), v[i]);
        return m;
    }

    public static String cpuName(int cpu) { return cpu == INVALID ? "none" : "CPU" + cpu; }

    // ---- fingerprint: state identity for exploration ----------------------------------------------------------

    /**
     * Time and sequence numbers are stored relative to the earliest running CPU's clock and to first_seq, so that a
     * state that repeats later in time or seq space is recognised (needed to find livelock cycles). Counters whose
     * exact value no longer matters are saturated: panic_console_dropped past the P3 threshold. While the scenario's
     * absolute times still matter (the panic window, the lock holder's start) time is kept absolute.
     */
    private long timeBase() {
        long b = Long.MAX_VALUE;
        for (Cpu c : cpus) if (c.status.runnable()) b = Math.min(b, c.clock);
        if (b == Long.MAX_VALUE) return 0;
        boolean triggered = cpus[triggerCpu].panicked || cpus[triggerCpu].program == Cpu.Program.OOPS;
        long absoluteUntil = Math.max((long) params.panicAt + params.panicWindow, params.lhStart);
        return !triggered || b <= absoluteUntil ? 0 : b;
    }

    private StateKey.Clocks clocks(boolean timed) {
        return timed ? StateKey.Clocks.relative(timeBase()) : StateKey.Clocks.saturated(this);
    }

    /**
     * The state's identity for exploration under the given timing semantics: a compact, normalised encoding (see
     * {@link StateKey}). Untimed runs need their own abstraction of the clocks, as a clock there is a step count.
     */
    public StateKey key(boolean timed) {
        return StateKey.of(this, clocks(timed));
    }

    /** A 64-bit fingerprint of {@link #key(boolean)}: see {@link StateKey#fingerprint}. */
    public long fingerprint(boolean timed) {
        return fingerprint(timed, new KeyBuffer());
    }

    /** {@link #fingerprint(boolean)} with the encoding written into {@code scratch} (the explorer's, reused). */
    public long fingerprint(boolean timed, KeyBuffer scratch) {
        return StateKey.fingerprint(this, timed ? scratch.relative.at(timeBase()) : StateKey.Clocks.saturated(this), scratch);
    }

    /** The timed key. */
    public StateKey key() { return key(true); }

    @Override public int hashCode() { return key().hashCode(); }

    /** Same timed key: the same future under the timed semantics. */
    @Override public boolean equals(Object obj) {
        return obj instanceof Kernel o && o.cpus.length == cpus.length && key().equals(o.key());
    }

    /** All CPUs that still can step. */
    public List<Cpu> runnable() {
        List<Cpu> l = new ArrayList<>();
        for (Cpu c : cpus) if (c.status.runnable()) l.add(c);
        return l;
    }
}
