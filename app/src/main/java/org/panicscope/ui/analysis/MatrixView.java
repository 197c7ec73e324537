package org.panicscope.ui.analysis;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.panicscope.engine.Explorer;
import org.panicscope.engine.Verdict;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import org.panicscope.sweep.CellMark;

/**
 * The verdict matrix as a table: one row per configuration, one column per verdict; a cell lists the ways that
 * verdict is reached (the hang's window letter, or the witness length), and a click loads that witness into the
 * timeline. With "sweep parameters" each cell is also marked robust ("=") or depending on parameters ("±") over a
 * small grid around the scenario's values, its tooltip naming the flips.
 */
public final class MatrixView extends VBox {
    private static final List<Verdict> COLUMNS = List.of(Verdict.DL, Verdict.LL, Verdict.OK_K, Verdict.OK_R, Verdict.OK_D);
    private final ExploreViewModel vm;
    private final GridPane grid = new GridPane();
    private final Replay onWitness;

    public MatrixView(ExploreViewModel vm, java.util.function.Supplier<Scenario> current, Replay onWitness) {
        this.vm = vm;
        this.onWitness = onWitness;
        setId("matrix");
        getStyleClass().add("analysis-pane");
        Button run = new Button("Explore every configuration");
        run.setId("explore-run");
        ToggleButton untimed = new ToggleButton("untimed");
        untimed.setTooltip(new Tooltip("Pure interleaving: drop the model's time costs; livelocks appear in every configuration before K24"));
        ToggleButton sweep = new ToggleButton("sweep parameters");
        sweep.setId("explore-sweep");
        sweep.setTooltip(new Tooltip("Also explore each configuration at a few parameter values around the scenario's own "
                + "(K_dump, K_notif, P, U, W one at a time; docs/exploration.md, Sweeps) and mark each cell robust or "
                + "depending on parameters; hover a cell for where it flips. About a dozen explorations per row."));
        run.setOnAction(e -> vm.start(current.get(), !untimed.isSelected(), sweep.isSelected()));
        Label hint = new Label("Every interleaving the scenario leaves free, explored exhaustively. A cell shows how a verdict is "
                + "reached: a letter is the hang's window (a owner halted, b flood livelock, d sem->lock, "
                + "d2 console_owner_lock, e dump_lock, f gsmi_lock); a number is the length of the shortest run. Click to watch it.");
        hint.setWrapText(true);
        hint.setMinHeight(USE_PREF_SIZE);   // wrapped, not cut to one line when the rows want the height
        hint.getStyleClass().add("card-subtitle");
        HBox tools = new HBox(8, run, untimed, sweep);
        tools.getChildren().addAll(AnalysisJob.controls(vm, "explore-cancel"));
        tools.getStyleClass().add("analysis-tools");
        grid.getStyleClass().add("matrix-grid");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("panel-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(tools, hint, scroll);
        vm.rows().addListener((ListChangeListener<ExploreViewModel.Row>) c -> rebuild());
        rebuild();
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        if (style != null) l.getStyleClass().add(style);
        l.setMinWidth(USE_PREF_SIZE);
        return l;
    }

    private void rebuild() {
        grid.getChildren().clear();
        if (grid.getColumnConstraints().isEmpty()) {
            for (int c = 0; c < 9; c++) {
                javafx.scene.layout.ColumnConstraints cc = new javafx.scene.layout.ColumnConstraints();
                cc.setMinWidth(USE_PREF_SIZE);
                if (c >= 2 && c <= 6) { cc.setPrefWidth(150); cc.setHgrow(Priority.SOMETIMES); }
                grid.getColumnConstraints().add(cc);
            }
        }
        String[] head = {"configuration", "expected", "DL", "LL", "OK-K", "OK-R", "OK-D", "states", ""};
        for (int c = 0; c < head.length; c++) {
            grid.add(label(head[c], "grid-head"), c, 0);
        }
        Scenario s = vm.scenario();
        int row = 1;
        for (ExploreViewModel.Row r : vm.rows()) {
            grid.add(label(r.config().name(), "matrix-config"), 0, row);
            Verdict exp = s == null ? null : s.expected().get(r.config().name());
            grid.add(label(exp == null ? "" : exp.id(), null), 1, row);
            for (int c = 0; c < COLUMNS.size(); c++) grid.add(cell(r, COLUMNS.get(c)), 2 + c, row);
            grid.add(label(r.result() == null ? "" : String.format("%,d", r.result().states()), null), 7, row);
            grid.add(label(r.result() == null ? r.status() : r.status() + ", " + r.result().millis() + " ms", "var-note"), 8, row);
            row++;
        }
    }

    private FlowPane cell(ExploreViewModel.Row r, Verdict v) {
        FlowPane f = new FlowPane(4, 2);
        f.getStyleClass().add("matrix-cell");
        if (r.result() == null) return f;
        if (v.hang()) {
            for (Explorer.Witness w : r.result().hangs()) if (w.verdict() == v) f.getChildren().add(button(r.config(), w, letter(w.window())));
        } else {
            Explorer.Witness w = r.result().outcomes().get(v);
            if (w != null) f.getChildren().add(button(r.config(), w, "✓ " + w.choices()));
        }
        if (!f.getChildren().isEmpty()) f.getStyleClass().add(v.hang() ? "matrix-hang" : v == Verdict.OK_D ? "matrix-degraded" : "matrix-ok");
        if (!r.result().complete() && f.getChildren().isEmpty()) f.getChildren().add(new Label("?"));
        if (r.sweep() != null) mark(f, CellMark.of(r.sweep(), v));
        return f;
    }

    /** The sweep's word on a cell: "=" robust, "±" depends on parameters; the tooltip says where it flips. */
    private static void mark(FlowPane f, CellMark m) {
        Label l = label(m.robust() ? "=" : "±", m.robust() ? "matrix-robust" : "matrix-dependent");
        l.setId(null);
        f.getChildren().add(l);
        f.getStyleClass().add(m.robust() ? "matrix-cell-robust" : "matrix-cell-dependent");
        Tooltip t = new Tooltip(m.text());
        t.setWrapText(true);
        t.setMaxWidth(640);
        Tooltip.install(f, t);
    }

    private Button button(Config c, Explorer.Witness w, String text) {
        Button b = new Button(text);
        b.getStyleClass().add("witness-button");
        b.setId("witness-" + c.name() + "-" + w.verdict().id() + "-" + letter(w.window()));
        b.setFocusTraversable(false);
        Tooltip t = new Tooltip(w.verdict().id() + " " + w.window() + "\n" + w.reason() + "\nshortest run: " + w.choices() + " choices. Click to watch it.");
        t.setWrapText(true);
        t.setMaxWidth(600);
        b.setTooltip(t);
        b.setOnAction(e -> onWitness.replay(vm.scenario(), c, w.schedule()));
        return b;
    }

    /** "(d2) console_owner_lock" -> "d2". */
    static String letter(String window) {
        if (window != null && window.startsWith("(")) return window.substring(1, window.indexOf(')'));
        return window == null ? "?" : window;
    }
}
