package org.panicscope.ui.controls;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/** Icon buttons: the shape of each icon is an SVG path in assets/icons.css ({@code .icon-play}, {@code .icon-step}). */
public final class Icons {
    private Icons() { }

    public static Region icon(String name) {
        Region r = new Region();
        r.getStyleClass().addAll("icon", "icon-" + name);
        return r;
    }

    public static Button button(String icon, String text, String tip, Runnable action) {
        Button b = new Button(text);
        setIcon(b, icon);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        b.getStyleClass().add("tool-button");
        if (text == null || text.isEmpty()) b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        return b;
    }

    public static void setIcon(ButtonBase b, String icon) { b.setGraphic(icon(icon)); }
}
