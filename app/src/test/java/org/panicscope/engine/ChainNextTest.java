package org.panicscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.panicscope.model.Config;
import org.panicscope.model.Machine;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

/**
 * {@link Run#chainNext} answers in one pass over the CPUs what the explorer's chain once asked choice by choice: the
 * lowest CPU whose next step is local and enabled ({@link Machine#nextStepIsLocal}, {@link Run#canStep}), else the
 * only enabled choice ({@link Run#onlyEnabled}). It repeats the enabled rules for speed, so it is compared with
 * them on random walks, timed and untimed, over every bundled scenario.
 */
class ChainNextTest {

    private static Choice expected(Run r, boolean forcedOk) {
        for (int i = 0; i < r.kernel().cpuCount(); i++) if (Machine.nextStepIsLocal(r.kernel(), i, r.timed()) && r.canStep(i)) return Choice.step(i);
        return forcedOk ? r.onlyEnabled() : null;
    }

    @Test
    void chainNextAgreesWithTheEnabledRules() {
        int compared = 0, forced = 0;
        for (Scenario s : Scenarios.all()) {
            for (String config : List.of("BASE", "VP", "FINAL", "NBCON")) {
                for (boolean timed : new boolean[] {true, false}) {
                    Random rnd = new Random(s.id().hashCode() * 31L + config.hashCode() + (timed ? 1 : 0));
                    for (int walk = 0; walk < 5; walk++) {
                        Run r = new Run(s.newKernel(Config.parse(config)), timed, Run.Mode.EXPLORE, false);
                        for (int n = 0; n < 600 && !r.finished(); n++) {
                            for (boolean ok : new boolean[] {true, false}) {
                                Choice want = expected(r, ok);
                                Choice got = r.chainNext(ok);
                                assertEquals(want, got, s.id() + "/" + config + (timed ? "" : " untimed") + " after " + r.history().size() + " choices");
                                boolean local = want != null && want.kind() == Choice.Kind.STEP
                                        && Machine.nextStepIsLocal(r.kernel(), want.cpu(), r.timed()) && expected(r, false) != null;
                                assertEquals(want != null && !local, r.chainForced, s.id() + "/" + config + ": chainForced");
                                if (r.chainForced) forced++;
                                compared++;
                            }
                            // mostly steps, so that sent interrupts wait until they are overdue and the panic
                            // window runs out, where the rules force a choice
                            List<Choice> en = r.enabled();
                            List<Choice> steps = en.stream().filter(c -> c.kind() == Choice.Kind.STEP).toList();
                            r.apply(!steps.isEmpty() && rnd.nextInt(10) < 9 ? steps.get(rnd.nextInt(steps.size())) : en.get(rnd.nextInt(en.size())));
                        }
                    }
                }
            }
        }
        assertTrue(compared > 50_000 && forced > 1_000, compared + " states compared, " + forced + " forced choices");
    }
}
