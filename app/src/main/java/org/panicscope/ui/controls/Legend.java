package org.panicscope.ui.controls;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.panicscope.recording.Activity;
import org.panicscope.picture.Tone;

/** The key to the timeline's colours and patterns; swatches use the same tone tokens as the canvas. */
public final class Legend extends FlowPane {
    public Legend() {
        getStyleClass().add("legend");
        for (Activity a : Activity.values()) {
            if (a == Activity.STALL || a == Activity.FINISHED) continue;
            add(Tone.of(a), a == Activity.SPIN ? "spinning" : a == Activity.HALTED ? "halted" : a == Activity.NMI ? "NMI / IPI handler"
                    : a.meaning().replaceAll(":.*", "").replace("(),", "(),"), a.meaning());
        }
        add(Tone.IRQ_OFF, "IRQs off (band)", "the CPU runs with local IRQs disabled: a REBOOT IPI cannot land");
        add(Tone.ARROW_HANDOVER, "hand-over", "console_sem handed from owner to waiter");
        add(Tone.DEADLOCK, "waits for a halted CPU", "the spinner waits for a CPU that is halted: deadlock");
    }

    private void add(Tone tone, String text, String tip) {
        Region sw = new Region();
        sw.getStyleClass().addAll("swatch", "swatch-" + tone.name().toLowerCase().replace('_', '-'));
        Label l = new Label(text, sw);
        l.getStyleClass().add("legend-item");
        l.setTooltip(new javafx.scene.control.Tooltip(tip));
        getChildren().add(l);
    }
}
