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

    public static Choice step(int cpu) { return new Choice(Kind.STEP, cpu); }
    public static Choice nmi(int cpu) { return new Choice(Kind.NMI, cpu); }
    public static Choice ipi(int cpu) { return new Choice(Kind.IPI, cpu); }
    public static Choice panic(int cpu) { return new Choice(Kind.PANIC, cpu); }
    public static Choice stall(int cpu) { return new Choice(Kind.STALL, cpu); }

    /** The token as written in a schedule string. */
    public String token() { return kind.prefix + cpu; }

    @Override public String toString() { return token(); }
}
