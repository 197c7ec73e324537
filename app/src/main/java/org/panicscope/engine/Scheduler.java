package org.panicscope.engine;

/**
 * The one scheduler abstraction every mode uses (after awslabs/shuttle): given a run, choose what happens next
 * among {@link Run#enabled()}, or return null to stop. Strategies: {@link ReplayScheduler} (a schedule string,
 * then the default policy: {@code run}, the app's tapes, the exports) and {@link TrialScheduler} (seeded random
 * trials). The exhaustive explorer does not pick one choice: it applies every enabled choice to copies of a run.
 */
public interface Scheduler {
    Choice next(Run run);

    /** Drives a run until it has a verdict or the scheduler stops. */
    static Run drive(Run run, Scheduler s) {
        long cap = 400L * Math.max(run.kernel().params.H, 1000) + 100_000;
        while (!run.finished()) {
            Choice c = s.next(run);
            if (c == null) break;
            run.apply(c);
            if (run.history().size() > cap)
                throw new IllegalStateException("run exceeded " + cap + " choices without a verdict");
        }
        return run;
    }
}
