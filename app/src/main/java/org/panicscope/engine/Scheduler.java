package org.panicscope.engine;

/**
 * The one scheduler abstraction every mode uses (after awslabs/shuttle): given a run, choose what happens next
 * among {@link Run#enabled()}, or return null to stop. Strategies: {@link ReplayScheduler} (a schedule string,
 * then the default policy), {@link TrialScheduler} (seeded trials), and the user's clicks in the app; the
 * exhaustive explorer branches on every enabled choice instead of choosing one.
 */
public interface Scheduler {
    Choice next(Run run);

    /** What a caller sees of each choice the drive loop applies (a recording, a progress report). */
    interface Listener {
        Listener NONE = new Listener() { };

        /** Before {@code c} is applied to {@code run}. */
        default void before(Run run, Choice c) { }

        /** After {@code c} was applied; may throw to stop the drive (a cancelled export). */
        default void after(Run run, Choice c) { }
    }

    /** Drives a run to its verdict within the default budget. */
    static Run drive(Run run, Scheduler s) {
        return drive(run, s, Budget.DEFAULT, Listener.NONE);
    }

    static Run drive(Run run, Scheduler s, Budget budget) {
        return drive(run, s, budget, Listener.NONE);
    }

    /**
     * The drive loop of every mode: choices from {@code s} until the run has a verdict, the scheduler stops
     * (returns null), or the budget is used up. A used-up budget (choices or heap) ends the run with
     * {@link Verdict#NO_VERDICT}, so a caller sees it as it sees any verdict, never as an exception.
     */
    static Run drive(Run run, Scheduler s, Budget budget, Listener listener) {
        long start = run.history().size();
        while (!run.finished()) {
            if (budget.stops(run, run.history().size() - start)) break;
            Choice c = s.next(run);
            if (c == null) break;
            listener.before(run, c);
            run.apply(c);
            listener.after(run, c);
        }
        return run;
    }
}
