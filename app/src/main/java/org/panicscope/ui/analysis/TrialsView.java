package org.panicscope.ui.analysis;

import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.panicscope.engine.Trials;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

/**
 * Trials: how often each configuration hangs when the panic starts at a random moment and interrupts land with a
 * random delay, beside the author's QEMU figures; the hangs found can be replayed in the timeline.
 */
public final class TrialsView extends VBox {
    private final TrialsViewModel vm;
    private final FlowPane hangs = new FlowPane(6, 4);
    private final Replay onReplay;

    public TrialsView(TrialsViewModel vm, Supplier<Scenario> current, Replay onReplay) {
        this.vm = vm;
        this.onReplay = onReplay;
        setId("trials");
        getStyleClass().add("analysis-pane");
        Spinner<Integer> count = new Spinner<>(10, 100_000, vm.countProperty().get(), 100);
        count.setEditable(true);
        count.setPrefWidth(110);
        count.valueProperty().addListener((o, a, n) -> vm.countProperty().set(n));
        TextField seed = new TextField(Long.toString(vm.seedProperty().get()));
        seed.setPrefColumnCount(6);
        seed.textProperty().addListener((o, a, t) -> { try { vm.seedProperty().set(Long.parseLong(t.trim())); } catch (NumberFormatException ignored) { } });
        Button run = new Button("Run trials on this scenario");
        run.setId("trials-run");
        run.setOnAction(e -> vm.start(current.get()));
        Button harness = new Button("Run on kmsg-panic (Stephen's harness)");
        harness.setOnAction(e -> vm.start(Scenarios.bundled("kmsg-panic")));
        HBox tools = new HBox(8, new Label("trials"), count, new Label("seed"), seed, run, harness);
        tools.getChildren().addAll(AnalysisJob.controls(vm, "trials-cancel"));
        tools.getStyleClass().add("analysis-tools");
        TrialsChart chart = new TrialsChart(vm);
        // before the first run an empty axis says nothing: say what a run does and what it is compared with
        Label empty = new Label("No trials yet. A run plays the scenario many times under each named configuration, the "
                + "panic starting at a random moment and interrupts landing with a random delay (from the seed), and "
                + "counts the hangs, as Stephen Brennan measured his series in QEMU: "
                + "776 hangs in 1484 trials before it, 0 in 1238 after. Run trials on this scenario, or on kmsg-panic, "
                + "the scenario of his harness.");
        empty.setId("trials-empty");
        empty.setWrapText(true);
        empty.setMaxWidth(720);
        empty.getStyleClass().add("empty-state");
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.rows()));
        javafx.scene.layout.StackPane chartArea = new javafx.scene.layout.StackPane(chart, empty);
        javafx.scene.control.ScrollPane chartScroll = new javafx.scene.control.ScrollPane(chartArea);
        chartScroll.setFitToWidth(true);
        chartScroll.setFitToHeight(true);
        chartScroll.getStyleClass().add("panel-scroll");
        VBox.setVgrow(chartScroll, Priority.ALWAYS);
        Label hl = new Label("Hangs found (click to replay in the timeline):");
        hl.getStyleClass().add("card-subtitle");
        getChildren().addAll(tools, chartScroll, hl, hangs);
        vm.rows().addListener((ListChangeListener<TrialsViewModel.Row>) c -> showHangs());
    }

    private void showHangs() {
        hangs.getChildren().clear();
        for (TrialsViewModel.Row r : vm.rows()) {
            if (r.result() == null) continue;
            for (Trials.Hang h : r.result().firstHangs()) {
                if (hangs.getChildren().size() >= 24) return;
                Button b = new Button(r.config().name() + " · trial " + h.trial() + " · " + h.verdict().id() + " " + MatrixView.letter(h.window()));
                b.getStyleClass().add("witness-button");
                b.setFocusTraversable(false);
                b.setOnAction(e -> onReplay.replay(vm.scenario(), r.config(), h.schedule()));
                hangs.getChildren().add(b);
            }
        }
    }
}
