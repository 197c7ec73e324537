package org.panicscope.ui.app;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A scenario file's problems, one {@code file:line:column: message} per line, in a dialog that can be read, copied
 * and closed while the app keeps running (it is not modal to the run: the previous scenario stays open).
 */
public final class ErrorDialog {
    private ErrorDialog() { }

    public static Alert show(Window owner, String file, List<String> lines) {
        Alert a = new Alert(Alert.AlertType.ERROR, "", ButtonType.CLOSE);
        if (owner != null) {
            a.initOwner(owner);
            a.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        a.setTitle("Cannot open scenario");
        a.setHeaderText("Cannot open " + file + ": " + lines.size() + (lines.size() == 1 ? " problem" : " problems"));
        TextArea text = new TextArea(String.join("\n", lines));
        text.setEditable(false);
        text.setWrapText(false);
        text.setId("error-lines");
        text.getStyleClass().add("error-lines");
        text.setPrefRowCount(Math.min(16, Math.max(4, lines.size() + 1)));
        text.setPrefColumnCount(90);
        Label hint = new Label("Each line is file:line:column: message. The scenario that was open stays open.");
        hint.getStyleClass().add("card-subtitle");
        a.getDialogPane().setContent(new VBox(8, hint, text));
        a.getDialogPane().setId("scenario-errors");
        a.setResizable(true);
        a.show();
        return a;
    }
}
