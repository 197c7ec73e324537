package org.panicscope.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.panicscope.engine.Progress;
import org.panicscope.engine.Explorer;
import org.panicscope.engine.MatrixRunner;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;

/**
 * A parameter sweep: one exhaustive exploration per point of a grid of scenario parameters (every combination of
 * the axes' values), so that a verdict can say which parameter values it holds for. Each point is an ordinary
 * {@link Explorer#explore} of the scenario with those parameters; points run in parallel and come back in grid
 * order (first axis outermost), whatever the thread count.
 */
public final class Sweep {
    /** Most points one sweep explores: a sweep multiplies the work of an exploration. */
    public static final int MAX_POINTS = 1000;

    private Sweep() { }

    /** One point of the grid: the swept parameters' values (in axis order) and the exploration there. */
    public record Point(Map<String, Integer> values, Explorer.Result result) {
        /** {@code K_dump=0, P=1}. */
        public String label() {
            StringBuilder b = new StringBuilder();
            values.forEach((k, v) -> b.append(b.isEmpty() ? "" : ", ").append(k).append('=').append(v));
            return b.toString();
        }
    }

    /** Progress per finished point, and cancellation (polled by the explorations too). */
    public interface Listener extends Progress {
        Listener NONE = new Listener() { };
        default void pointDone(int done, int total, long statesSoFar) { }
    }

    /** The grid's points in order, each as name -> value; checks the size first. */
    public static List<Map<String, Integer>> grid(List<Axis> axes) {
        long n = 1;
        for (Axis a : axes) n *= a.size();
        if (n > MAX_POINTS) throw new IllegalArgumentException("the sweep " + axes + " has " + n + " points, more than " + MAX_POINTS);
        List<Map<String, Integer>> points = new ArrayList<>();
        points.add(new LinkedHashMap<>());
        for (Axis a : axes) {
            List<Map<String, Integer>> next = new ArrayList<>();
            for (Map<String, Integer> p : points) {
                for (int v : a.values()) {
                    Map<String, Integer> q = new LinkedHashMap<>(p);
                    q.put(a.name(), v);
                    next.add(q);
                }
            }
            points = next;
        }
        return points;
    }

    /** The scenario at one point of the grid. */
    public static Scenario at(Scenario s, List<Axis> axes, Map<String, Integer> point) {
        Scenario out = s;
        for (Axis a : axes) out = a.apply(out, point.get(a.name()));
        return out;
    }

    /**
     * Explores every point of the grid under one configuration.
     *
     * @throws IllegalArgumentException for a grid over {@link #MAX_POINTS} or a value a scenario rejects
     */
    public static SweepResult run(Scenario s, Config config, List<Axis> axes, Explorer.Options o, int threads, Listener listener) {
        return run(s, config, axes, grid(axes), o, threads, listener);
    }

    /**
     * Explores the given points (each naming a value for every axis) under one configuration: a grid, or another
     * set such as {@link DefaultGrid}'s.
     */
    public static SweepResult run(Scenario s, Config config, List<Axis> axes, List<Map<String, Integer>> grid,
                                  Explorer.Options o, int threads, Listener listener) {
        List<Scenario> scenarios = new ArrayList<>();
        for (Map<String, Integer> p : grid) scenarios.add(at(s, axes, p)); // fails early on a bad value
        long t0 = System.nanoTime();
        Explorer.Options each = MatrixRunner.share(o, threads, grid.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, grid.size())), r -> {
            Thread t = new Thread(r, "sweep");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        AtomicLong states = new AtomicLong();
        try {
            List<Future<Explorer.Result>> fs = new ArrayList<>();
            for (Scenario point : scenarios) {
                fs.add(pool.submit(() -> {
                    Explorer.Result r = Explorer.explore(point, config, each, listener);
                    listener.pointDone(done.incrementAndGet(), grid.size(), states.addAndGet(r.states()));
                    return r;
                }));
            }
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < grid.size(); i++) points.add(new Point(grid.get(i), get(fs.get(i))));
            return new SweepResult(s.id(), config.name(), o.timed(), axes, points, (System.nanoTime() - t0) / 1_000_000);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Explorer.Result get(Future<Explorer.Result> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("exploration failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
