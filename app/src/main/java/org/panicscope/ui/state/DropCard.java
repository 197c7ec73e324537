package org.panicscope.ui.state;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.panicscope.model.Kernel;
import org.panicscope.model.Switch;
import org.panicscope.ui.session.Frame;

/**
 * Lost records and patch 3 (13fb0f74d702, design doc §4.2, §4.6): console_dropped counts records the console
 * skipped; during panic, panic_console_dropped counts drop events and, past the threshold T_drop, sets
 * suppress_panic_printk so that printk() on other CPUs stops storing. The bar shows the counter against T_drop.
 */
public final class DropCard extends StateCard {
    private final VarRow dropped = new VarRow("console_dropped");
    private final VarRow panicDropped = new VarRow("panic_console_dropped");
    private final VarRow suppress = new VarRow("suppress_panic_printk");
    private final Region fill = new Region();
    private final Region threshold = new Region();
    private final StackPane bar = new StackPane();
    private final Label barText = new Label();
    private double value, max = 1, mark;

    public DropCard() {
        super("drops", "dropped records (patch 3)", "more than T_drop drop events during panic -> non-panic CPUs stop printing");
        fill.getStyleClass().add("bar-fill");
        threshold.getStyleClass().add("bar-threshold");
        bar.getStyleClass().add("bar");
        barText.getStyleClass().add("bar-text");
        fill.setMaxWidth(0);
        StackPane.setAlignment(fill, javafx.geometry.Pos.CENTER_LEFT);
        StackPane.setAlignment(threshold, javafx.geometry.Pos.CENTER_LEFT);
        bar.getChildren().addAll(fill, threshold, barText);
        HBox.setHgrow(bar, Priority.ALWAYS);
        getChildren().addAll(dropped, panicDropped, new HBox(bar), suppress);
        bar.widthProperty().addListener(o -> placeBar());
    }

    /** The counter's fill and the threshold mark, in proportion to the bar's current width. */
    private void placeBar() {
        double w = Math.max(0, bar.getWidth());
        fill.setMinWidth(Math.min(1, value / max) * w);
        fill.setMaxWidth(Math.min(1, value / max) * w);
        threshold.setTranslateX(mark / max * w - 1);
    }

    @Override public void show(Frame f) {
        Kernel k = f.kernel();
        boolean p3 = k.has(Switch.P3) && !k.has(Switch.K24);
        int t = k.params.T_drop;
        dropped.show(Integer.toString(k.consoleDropped()), k.consoleDropped() > 0 ? "\"** " + k.consoleDropped() + " printk messages dropped **\"" : "",
                f.changed("console_dropped"), false);
        panicDropped.show(Integer.toString(k.panicConsoleDropped()), p3 ? "threshold T_drop = " + t : "P3 is off: not counted",
                f.changed("panic_console_dropped"), false);
        value = k.panicConsoleDropped();
        max = t + 2.0;
        mark = t + 1;
        placeBar();
        barText.setText(k.panicConsoleDropped() + " / >" + t);
        suppress.show(Boolean.toString(k.suppressPanicPrintk()), k.suppressPanicPrintk() ? "other CPUs' printk() is dropped (VE2)" : "",
                f.changed("suppress_panic_printk"), false);
        setOpacity(p3 || k.consoleDropped() > 0 ? 1 : 0.75);
    }
}
