package org.panicscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.panicscope.model.Config;
import org.panicscope.model.Resource;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

/** A hang's kernel window is a value the verdict carries, not a word found in its reason. */
class HangTest {

    private static Outcome run(String id, String config) {
        Scenario s = Scenarios.bundled(id);
        Config c = Config.parse(config);
        return s.replay(c, s.scheduleFor(c), false, false).outcome();
    }

    @Test
    void theVerdictNamesTheWindowOfItsHang() {
        Outcome dl = run("owner-halted", "BASE");
        assertThat(dl.verdict()).isEqualTo(Verdict.DL);
        assertThat(dl.hang()).isEqualTo(Hang.OWNER_HALTED);
        assertThat(dl.window()).isEqualTo("(a) owner halted");
        int livelocks = 0;
        for (String id : Scenarios.IDS) {
            for (String c : Config.namedIds()) {
                Outcome o = run(id, c);
                if (o.verdict() == Verdict.LL) { livelocks++; assertThat(o.hang()).as(id + " " + c).isEqualTo(Hang.FLOOD_LIVELOCK); }
                if (o.verdict() == Verdict.DL && o.hang() != null) assertThat(o.cause()).as(id + " " + c).contains(nameOf(o.hang()));
            }
        }
        assertThat(livelocks).as("a bundled scenario ends in the flood livelock").isPositive();
        Outcome ok = run("owner-halted", "FINAL");
        assertThat(ok.hang()).isNull();
        assertThat(ok.window()).isEqualTo(ok.verdict().id());
    }

    /** The resource label a window is named after (its cause names the resource the panic CPU spins on). */
    private static String nameOf(Hang h) {
        for (Resource r : Resource.values()) if (Hang.spinningOn(r) == h) return r.label();
        throw new AssertionError(h + " has no resource");
    }

    @Test
    void everyLockADeadlockCanSpinOnHasAWindow() {
        for (Resource r : Resource.values()) {
            if (r == Resource.KEXEC_LOCK) assertThat(Hang.spinningOn(r)).as("a trylock: nobody spins on it").isNull();
            else assertThat(Hang.spinningOn(r)).as(r.label()).isNotNull();
        }
    }
}
