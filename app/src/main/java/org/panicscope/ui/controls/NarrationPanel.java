package org.panicscope.ui.controls;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.panicscope.scenario.Scenario;
import org.panicscope.ui.session.SessionViewModel;

/**
 * The scenario's narration beside the timeline: its introduction, then the note of the current choice, with what
 * it points at. Large in presenter mode.
 */
public final class NarrationPanel extends VBox {
    private final Label heading = new Label("Narration");
    private final Label where = new Label();
    private final Label text = new Label();
    private final javafx.scene.control.ScrollPane scroll;

    public NarrationPanel(SessionViewModel vm) {
        setId("narration");
        getStyleClass().add("narration-panel");
        heading.getStyleClass().add("card-title");
        where.getStyleClass().add("narration-where");
        where.setWrapText(true);
        where.setMinHeight(USE_PREF_SIZE);
        text.getStyleClass().add("narration-text");
        text.setId("narration-text");
        text.setWrapText(true);
        text.setMinHeight(0);
        scroll = new javafx.scene.control.ScrollPane(text);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("narration-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        scroll.setMinHeight(0);
        setMinHeight(0);
        Button prev = Icons.button("back", "note", "Previous narration note (,)", vm::previousNote);
        Button next = Icons.button("step", "note", "Next narration note (.)", vm::nextNote);
        HBox nav = new HBox(6, prev, next);
        getChildren().addAll(heading, where, scroll, nav);
        vm.narrationProperty().addListener(o -> update(vm));
        vm.noteProperty().addListener(o -> update(vm));
        update(vm);
    }

    private void update(SessionViewModel vm) {
        text.setText(vm.narrationProperty().get());
        Scenario.Note n = vm.noteProperty().get();
        Scenario s = vm.scenario();
        int count = s == null ? 0 : s.narration().notes().size();
        if (n == null) where.setText(count == 0 ? "about this scenario" : "introduction · " + count + " notes follow");
        else where.setText("at choice #" + n.at() + (n.point() == null || n.point().isBlank() ? "" : " · look at " + n.point()));
    }

    public String text() { return text.getText(); }

    /** Whether the whole note is in view, with nothing left to scroll to. */
    public boolean wholeNoteShown() {
        return scroll.getViewportBounds().getHeight() + 1 >= text.getHeight();
    }

    /**
     * The height that shows the whole note without its scroll bar at the panel's current width (what presenter mode
     * gives the upper pane when the lanes need less: at 1920x1080 the last line of a note was below the fold).
     */
    public double wholeNoteHeight() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        if (w <= 0) return 0;
        double h = snappedTopInset() + snappedBottomInset() + getSpacing() * (getChildren().size() - 1);
        double scrollInsets = scroll.snappedLeftInset() + scroll.snappedRightInset();
        for (javafx.scene.Node c : getChildren())
            h += c == scroll ? text.prefHeight(w - scrollInsets) + scroll.snappedTopInset() + scroll.snappedBottomInset() + 4
                    : c.prefHeight(w);
        return h;
    }
}
