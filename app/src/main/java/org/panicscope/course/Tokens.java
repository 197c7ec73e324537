package org.panicscope.course;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.panicscope.engine.Choice;
import org.panicscope.engine.ReplayScheduler;
import org.panicscope.engine.Run;
import org.panicscope.engine.Schedule;
import org.panicscope.engine.Scheduler;

/**
 * Writes a list of choices as few schedule tokens as replay the very same choices: {@code 1@DRV2} (CPU1 runs until
 * its next step is DRV2, the CPUs behind it in time catching up), {@code 0*10}, or one choice. A hint is the first
 * such token, so that a student who follows hints moves along a shortest way in a handful of tokens instead of one
 * click per choice; each token is checked by replaying it, never assumed.
 */
final class Tokens {
    private Tokens() { }

    /** The tokens, in order, that replay {@code path} exactly from {@code from} (which is not changed). */
    static List<String> of(Run from, List<Choice> path) {
        List<String> out = new ArrayList<>();
        Run at = from.copy();
        int i = 0;
        while (i < path.size()) {
            Best b = longest(at, path, i);
            out.add(b.token);
            for (int k = i; k < b.end; k++) at.apply(path.get(k));
            i = b.end;
        }
        return out;
    }

    /** The first token of {@link #of}. */
    static String first(Run from, List<Choice> path) {
        return path.isEmpty() ? null : longest(from.copy(), path, 0).token;
    }

    private record Best(String token, int end) { }

    private static Best longest(Run at, List<Choice> path, int i) {
        Best best = repeat(path, i);
        // the steps each CPU stands at along the path: the candidates for c@STEP
        Set<String> candidates = new LinkedHashSet<>();
        Run walk = at.copy();
        for (int k = i; k < path.size() && candidates.size() < 400; k++) {
            walk.apply(path.get(k));
            for (int c = 0; c < walk.kernel().cpuCount(); c++) candidates.add(c + "@" + walk.kernel().cpu(c).pc().id());
        }
        for (String token : candidates) {
            int end = matches(at, token, path, i);
            if (end > best.end) best = new Best(token, end);
        }
        return best;
    }

    /** {@code c*n}: the longest run of one choice (a plain repeat never needs a catch-up when it replays exactly). */
    private static Best repeat(List<Choice> path, int i) {
        int n = 1;
        while (i + n < path.size() && path.get(i + n).equals(path.get(i))) n++;
        return new Best(Schedule.of(path.subList(i, i + n)).toString(), i + n);
    }

    /** Where the path stands once the token has replayed, or -1 when the token's choices leave the path. */
    private static int matches(Run at, String token, List<Choice> path, int i) {
        Run r = at.copy();
        int before = r.history().size();
        try {
            Scheduler.drive(r, new LimitedReplay(Schedule.parse(token), path.size() - i + 1));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return -1;
        }
        List<Choice> made = r.history().subList(before, r.history().size());
        if (made.isEmpty() || made.size() > path.size() - i) return -1;
        for (int k = 0; k < made.size(); k++) if (!made.get(k).equals(path.get(i + k))) return -1;
        return i + made.size();
    }

    /** A replay that stops after {@code max} choices (a token that runs past the path is no match). */
    private static final class LimitedReplay implements Scheduler {
        private final ReplayScheduler replay;
        private int left;

        LimitedReplay(Schedule s, int max) {
            this.replay = new ReplayScheduler(s, false);
            this.left = max;
        }

        @Override public Choice next(Run run) {
            return left-- > 0 ? replay.next(run) : null;
        }
    }
}
