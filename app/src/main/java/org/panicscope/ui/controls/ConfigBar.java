package org.panicscope.ui.controls;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.panicscope.model.Config;
import org.panicscope.model.Switch;

/**
 * The configuration: a preset selector (BASE ... K24) and a toggle for every switch, grouped as the patch series
 * and the later threads group them. A combination that is no preset shows its name, e.g. {@code FINAL+FX-TRYLOCK}.
 */
public final class ConfigBar extends FlowPane {
    private static final Map<String, List<Switch>> GROUPS = new LinkedHashMap<>();
    static {
        GROUPS.put("series", List.of(Switch.P2, Switch.P3, Switch.P4));
        GROUPS.put("variants", List.of(Switch.V0, Switch.VP, Switch.VS));
        GROUPS.put("later", List.of(Switch.K23, Switch.K23_TRYLOCK, Switch.K24, Switch.NBCON));
        GROUPS.put("proposals for (d)", List.of(Switch.FX_SEMINIT, Switch.FX_ZAP, Switch.FX_SAFE, Switch.FX_TRYLOCK, Switch.FX_TRYLOCK_UP, Switch.UP_ATOMIC));
        GROUPS.put("other threads", List.of(Switch.KD_AFTER_STOP, Switch.PSTORE_TRYLOCK, Switch.GSMI_TRYLOCK, Switch.KEXEC_ATOMIC));
    }

    private final ChoiceBox<String> preset = new ChoiceBox<>();
    private final Map<Switch, ToggleButton> toggles = new EnumMap<>(Switch.class);
    private boolean updating;

    public ConfigBar(Consumer<String> onPreset, BiConsumer<Switch, Boolean> onToggle) {
        getStyleClass().add("config-bar");
        preset.setId("preset");
        preset.getItems().setAll(Config.namedIds());
        preset.setOnAction(e -> {
            String v = preset.getValue();
            if (!updating && v != null && Config.namedIds().contains(v)) onPreset.accept(v);
        });
        Label label = new Label("Configuration");
        label.getStyleClass().add("bar-label");
        getChildren().add(new HBox(8, label, preset));
        for (Map.Entry<String, List<Switch>> g : GROUPS.entrySet()) {
            HBox box = new HBox(4);
            box.getStyleClass().add("switch-group");
            Label gl = new Label(g.getKey());
            gl.getStyleClass().add("group-label");
            if (g.getKey().equals("series")) {
                // patch 1/4 (77498617857f "printk: Add panic_in_progress helper") only adds a helper and changes no
                // behaviour, so it has no switch: P2 on is the configuration P12, patches 1 and 2
                Tooltip t1 = new Tooltip("The 2022 series \"printk: reduce deadlocks during panic\". Patch 1/4 (77498617857f, "
                        + "\"printk: Add panic_in_progress helper\") adds a helper and changes no behaviour, so it has no switch "
                        + "and is always in: turning P2 on gives P12, patches 1 and 2.");
                t1.setWrapText(true);
                t1.setMaxWidth(520);
                gl.setTooltip(t1);
            }
            box.getChildren().add(gl);
            for (Switch s : g.getValue()) {
                ToggleButton t = new ToggleButton(s.id());
                t.setId("switch-" + s.id());
                t.getStyleClass().add("switch-chip");
                t.setFocusTraversable(false);
                Tooltip tip = new Tooltip(s.description() + (s == Switch.P2 ? "\nPatch 1/4 (77498617857f) adds only the panic_in_progress() "
                        + "helper and has no switch: P2 on is P12." : "") + "\n[" + s.source() + "]");
                tip.setWrapText(true);
                tip.setMaxWidth(520);
                t.setTooltip(tip);
                t.selectedProperty().addListener((o, a, on) -> { if (!updating) onToggle.accept(s, on); });
                toggles.put(s, t);
                box.getChildren().add(t);
            }
            getChildren().add(box);
        }
    }

    public void show(Config c) {
        updating = true;
        try {
            String name = c.name();
            if (!preset.getItems().contains(name)) {
                preset.getItems().removeIf(n -> !Config.namedIds().contains(n));
                preset.getItems().add(name);
            } else {
                preset.getItems().removeIf(n -> !Config.namedIds().contains(n) && !n.equals(name));
            }
            preset.setValue(name);
            toggles.forEach((s, t) -> t.setSelected(c.has(s)));
        } finally {
            updating = false;
        }
    }

    public ToggleButton toggle(Switch s) { return toggles.get(s); }
    public ChoiceBox<String> preset() { return preset; }
}
