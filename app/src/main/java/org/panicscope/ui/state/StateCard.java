package org.panicscope.ui.state;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.panicscope.ui.session.Frame;

/**
 * A card of the state panels: a title in the kernel's words and rows of variables. Subclasses fill it from a
 * {@link Frame}; the card's id is the name narration notes point at ("console_sem", "ringbuffer").
 */
public abstract class StateCard extends VBox {
    private final Label title = new Label();
    private final Label subtitle = new Label();

    protected StateCard(String id, String title, String subtitle) {
        setId(id);
        getStyleClass().add("state-card");
        this.title.setText(title);
        this.title.getStyleClass().add("card-title");
        this.subtitle.setText(subtitle);
        this.subtitle.getStyleClass().add("card-subtitle");
        this.subtitle.setWrapText(true);
        this.title.setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(this.title, this.subtitle);
    }

    /** Shows the state of a frame. */
    public abstract void show(Frame f);

    protected static String cpu(int c) { return c < 0 ? "none" : "CPU" + c; }

    /** True when CPU {@code c} exists and is halted or self-stopped: what it holds is never released. */
    protected static boolean stopped(Frame f, int c) { return c >= 0 && c < f.kernel().cpuCount() && f.kernel().cpu(c).status().stopped(); }

    protected static String lockText(org.panicscope.model.SpinLock l) { return l.toString(); }
}
