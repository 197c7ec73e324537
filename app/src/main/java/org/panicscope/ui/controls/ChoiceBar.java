package org.panicscope.ui.controls;

import java.util.List;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.panicscope.engine.Choice;
import org.panicscope.ui.session.ChoiceOption;

/**
 * What may happen next: one button per CPU step, pending interrupt and panic trigger, labelled with the key that
 * takes it (the schedule token). Unavailable ones stay visible, greyed, with the engine's reason as tooltip; the
 * one the schedule would take is outlined. One row whatever the labels, so that the layout above never moves
 * while playing (with many CPUs the labels are short; the row scrolls when it overflows).
 */
public final class ChoiceBar extends HBox {
    private static final PseudoClass PLANNED = PseudoClass.getPseudoClass("planned");
    private static final PseudoClass UNAVAILABLE = PseudoClass.getPseudoClass("unavailable");
    private final Label title = new Label("Next:");
    private final HBox row = new HBox();
    private final Consumer<Choice> onChoose;

    public ChoiceBar(Consumer<Choice> onChoose) {
        this.onChoose = onChoose;
        getStyleClass().add("choice-bar");
        setId("choices");
        title.getStyleClass().add("bar-label");
        title.setMinWidth(USE_PREF_SIZE);
        row.getStyleClass().add("choice-row");
        ScrollPane scroll = new ScrollPane(row);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPannable(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("choice-scroll");
        HBox.setHgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, scroll);
    }

    /** Shows the options; buttons are reused (this runs every frame while playing). */
    public void show(List<ChoiceOption> options, String ended) {
        if (options.isEmpty()) {
            ended(ended);
            return;
        }
        var kids = row.getChildren();
        boolean same = kids.size() == options.size();
        for (int i = 0; same && i < options.size(); i++)
            same = kids.get(i) instanceof Button b && b.getId().equals("choice-" + options.get(i).token());
        if (!same) {
            kids.clear();
            for (ChoiceOption o : options) {
                Button b = new Button();
                b.setId("choice-" + o.token());
                b.getStyleClass().add("choice-button");
                b.setFocusTraversable(false);
                b.setTooltip(new Tooltip());
                b.setMinWidth(USE_PREF_SIZE);
                kids.add(b);
            }
        }
        boolean compact = options.size() > 5;
        for (int i = 0; i < options.size(); i++) {
            ChoiceOption o = options.get(i);
            Button b = (Button) kids.get(i);
            String text = o.token() + "  " + (compact ? o.shortLabel() : o.label());
            if (!text.equals(b.getText())) b.setText(text);
            b.pseudoClassStateChanged(PLANNED, o.planned());
            b.pseudoClassStateChanged(UNAVAILABLE, !o.enabled());
            b.getTooltip().setText(o.label() + "\n" + (o.enabled() ? (o.planned() ? "The schedule's next choice. " : "Branches the run here. ") + "Key: " + keyOf(o)
                    : "Not possible now: " + o.whyNot()));
            b.setOnAction(e -> onChoose.accept(o.choice()));
        }
    }

    private void ended(String text) {
        if (row.getChildren().size() == 1 && row.getChildren().getFirst() instanceof Label l && l.getStyleClass().contains("choice-ended")) {
            l.setText(text);
            return;
        }
        Label l = new Label(text);
        l.getStyleClass().add("choice-ended");
        row.getChildren().setAll(l);
    }

    private static String keyOf(ChoiceOption o) {
        String t = o.token();
        return t.length() == 1 ? t : t.charAt(0) + " then " + t.substring(1);
    }
}
