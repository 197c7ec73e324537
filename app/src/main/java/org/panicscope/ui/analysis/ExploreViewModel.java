package org.panicscope.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.panicscope.engine.Explorer;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import org.panicscope.sweep.DefaultGrid;
import org.panicscope.sweep.Sweep;
import org.panicscope.sweep.SweepResult;

/**
 * The verdict matrix of one scenario: every configuration of {@link Config#matrix()} explored exhaustively by the
 * engine's {@link Explorer}, off the UI thread, rows filled in as they finish; progress in states explored;
 * cancellable. Each reachable outcome keeps its shortest witness schedule, which the view loads into the timeline.
 */
public final class ExploreViewModel extends AnalysisJob {
    /**
     * One row: a configuration, and its result once explored (null while waiting or running); with a sweep, the
     * sweep over {@link DefaultGrid} (whose first point is the scenario's own, the row's result), else null.
     */
    public record Row(Config config, Explorer.Result result, String status, SweepResult sweep) {
        public Row(Config config, Explorer.Result result, String status) { this(config, result, status, null); }
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private Scenario scenario;

    public ExploreViewModel(Background bg) { super(bg); }

    /** The rows; one read-only view, so listeners added to it stay registered. */
    public ObservableList<Row> rows() { return rowsView; }
    public Scenario scenario() { return scenario; }

    /** Explores every configuration of the matrix; a run still going is cancelled first. */
    public void start(Scenario s, boolean timed) { start(s, timed, false); }

    /** The same, and with {@code sweep} each configuration also on {@link DefaultGrid}'s points (robust or not). */
    public void start(Scenario s, boolean timed, boolean sweep) {
        start(s, timed, Config.matrix(), Explorer.Options.defaults().withTimed(timed), sweep);
    }

    public void start(Scenario s, boolean timed, List<Config> configs, Explorer.Options options) {
        start(s, timed, configs, options, false);
    }

    public void start(Scenario s, boolean timed, List<Config> configs, Explorer.Options options, boolean sweep) {
        Job job = begin((sweep ? "Sweeping " : "Exploring ") + s.id() + " under " + configs.size() + " configurations ("
                + (timed ? "timed" : "untimed") + (sweep ? ", " + DefaultGrid.points(s).size() + " points each" : "") + ")");
        AtomicBoolean stop = job.stop;
        scenario = s;
        rows.clear();
        for (Config c : configs) rows.add(new Row(c, null, "waiting"));
        AtomicInteger done = new AtomicInteger();
        AtomicLong states = new AtomicLong();
        for (int i = 0; i < configs.size(); i++) {
            int row = i;
            Config c = configs.get(i);
            bg.work().execute(() -> {
                if (stop.get()) { done(job, row, new Row(c, null, "cancelled"), done, configs.size(), s); return; }
                if (sweep) { sweepRow(job, s, c, options, row, done, configs.size()); return; }
                Explorer.Result r = Explorer.explore(s, c, options, new Explorer.Progress() {
                    private long last;
                    @Override public void states(long n) {
                        long total = states.addAndGet(n - last);
                        last = n;
                        bg.ui().execute(() -> { if (job.current()) message.set("Exploring " + s.id() + ": " + total + " states so far"); });
                    }
                    @Override public boolean cancelled() { return stop.get(); }
                });
                done(job, row, new Row(c, r, stop.get() ? "cancelled" : r.complete() ? "complete" : "capped: " + r.stopReason()),
                        done, configs.size(), s);
            });
        }
    }

    /** One row's sweep on the worker thread: the grid's points in turn, the first being the scenario's own. */
    private void sweepRow(Job job, Scenario s, Config c, Explorer.Options options, int row, AtomicInteger done, int total) {
        AtomicBoolean stop = job.stop;
        SweepResult r = Sweep.run(s, c, DefaultGrid.axes(s), DefaultGrid.points(s), options, 1, new Sweep.Listener() {
            @Override public boolean cancelled() { return stop.get(); }
            @Override public void pointDone(int d, int n, long st) {
                bg.ui().execute(() -> { if (job.current()) message.set("Sweeping " + s.id() + " under " + c.name() + ": point " + d + " of " + n); });
            }
        });
        Explorer.Result own = r.points().getFirst().result();
        String status = stop.get() ? "cancelled" : !own.complete() ? "capped: " + own.stopReason()
                : r.complete() ? "complete, swept" : "complete, some sweep points capped";
        done(job, row, new Row(c, own, status, stop.get() ? null : r), done, total, s);
    }

    /** Publishes one finished (or skipped) configuration on the UI thread. */
    private void done(Job job, int row, Row r, AtomicInteger done, int total, Scenario s) {
        bg.ui().execute(() -> {
            if (!job.current()) return;
            rows.set(row, r);
            int d = done.incrementAndGet();
            progress.set((double) d / total);
            if (d == total) finish(s, job.stop.get());
        });
    }

    private void finish(Scenario s, boolean cancelled) {
        running.set(false);
        long states = 0;
        for (Row r : rows) if (r.result() != null) states += r.result().states();
        message.set((cancelled ? "Cancelled: " : "Done: ") + s.id() + ", " + rows.size() + " configurations, " + states + " states");
    }

    /** The rows that finished, for tests. */
    public List<Row> finished() {
        List<Row> l = new ArrayList<>();
        for (Row r : rows) if (r.result() != null) l.add(r);
        return l;
    }
}
