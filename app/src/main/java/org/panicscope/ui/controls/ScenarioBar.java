package org.panicscope.ui.controls;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.panicscope.scenario.Scenario;

/** The scenario picker with the chosen scenario's title and description (sources in the tooltip). */
public final class ScenarioBar extends VBox {
    private final ChoiceBox<Scenario> picker = new ChoiceBox<>();
    private final Label description = new Label();
    private final Tooltip sources = new Tooltip();
    private boolean updating;
    private final Label label;

    public ScenarioBar(List<Scenario> scenarios, Consumer<Scenario> onPick) {
        getStyleClass().add("scenario-bar");
        picker.setId("scenario-picker");
        picker.getItems().setAll(scenarios);
        picker.setConverter(new StringConverter<>() {
            @Override public String toString(Scenario s) { return s == null ? "" : s.id() + "  —  " + s.title(); }
            @Override public Scenario fromString(String text) { throw new UnsupportedOperationException(); }
        });
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.valueProperty().addListener((o, a, s) -> { if (!updating && s != null) onPick.accept(s); });
        description.setId("scenario-description");
        description.getStyleClass().add("scenario-description");
        description.setWrapText(true);
        description.setTooltip(sources);
        sources.setWrapText(true);
        sources.setMaxWidth(700);
        label = new Label("Scenario");
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
            // one entry per scenario and origin: a file opened again replaces its entry (its content may have
            // changed); a file with a bundled scenario's id gets its own entry, and an older file of that id leaves
            var items = picker.getItems();
            int same = -1;
            for (int i = 0; i < items.size(); i++) if (items.get(i).id().equals(s.id()) && items.get(i).origin().equals(s.origin())) same = i;
            if (same >= 0) {
                if (items.get(same) != s) items.set(same, s);
            } else {
                items.removeIf(x -> x.id().equals(s.id()) && !"bundled".equals(x.origin()));
                items.add(s);
            }
            picker.setValue(s);
        } finally {
            updating = false;
        }
        description.setText(s.description());
        picker.setTooltip(new Tooltip(s.description()));
        picker.getTooltip().setWrapText(true);
        picker.getTooltip().setMaxWidth(700);
        sources.setText("Sources:\n" + String.join("\n", s.sources())
                + ("bundled".equals(s.origin()) ? "" : "\nfile: " + s.origin()));
    }

    /** Compact windows leave the description (the picker's tooltip carries it) and the word "Scenario" out of the bar. */
    public void setCompact(boolean on) {
        description.setVisible(!on);
        description.setManaged(!on);
        label.setVisible(!on);
        label.setManaged(!on);
    }

    public ChoiceBox<Scenario> picker() { return picker; }
}
