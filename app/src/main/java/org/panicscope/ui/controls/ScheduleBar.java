package org.panicscope.ui.controls;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.panicscope.recording.Comparison;
import org.panicscope.ui.session.SessionViewModel;

/**
 * The schedule string of the run: shown, copyable, editable; pasting one and pressing Enter reproduces that run.
 * Below it, where the run parted from the previous configuration's, and where replay of the schedule stopped.
 */
public final class ScheduleBar extends VBox {
    private final TextField field = new TextField();
    private final Label error = new Label();
    private final Label divergence = new Label();
    private final SessionViewModel vm;

    public ScheduleBar(SessionViewModel vm) {
        this.vm = vm;
        getStyleClass().add("schedule-bar");
        field.setId("schedule-field");
        field.getStyleClass().add("schedule-field");
        field.setPromptText("schedule, e.g. 1@DRV2 p0 0@PN8 1@DRV2");
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) { apply(); e.consume(); }
            if (e.getCode() == KeyCode.ESCAPE) { field.setText(vm.scheduleTextProperty().get()); field.getParent().requestFocus(); e.consume(); }
        });
        Label label = new Label("Schedule");
        label.getStyleClass().add("bar-label");
        Button apply = button("Apply", "Replay this schedule (Enter)", this::apply);
        apply.setId("schedule-apply");
        Button copy = button("Copy", "Copy the schedule string (Ctrl+Shift+C)", this::copy);
        Button exact = button("Copy exact", "Copy every choice up to the cursor, exactly", this::copyExact);
        Button reset = button("Reset", "Back to the scenario's own schedule (Ctrl+R)", vm::resetPlan);
        HBox row = new HBox(8, label, field, apply, copy, exact, reset);
        row.getStyleClass().add("bar-row");
        HBox.setHgrow(field, Priority.ALWAYS);
        error.getStyleClass().add("schedule-error");
        error.setId("schedule-error");
        error.setWrapText(true);
        divergence.getStyleClass().add("divergence-label");
        divergence.setId("divergence");
        divergence.setWrapText(true);
        getChildren().addAll(row, error, divergence);
        vm.scheduleTextProperty().addListener((o, a, s) -> { field.setText(s); error.setText(""); });
        vm.comparisonProperty().addListener((o, a, c) -> showDivergence(c));
        vm.tapeProperty().addListener(o -> showDivergence(vm.comparisonProperty().get()));
        showDivergence(null);
    }

    private static Button button(String text, String tip, Runnable r) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> r.run());
        return b;
    }

    /** Where the run parts from the previous configuration's, in the words {@code panicscope compare} prints. */
    private void showDivergence(Comparison c) {
        StringBuilder b = new StringBuilder();
        if (c != null) {
            Comparison.Divergence d = c.divergence();
            b.append(c.a().config().name()).append(" → ").append(c.b().config().name()).append(": ")
                    .append(d == null ? "the two runs take the same steps with the same effects"
                            : "from choice #" + d.b().index() + " (#" + d.a().index() + " under " + c.a().config().name() + "): " + d.headline());
        }
        var stop = vm.tape() == null ? null : vm.tape().replayStop();
        if (stop != null) b.append(b.isEmpty() ? "" : "\n").append("Replay stopped at choice #").append(stop.index() + 1)
                .append(" and the default policy took over: ").append(stop.reason());
        divergence.setText(b.toString());
        divergence.setVisible(!b.isEmpty());
        divergence.setManaged(!b.isEmpty());
    }

    /** Applies the text in the field; a parse error is shown under it. */
    public void apply() {
        String err = vm.applySchedule(field.getText());
        error.setText(err == null ? "" : err);
    }

    public void copy() { put(vm.scheduleTextProperty().get()); }

    public void copyExact() { if (vm.tape() != null) put(vm.tape().exactSchedule(vm.position()).toString()); }

    /** Pastes the clipboard's text as the schedule and applies it. */
    public void paste() {
        String s = Clipboard.getSystemClipboard().getString();
        if (s == null) return;
        field.setText(s.strip());
        apply();
    }

    private static void put(String s) {
        ClipboardContent c = new ClipboardContent();
        c.putString(s);
        Clipboard.getSystemClipboard().setContent(c);
    }

    public TextField field() { return field; }

}
