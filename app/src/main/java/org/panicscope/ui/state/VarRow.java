package org.panicscope.ui.state;

import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * One variable of the kernel state: its name in the kernel's spelling and its value. When the last step changed it
 * the row is marked {@code :changed} and the value pulses once, so the eye goes to what just happened.
 * {@code :danger} marks a value that blocks the panic (a lock held by a halted CPU).
 */
public final class VarRow extends VBox {
    static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
    static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private final Label name = new Label();
    private final Label value = new Label();
    private final Label note = new Label();
    private final Timeline pulse;

    /** Pulsing is switched off while playing fast: a value flipping sixty times a second is not read anyway. */
    static boolean animate = true;

    public VarRow(String name) {
        this.name.setText(name);
        getStyleClass().add("var-row");
        this.name.getStyleClass().add("var-name");
        value.getStyleClass().add("var-value");
        note.getStyleClass().add("var-note");
        // a name or value cut with an ellipsis misleads ("suppress_panic_pr…"): they keep their width, the panel scrolls
        this.name.setMinWidth(USE_PREF_SIZE);
        value.setMinWidth(USE_PREF_SIZE);
        note.setWrapText(true);
        note.setMinWidth(0);
        note.setManaged(false);
        note.setVisible(false);
        HBox line = new HBox(this.name, value);
        line.getStyleClass().add("var-line");
        getChildren().addAll(line, note);
        pulse = new Timeline(
                new KeyFrame(Duration.ZERO, new KeyValue(value.scaleXProperty(), 1.25), new KeyValue(value.scaleYProperty(), 1.25)),
                new KeyFrame(Duration.millis(260), new KeyValue(value.scaleXProperty(), 1), new KeyValue(value.scaleYProperty(), 1)));
    }

    /** Shows a value; {@code changed} marks and pulses it. */
    public void show(String v, String comment, boolean changed, boolean danger) {
        value.setText(v);
        note.setText(comment == null ? "" : comment);
        boolean hasNote = !note.getText().isEmpty();
        note.setManaged(hasNote);
        note.setVisible(hasNote);
        pseudoClassStateChanged(CHANGED, changed);
        pseudoClassStateChanged(DANGER, danger);
        if (changed && animate) pulse.playFromStart();
    }

    public String value() { return value.getText(); }
    public String note() { return note.getText(); }
}
