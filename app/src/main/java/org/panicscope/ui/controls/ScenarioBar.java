package org.panicscope.ui.controls;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.panicscope.scenario.Scenario;

/** The scenario picker with the chosen scenario's title and description (sources in the tooltip). */
public final class ScenarioBar extends VBox {
    private final ComboBox<Scenario> picker = new ComboBox<>();
    private final Label description = new Label();
    private final Tooltip sources = new Tooltip();
    private boolean updating;

    public ScenarioBar(List<Scenario> scenarios, Consumer<Scenario> onPick) {
        getStyleClass().add("scenario-bar");
        picker.setId("scenario-picker");
        picker.getItems().setAll(scenarios);
        picker.setCellFactory(l -> new Cell());
        picker.setButtonCell(new Cell());
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setVisibleRowCount(14);
        picker.valueProperty().addListener((o, a, s) -> { if (!updating && s != null) onPick.accept(s); });
        description.setId("scenario-description");
        description.getStyleClass().add("scenario-description");
        description.setWrapText(true);
        description.setTooltip(sources);
        sources.setWrapText(true);
        sources.setMaxWidth(700);
        Label label = new Label("Scenario");
        label.getStyleClass().add("bar-label");
        HBox row = new HBox(10, label, picker);
        HBox.setHgrow(picker, Priority.ALWAYS);
        row.getStyleClass().add("bar-row");
        getChildren().addAll(row, description);
    }

    /** Shows a scenario as chosen (also one opened from a file, which joins the list). */
    public void show(Scenario s) {
        updating = true;
        try {
            if (picker.getItems().stream().noneMatch(x -> x == s)) {
                picker.getItems().removeIf(x -> x.id().equals(s.id()) && !"bundled".equals(x.origin()));
                picker.getItems().add(s);
            }
            picker.setValue(s);
        } finally {
            updating = false;
        }
        description.setText(s.description());
        sources.setText("Section " + s.section() + " of the design doc\n" + String.join("\n", s.sources())
                + ("bundled".equals(s.origin()) ? "" : "\nfile: " + s.origin()));
    }

    public ComboBox<Scenario> picker() { return picker; }

    private static final class Cell extends ListCell<Scenario> {
        @Override protected void updateItem(Scenario s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : s.id() + "  —  " + s.title());
        }
    }
}
