package org.panicscope.ui.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The overlay under {@code ?}: every shortcut of the {@link Shortcuts} table, grouped. Esc or ? closes it. */
public final class ShortcutOverlay extends StackPane {
    public ShortcutOverlay(Shortcuts shortcuts) {
        setId("shortcut-overlay");
        getStyleClass().add("overlay-backdrop");
        Map<String, GridPane> groups = new LinkedHashMap<>();
        for (Shortcuts.Shortcut s : shortcuts.all()) {
            if (s.keys().isEmpty()) continue;
            GridPane g = groups.computeIfAbsent(s.group(), k -> new GridPane());
            int row = g.getRowCount();
            Label keys = new Label(s.keys());
            keys.getStyleClass().add("kbd");
            String mode = s.mode() == Shortcuts.Mode.PRESENTER ? "  (presenter mode)" : s.mode() == Shortcuts.Mode.NORMAL ? "" : "";
            Label text = new Label(s.text() + mode);
            text.getStyleClass().add("kbd-text");
            text.setWrapText(true);
            text.setMaxWidth(380);
            g.add(keys, 0, row);
            g.add(text, 1, row);
        }
        FlowPane cols = new FlowPane();
        cols.getStyleClass().add("overlay-columns");
        for (Map.Entry<String, GridPane> e : groups.entrySet()) {
            Label h = new Label(e.getKey());
            h.getStyleClass().add("card-title");
            e.getValue().getStyleClass().add("kbd-grid");
            VBox box = new VBox(6, h, e.getValue());
            box.getStyleClass().add("overlay-group");
            cols.getChildren().add(box);
        }
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add("overlay-title");
        Label hint = new Label("Press ? or Esc to close. Everything works from the keyboard alone.");
        hint.getStyleClass().add("card-subtitle");
        ScrollPane scroll = new ScrollPane(cols);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("overlay-scroll");
        VBox card = new VBox(10, title, hint, scroll);
        card.getStyleClass().add("overlay-card");
        card.setMaxWidth(1400);
        card.setMaxHeight(900);
        StackPane.setAlignment(card, Pos.CENTER);
        getChildren().add(card);
        setVisible(false);
        setOnMouseClicked(e -> { if (e.getTarget() == this) hide(); });
    }

    public void toggle() { setVisible(!isVisible()); }
    public void hide() { setVisible(false); }

    /** The key texts listed, for tests. */
    public List<String> listedKeys() {
        return lookupAll(".kbd").stream().map(n -> ((Label) n).getText()).toList();
    }
}
