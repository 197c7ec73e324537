package org.panicscope.ui.controls;

import java.util.List;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.panicscope.engine.Choice;
import org.panicscope.ui.session.ChoiceOption;

/**
 * What may happen next: one button per CPU step, pending interrupt and panic trigger, labelled with the key that
 * takes it (the schedule token). Unavailable ones stay visible, greyed, with the engine's reason as tooltip; the
 * one the schedule would take is outlined.
 */
public final class ChoiceBar extends FlowPane {
    private static final PseudoClass PLANNED = PseudoClass.getPseudoClass("planned");
    private static final PseudoClass UNAVAILABLE = PseudoClass.getPseudoClass("unavailable");
    private final Label title = new Label("Next:");
    private final Consumer<Choice> onChoose;

    public ChoiceBar(Consumer<Choice> onChoose) {
        this.onChoose = onChoose;
        getStyleClass().add("choice-bar");
        setId("choices");
        title.getStyleClass().add("bar-label");
    }

    public void show(List<ChoiceOption> options, String ended) {
        getChildren().setAll(title);
        if (options.isEmpty()) {
            Label l = new Label(ended);
            l.getStyleClass().add("choice-ended");
            getChildren().add(l);
            return;
        }
        for (ChoiceOption o : options) {
            Button b = new Button(o.token() + "  " + o.label());
            b.setId("choice-" + o.token());
            b.getStyleClass().add("choice-button");
            b.setFocusTraversable(false);
            b.pseudoClassStateChanged(PLANNED, o.planned());
            b.pseudoClassStateChanged(UNAVAILABLE, !o.enabled());
            b.setTooltip(new Tooltip(o.enabled() ? (o.planned() ? "The schedule's next choice. " : "Branches the run here. ") + "Key: " + keyOf(o)
                    : "Not possible now: " + o.whyNot()));
            b.setOnAction(e -> onChoose.accept(o.choice()));
            getChildren().add(b);
        }
    }

    private static String keyOf(ChoiceOption o) {
        String t = o.token();
        return t.length() == 1 ? t : t.charAt(0) + " then " + t.substring(1);
    }
}
