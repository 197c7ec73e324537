package org.panicscope.course;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.panicscope.engine.Choice;
import org.panicscope.engine.Outcome;
import org.panicscope.engine.ReplayScheduler;
import org.panicscope.engine.Run;
import org.panicscope.engine.Schedule;
import org.panicscope.engine.Scheduler;
import org.panicscope.engine.Verdict;
import org.panicscope.model.Config;
import org.panicscope.model.Kernel;
import org.panicscope.model.StateKey;
import org.panicscope.scenario.Scenario;

/**
 * Checks a challenge against a student's schedule and finds the way on: whether the goal is reached, whether it is
 * still reachable, the next choice on a shortest way there, a whole solution, or how far to step back.
 *
 * <p>The run judged is the one the app shows and {@code panicscope run --schedule} prints: the student's choices,
 * then the default policy until a verdict. So a way to the goal is a list of further choices after which the
 * default policy reaches it; the solver looks for the fewest such choices by breadth-first search over the engine's
 * {@link Run#enabled()} and {@link Run#apply}, one state per {@link StateKey} (the explorer's state identity).
 * Following the default choice never changes where the default policy leads, so only the other choices are judged
 * by running the default policy on to a verdict.
 *
 * <p>Two modelling choices, both checked afterwards: a continuation whose state key repeats after the panic started
 * is periodic, so the panic never completes and the run ends LL when H runs out (judged at once instead of running
 * 6000 time units); and two prefixes with the same state key are one state, although the time already spent in panic
 * (which the key leaves out) is not the same. Every solution is therefore replayed in full before it is returned,
 * and one that does not reach the goal is dropped.
 */
public final class Solver {
    /** Most states one search stores before it gives up (its result then says "incomplete"). */
    public static final int STATE_CAP = 150_000;

    private final Scenario scenario;
    private final Config config;
    private final Goal goal;
    private final Schedule start;
    private final int stateCap;

    /** @param start where the challenge begins (the student's schedule continues it); empty for the scenario's start */
    public Solver(Scenario scenario, Config config, Goal goal, Schedule start) { this(scenario, config, goal, start, STATE_CAP); }

    public Solver(Scenario scenario, Config config, Goal goal, Schedule start, int stateCap) {
        this.scenario = scenario;
        this.config = config;
        this.goal = goal;
        this.start = start;
        this.stateCap = stateCap;
    }

    /**
     * The answer for a schedule.
     *
     * @param outcome    the verdict of the run shown (the schedule, then the default policy)
     * @param hint       the next schedule token on a shortest way to the goal (the first item of the way on as a
     *                   schedule string: one choice, or one choice repeated, {@code 0*10}); null when reached or
     *                   unreachable
     * @param solution   the student's choices and a shortest way on, as a schedule string that continues the
     *                   challenge's start; null when unreachable
     * @param stepBackTo when unreachable: the most of the student's choices to keep (#N) from which the goal can
     *                   still be reached, or -1 when none could be found
     * @param choices    how many choices the student's schedule made (with the catch-up steps timed mode inserts)
     * @param complete   false when the search stopped at its state cap (then "unreachable" is not a proof)
     */
    public record Status(Outcome outcome, boolean goalReached, boolean reachable, String hint, String solution,
                         int stepBackTo, int choices, boolean complete) { }

    /** Checks a schedule; throws {@link ReplayScheduler.ImpossibleSchedule} when one of its tokens cannot apply. */
    public Status check(Schedule schedule) {
        Run prefix = prefix(schedule);
        List<Choice> made = List.copyOf(prefix.history().subList(startChoices, prefix.history().size()));
        Outcome shown = finish(prefix.copy()).outcome();
        if (goal.reachedBy(shown)) return new Status(shown, true, true, null, text(made, List.of()), -1, made.size(), true);
        Search found = search(prefix);
        if (found.path != null) {
            List<String> way = Tokens.of(prefix, found.path);
            String solution = String.join(" ", way);
            if (!made.isEmpty()) solution = schedule + " " + solution; // replays to the same choices as made
            return new Status(shown, false, true, way.getFirst(), solution, -1, made.size(), true);
        }
        int back = found.complete ? stepBack(made) : -1;
        return new Status(shown, false, false, null, null, back, made.size(), found.complete);
    }

    private int startChoices;

    /** The first {@code n} choices the student's schedule makes (catch-up steps included), as a schedule. */
    public Schedule keep(Schedule schedule, int n) {
        Run r = prefix(schedule);
        return Schedule.of(r.history().subList(startChoices, startChoices + n)).withUntimed(schedule.untimed());
    }

    /**
     * The challenge's start, then the student's schedule, applied exactly (with the catch-up steps timed mode needs)
     * and not continued. Timed unless the start says {@code untimed:}.
     */
    public Run prefix(Schedule schedule) {
        Run r = startRun();
        startChoices = r.history().size();
        return Scheduler.drive(r, new ReplayScheduler(schedule, false));
    }

    private Run startRun() {
        Run r = scenario.newRun(config, !start.untimed(), Run.Mode.REPLAY, false);
        return Scheduler.drive(r, new ReplayScheduler(start, false));
    }

    private static Run finish(Run r) {
        return Scheduler.drive(r, Run::defaultChoice);
    }

    private static String text(List<Choice> made, List<Choice> more) {
        List<Choice> all = new ArrayList<>(made);
        all.addAll(more);
        return Schedule.of(all).toString();
    }

    /** The latest prefix of the student's choices from which the goal is reachable (reachability only shrinks). */
    private int stepBack(List<Choice> made) {
        int lo = 0, hi = made.size() - 1, best = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Run r = startRun();
            for (int i = 0; i < mid; i++) r.apply(made.get(i));
            Search s = search(r);
            if (s.path != null || goal.reachedBy(finish(r.copy()).outcome())) { best = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return best;
    }

    private record Search(List<Choice> path, boolean complete) { }

    /** Breadth-first search for the fewest further choices after which the default policy reaches the goal. */
    private Search search(Run start) {
        if (start.finished()) return new Search(null, true);
        List<Run> runs = new ArrayList<>();
        List<Integer> parent = new ArrayList<>();
        List<Choice> via = new ArrayList<>();
        Set<StateKey> seen = new HashSet<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        runs.add(start.fork());
        parent.add(-1);
        via.add(null);
        seen.add(start.kernel().key(start.timed()));
        queue.add(0);
        while (!queue.isEmpty()) {
            int id = queue.poll();
            Run r = runs.get(id);
            runs.set(id, null); // expanded: only the parent pointers are kept
            Choice usual = r.defaultChoice();
            for (Choice ch : r.enabled()) {
                Run n = r.fork();
                n.apply(ch);
                if (!seen.add(n.kernel().key(n.timed()))) continue;
                boolean hit = n.finished() ? goal.reachedBy(n.outcome()) : !ch.equals(usual) && reachesByDefault(n);
                if (hit) {
                    List<Choice> path = path(parent, via, id, ch);
                    if (verify(start, path)) return new Search(path, true);
                }
                if (n.finished()) continue;
                runs.add(n);
                parent.add(id);
                via.add(ch);
                queue.add(runs.size() - 1);
                if (seen.size() >= stateCap) return new Search(null, false);
            }
        }
        return new Search(null, true);
    }

    private static List<Choice> path(List<Integer> parent, List<Choice> via, int from, Choice last) {
        List<Choice> l = new ArrayList<>();
        l.add(last);
        for (int at = from; parent.get(at) >= 0; at = parent.get(at)) l.add(via.get(at));
        java.util.Collections.reverse(l);
        return l;
    }

    private boolean verify(Run start, List<Choice> path) {
        Run r = start.copy();
        for (Choice c : path) r.apply(c);
        return goal.reachedBy(finish(r).outcome());
    }

    /** Continuation results by state fingerprint: every state a continuation passes through leads where it led. */
    private final java.util.HashMap<Long, Boolean> leadsToGoal = new java.util.HashMap<>();
    private static final int MEMO_CAP = 3_000_000;

    /** Whether the default policy from here reaches the goal (a periodic continuation after the panic is LL). */
    private boolean reachesByDefault(Run from) {
        Run r = from.fork();
        Set<Long> states = new HashSet<>();
        List<Long> passed = new ArrayList<>();
        long cap = 400L * Math.max(r.kernel().params.H, 1000) + 100_000;
        Boolean result = null;
        for (long i = 0; !r.finished() && i < cap && result == null; i++) {
            long f = r.kernel().fingerprint(r.timed());
            result = leadsToGoal.get(f);
            if (result != null) break;
            passed.add(f);
            if (r.panicStart() >= 0 && !states.add(f)) {
                result = goal.verdict() == Verdict.LL && (goal.window() == null || goal.window().equals("(b) flood livelock"));
                break;
            }
            r.apply(r.defaultChoice());
        }
        if (result == null) result = goal.reachedBy(r.outcome());
        if (leadsToGoal.size() + passed.size() > MEMO_CAP) leadsToGoal.clear();
        for (Long f : passed) leadsToGoal.put(f, result);
        return result;
    }
}
