package org.panicscope.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters of design doc §2.3 (teaching scale, one time unit is about 10 ms) and the scenario switches of
 * §2.2, §3 and §6 (stop method, kdump, lock kind, dump policy). Every default is a modelling choice [I] unless the
 * doc gives it. A scenario overrides any of them by name; an unknown name or a value out of range is rejected
 * with a message that names it.
 */
public final class Params {

    /** What a kmsg dumper does when its lock is taken (design doc §6.5). */
    public enum DumpPolicy { SPIN, TRY, BUST }

    /** Raw spinlock flavour (design doc §2.2 rule 4): x86 queued spinlock (default) or plain test-and-set. */
    public enum LockKind { QUEUED, TAS }

    /** How panic() is entered on the panicking CPU (§4.14 PT, §6.1b). */
    public enum PanicVia { SYSRQ, NMI }

    /** One integer parameter with its default, range and meaning. */
    public record IntSpec(String name, int def, int min, int max, String meaning) { }

    public static final Map<String, IntSpec> INTS = new LinkedHashMap<>();
    private static void spec(String n, int d, int min, int max, String m) { INTS.put(n, new IntSpec(n, d, min, max, m)); }
    static {
        spec("C", 8, 2, 64, "ring-buffer capacity in records");
        spec("W", 10, 1, 100, "time units to emit one record on the serial console");
        spec("P", 1, 0, 100, "time units for a store-only printk");
        spec("U", 1, 0, 100, "workload overhead per writer loop (user space, open, syscall)");
        spec("G_ipi", 100, 1, 10000, "REBOOT-IPI grace in native_stop_other_cpus (1 s)");
        spec("G_nmi_stop", 1, 0, 10000, "wait after the stop NMI (10 ms)");
        spec("G_shoot", 100, 1, 10000, "wait in nmi_shootdown_cpus (1000 ms)");
        spec("K_dump", 5, 0, 50, "printk lines of dump_stack() in panic()");
        spec("K_notif", 2, 0, 50, "printk lines emitted by panic notifiers");
        spec("H", 6000, 10, 1_000_000, "hang criterion (60 s): no completion within H time units");
        spec("T_drop", 10, 0, 1000, "patch-3 threshold: suppress after more than T_drop drop events");
        spec("D_irq", 10, 0, 1000, "maximum delivery latency of an IPI or NMI, in the target's time units");
        spec("L", 30, 1, 100000, "time units a lock holder (LH) keeps its lock with IRQs off");
        spec("L_smi", 5, 1, 100000, "time units of the gsmi SMI call (GS4)");
        spec("backlog", 0, 0, 64, "records already in the ring buffer, not yet printed, at start");
        spec("writerLines", -1, -1, 1_000_000, "lines the kmsg writer writes before it idles (-1: forever)");
        spec("panicAt", 0, 0, 1_000_000, "time at which the panic trigger fires by default");
        spec("panicWindow", 0, 0, 100_000, "exploration and trials may start the panic anywhere in [panicAt, panicAt+panicWindow]");
        spec("lhStart", 0, 0, 1_000_000, "time at which the lock holder (LH) takes its lock");
        spec("T_handover", 1, 0, 1000, "NBCON: time units a hand-over request waits for the owner (spinwait_max_us = 2000 us, rounded up)");
        spec("vcpuStall", 0, 0, 1000, "time units a CPU may lose in a row while its vCPU is descheduled by the host (timed mode; 0: never)");
    }

    private final Map<String, Integer> ints;
    public final boolean kdumpLoaded;
    public final boolean crashKexecPostNotifiers;
    public final boolean nmiIpiAllowed;
    public final boolean preemptRt;
    public final boolean gsmiNotifier;
    public final boolean kmsgDumper;
    public final boolean legacyConsole;
    public final boolean writerEmergency;
    public final DumpPolicy dumpPolicy;
    public final LockKind lockKind;
    public final PanicVia panicVia;

    // Hot fields, copied out of the map for the step functions.
    public final int C, W, P, U, G_ipi, G_nmi_stop, G_shoot, K_dump, K_notif, H, T_drop, D_irq, L, L_smi;
    public final int backlog, writerLines, panicAt, panicWindow, lhStart, vcpuStall, T_handover;

    private Params(Map<String, Integer> ints, boolean kdumpLoaded, boolean post, boolean nmiIpi, boolean rt,
                   boolean gsmi, boolean dumper, boolean legacy, boolean emergency, DumpPolicy dp, LockKind lk, PanicVia via) {
        this.ints = Map.copyOf(ints);
        this.kdumpLoaded = kdumpLoaded;
        this.crashKexecPostNotifiers = post;
        this.nmiIpiAllowed = nmiIpi;
        this.preemptRt = rt;
        this.gsmiNotifier = gsmi;
        this.kmsgDumper = dumper;
        this.legacyConsole = legacy;
        this.writerEmergency = emergency;
        this.dumpPolicy = dp;
        this.lockKind = lk;
        this.panicVia = via;
        C = ints.get("C"); W = ints.get("W"); P = ints.get("P"); U = ints.get("U");
        G_ipi = ints.get("G_ipi"); G_nmi_stop = ints.get("G_nmi_stop"); G_shoot = ints.get("G_shoot");
        K_dump = ints.get("K_dump"); K_notif = ints.get("K_notif"); H = ints.get("H"); T_drop = ints.get("T_drop");
        D_irq = ints.get("D_irq"); L = ints.get("L"); L_smi = ints.get("L_smi");
        backlog = ints.get("backlog"); writerLines = ints.get("writerLines"); panicAt = ints.get("panicAt");
        panicWindow = ints.get("panicWindow"); lhStart = ints.get("lhStart");
        vcpuStall = ints.get("vcpuStall"); T_handover = ints.get("T_handover");
    }

    public static Params defaults() {
        Map<String, Integer> m = new LinkedHashMap<>();
        INTS.values().forEach(s -> m.put(s.name(), s.def()));
        return new Params(m, false, false, true, false, false, false, false, false, DumpPolicy.SPIN, LockKind.QUEUED, PanicVia.SYSRQ);
    }

    public static final String BOOLEAN_NAMES = "kdumpLoaded, crashKexecPostNotifiers, nmiIpiAllowed, preemptRt, gsmiNotifier, kmsgDumper, legacyConsole, writerEmergency";

    /** All parameter names a scenario may set. */
    public static String allNames() {
        return String.join(", ", INTS.keySet()) + ", " + BOOLEAN_NAMES + ", dumpPolicy, lockKind, panicVia";
    }

    public int get(String name) { return ints.get(name); }

    public Map<String, Integer> ints() { return ints; }

    /** Returns a copy with one parameter changed; the value is an Integer, Boolean or String as JSON gives it. */
    public Params with(String name, Object value) {
        Map<String, Integer> m = new LinkedHashMap<>(ints);
        boolean kd = kdumpLoaded, post = crashKexecPostNotifiers, nmi = nmiIpiAllowed, rt = preemptRt, gs = gsmiNotifier, du = kmsgDumper, lc = legacyConsole, we = writerEmergency;
        DumpPolicy dp = dumpPolicy; LockKind lk = lockKind; PanicVia via = panicVia;
        IntSpec spec = INTS.get(name);
        if (spec != null) {
            if (!(value instanceof Integer v)) throw new IllegalArgumentException("parameter " + name + " must be a whole number, not " + describe(value));
            if (v < spec.min() || v > spec.max())
                throw new IllegalArgumentException("parameter " + name + " = " + v + " is out of range " + spec.min() + ".." + spec.max() + " (" + spec.meaning() + ")");
            m.put(name, v);
        } else switch (name) {
            case "kdumpLoaded" -> kd = bool(name, value);
            case "crashKexecPostNotifiers" -> post = bool(name, value);
            case "nmiIpiAllowed" -> nmi = bool(name, value);
            case "preemptRt" -> rt = bool(name, value);
            case "gsmiNotifier" -> gs = bool(name, value);
            case "kmsgDumper" -> du = bool(name, value);
            case "legacyConsole" -> lc = bool(name, value);
            case "writerEmergency" -> we = bool(name, value);
            case "dumpPolicy" -> dp = enumValue(DumpPolicy.class, name, value);
            case "lockKind" -> lk = enumValue(LockKind.class, name, value);
            case "panicVia" -> via = enumValue(PanicVia.class, name, value);
            default -> throw new IllegalArgumentException("unknown parameter '" + name + "'; valid parameters: " + allNames());
        }
        return new Params(m, kd, post, nmi, rt, gs, du, lc, we, dp, lk, via);
    }

    private static boolean bool(String name, Object v) {
        if (v instanceof Boolean b) return b;
        throw new IllegalArgumentException("parameter " + name + " must be true or false, not " + describe(v));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, Object v) {
        if (v instanceof String s) {
            for (E e : type.getEnumConstants()) if (e.name().equalsIgnoreCase(s)) return e;
        }
        StringBuilder ok = new StringBuilder();
        for (E e : type.getEnumConstants()) ok.append(ok.isEmpty() ? "" : ", ").append(e.name().toLowerCase());
        throw new IllegalArgumentException("parameter " + name + " must be one of " + ok + ", not " + describe(v));
    }

    private static String describe(Object v) {
        return v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
    }

    /** Every parameter as name -> value text, for display and JSON. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>(ints);
        m.put("kdumpLoaded", kdumpLoaded);
        m.put("crashKexecPostNotifiers", crashKexecPostNotifiers);
        m.put("nmiIpiAllowed", nmiIpiAllowed);
        m.put("preemptRt", preemptRt);
        m.put("gsmiNotifier", gsmiNotifier);
        m.put("kmsgDumper", kmsgDumper);
        m.put("legacyConsole", legacyConsole);
        m.put("writerEmergency", writerEmergency);
        m.put("dumpPolicy", dumpPolicy.name().toLowerCase());
        m.put("lockKind", lockKind.name().toLowerCase());
        m.put("panicVia", panicVia.name().toLowerCase());
        return m;
    }
}
