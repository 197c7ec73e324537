package org.panicscope.ui.code;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.panicscope.ui.session.CodeListing;

/**
 * One line of a code panel: the design doc's step id, the paraphrased code, and the patch that adds or changes the
 * line (highlighted when that patch is on in the current configuration).
 */
final class CodeLine extends BorderPane {
    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    static final PseudoClass HALTED = PseudoClass.getPseudoClass("halted");
    static final PseudoClass SPINNING = PseudoClass.getPseudoClass("spinning");
    private static final PseudoClass ON = PseudoClass.getPseudoClass("on");
    private final Label marker = new Label(" ");
    private final Label id = new Label();
    private final Label text = new Label();
    private final Label patch = new Label();
    final CodeListing.Line line;

    CodeLine(CodeListing.Line line) {
        this.line = line;
        getStyleClass().add("code-line");
        marker.getStyleClass().add("code-marker");
        id.getStyleClass().add("code-id");
        text.getStyleClass().add("code-text");
        patch.getStyleClass().add("patch-chip");
        id.setText(line.step().id());
        text.setText(line.text());
        text.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox left = new HBox(marker, id);
        left.getStyleClass().add("code-left");
        setLeft(left);
        setCenter(text);
        BorderPane.setAlignment(text, javafx.geometry.Pos.TOP_LEFT);
        if (line.patch() != null) {
            patch.setText(line.patch());
            patch.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            patch.pseudoClassStateChanged(ON, line.patchOn());
            setRight(patch);
            BorderPane.setAlignment(patch, javafx.geometry.Pos.TOP_RIGHT);
        }
    }

    void mark(boolean current, boolean halted, boolean spinning) {
        marker.setText(current ? (halted ? "✕" : "▶") : " ");
        pseudoClassStateChanged(CURRENT, current);
        pseudoClassStateChanged(HALTED, current && halted);
        pseudoClassStateChanged(SPINNING, current && spinning);
    }

    boolean isCurrent() { return getPseudoClassStates().contains(CURRENT); }
}
