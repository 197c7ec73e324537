package org.panicscope.engine;

/** The verdicts of design doc §2.4, with the names users write ({@code OK-K}). */
public enum Verdict {
    DL("DL", "hang by deadlock"),
    LL("LL", "hang by livelock"),
    OK_K("OK-K", "completes into the kdump kernel"),
    OK_R("OK-R", "completes: final flush done, reboot / panic loop reached"),
    OK_D("OK-D", "completes, degraded"),
    NO_PANIC("NO-PANIC", "the panic never started"),
    ERROR("ERROR", "model error (a broken invariant)"),
    /** Not a verdict of the model: the run was stopped at its budget ({@link Budget}) before it reached one. */
    NO_VERDICT("NO-VERDICT", "no verdict within the run's budget");

    private final String id;
    private final String meaning;

    Verdict(String id, String meaning) {
        this.id = id;
        this.meaning = meaning;
    }

    public String id() { return id; }
    public String meaning() { return meaning; }
    public boolean hang() { return this == DL || this == LL; }

    public static Verdict byId(String id) {
        for (Verdict v : values()) if (v.id.equals(id)) return v;
        throw new IllegalArgumentException("unknown verdict '" + Echo.of(id) + "'; valid verdicts: DL, LL, OK-K, OK-R, OK-D");
    }

    @Override public String toString() { return id; }
}
