package org.panicscope.engine;

/**
 * One scheduling decision, the unit of every schedule string (docs/schedule.md):
 * {@code 3} CPU3 takes one step; {@code n1} the pending NMI lands on CPU1; {@code i1} the pending REBOOT IPI
 * lands on CPU1; {@code p0} CPU0 enters panic() now; {@code s1} CPU1 loses one time unit (its vCPU is descheduled
 * by the host; only where the scenario allows it with {@code vcpuStall}).
 */
public record Choice(Kind kind, int cpu) {

    public enum Kind {
        STEP(""), NMI("n"), IPI("i"), PANIC("p"), STALL("s");
        final String prefix;
        Kind(String prefix) { this.prefix = prefix; }
    }

    private static final Choice[][] CACHE = new Choice[Kind.values().length][10];
    static {
        for (Kind k : Kind.values()) for (int i = 0; i < 10; i++) CACHE[k.ordinal()][i] = new Choice(k, i);
    }

    /** The shared instance for a kind and CPU (choices are values; this only saves allocation on hot paths). */
    public static Choice of(Kind kind, int cpu) {
        return cpu >= 0 && cpu < 10 ? CACHE[kind.ordinal()][cpu] : new Choice(kind, cpu);
    }

    public static Choice step(int cpu) { return of(Kind.STEP, cpu); }
    public static Choice nmi(int cpu) { return of(Kind.NMI, cpu); }
    public static Choice ipi(int cpu) { return of(Kind.IPI, cpu); }
    public static Choice panic(int cpu) { return of(Kind.PANIC, cpu); }
    public static Choice stall(int cpu) { return of(Kind.STALL, cpu); }

    /** The token as written in a schedule string. */
    public String token() { return kind.prefix + cpu; }

    @Override public String toString() { return token(); }
}
