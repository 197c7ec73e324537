package org.panicscope.ui.analysis;

import org.panicscope.engine.Progress;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.panicscope.engine.Trials;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;

/**
 * Randomized trials per configuration (the engine's {@link Trials}, after Stephen's kmsg_panic.sh), off the UI
 * thread with progress and cancel; results carry the hang rate with its 95 % interval and replayable hangs.
 */
public final class TrialsViewModel extends AnalysisJob {
    /** The configurations of the chart: the author's measured ones and the later kernels. */
    /** One row per named configuration (design doc §5, then NBCON). */
    public static final List<String> CONFIGS = Config.namedIds();

    /** One configuration's result (null while waiting). */
    public record Row(Config config, Trials.Result result) { }

    private final IntegerProperty count = new SimpleIntegerProperty(this, "count", 500);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 1);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private Scenario scenario;

    public TrialsViewModel(Background bg) { super(bg); }

    /** Trials per configuration. */
    public IntegerProperty countProperty() { return count; }
    /** The master seed: the same seed gives the same result, whatever the number of threads. */
    public LongProperty seedProperty() { return seed; }
    /** The rows; one read-only view, so listeners added to it stay registered. */
    public ObservableList<Row> rows() { return rowsView; }
    public Scenario scenario() { return scenario; }

    public void start(Scenario s) { start(s, CONFIGS.stream().map(Config::parse).toList()); }

    public void start(Scenario s, List<Config> configs) {
        int n = Math.max(1, count.get());
        long sd = seed.get();
        Job job = begin(n + " trials of " + s.id() + " under " + configs.size() + " configurations, seed " + sd);
        AtomicBoolean stop = job.stop;
        scenario = s;
        rows.clear();
        for (Config c : configs) rows.add(new Row(c, null));
        long total = (long) n * configs.size();
        AtomicInteger trials = new AtomicInteger();
        bg.work().execute(() -> {
            for (int i = 0; i < configs.size() && !stop.get(); i++) {
                int row = i;
                Config c = configs.get(i);
                Trials.Result r = Trials.run(s, c, n, sd, Runtime.getRuntime().availableProcessors(), 5, new Progress() {
                    @Override public void advanced(long k, String what) {
                        int t = trials.addAndGet((int) k);
                        bg.ui().execute(() -> { if (job.current()) progress.set(Math.min(1, (double) t / total)); });
                    }
                    @Override public boolean cancelled() { return stop.get(); }
                });
                bg.ui().execute(() -> { if (job.current()) rows.set(row, new Row(c, r)); });
            }
            bg.ui().execute(() -> {
                if (!job.current()) return;
                running.set(false);
                progress.set(1);
                message.set((stop.get() ? "Cancelled: " : "Done: ") + s.id() + ", " + n + " trials per configuration, seed " + sd);
            });
        });
    }
}
