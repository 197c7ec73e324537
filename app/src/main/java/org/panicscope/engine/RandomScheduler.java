package org.panicscope.engine;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random choice among the enabled choices (uniform over CPUs; an interrupt lands with probability 1/2 at
 * each chance until its bound forces it). Deterministic for a seed, so a trial replays from its seed or from its
 * recorded schedule.
 */
public final class RandomScheduler implements Scheduler {
    private final SplittableRandom rnd;

    public RandomScheduler(long seed) { this.rnd = new SplittableRandom(seed); }

    @Override public Choice next(Run run) {
        List<Choice> en = run.enabled();
        if (en.isEmpty()) return null;
        return en.get(rnd.nextInt(en.size()));
    }
}
