package org.panicscope.engine;

import java.util.concurrent.CancellationException;

/**
 * How long work is going and whether to stop it, for every long job: an exploration (states), trials, a replay
 * recorded for a picture (choices), an export (frames). The job reports what it adds as it goes and polls
 * {@link #cancelled()}; the app shows the figures and may cancel, the command line passes {@link #NONE}.
 */
public interface Progress {
    Progress NONE = new Progress() { };

    /** {@code units} more of the work are done; {@code what} says where the job is (or null). */
    default void advanced(long units, String what) { }

    default boolean cancelled() { return false; }

    /** Throws {@link CancellationException} when cancelled. */
    default void check() {
        if (cancelled()) throw new CancellationException("cancelled");
    }
}
