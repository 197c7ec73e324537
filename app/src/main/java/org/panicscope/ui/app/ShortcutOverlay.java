package org.panicscope.ui.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The overlay under {@code ?}: every shortcut of the {@link Shortcuts} table, grouped. Esc or ? closes it.
 *
 * <p>It fits every supported screen without scrolling (issue 11 item 5): the groups are set in as many columns as
 * make the list largest on this window ({@link Columns}), and when even the best arrangement is larger than the
 * window the whole list is scaled down to fit. The list is for the speaker, not the room, so a smaller type on a
 * 1280x720 projector is the right trade against a list whose end is below the window.
 */
public final class ShortcutOverlay extends StackPane {
    private final Columns columns;

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
            keys.setMinWidth(Region.USE_PREF_SIZE);
            boolean saysMode = s.text().contains("presenter mode");
            Label text = new Label(s.mode() == Shortcuts.Mode.PRESENTER && !saysMode ? s.text() + "  (presenter mode)" : s.text());
            text.getStyleClass().add("kbd-text");
            text.setWrapText(true);
            text.setPrefWidth(TEXT_EM * 16);
            text.setMinWidth(Region.USE_PREF_SIZE);
            text.setMinHeight(Region.USE_PREF_SIZE);
            g.add(keys, 0, row);
            g.add(text, 1, row);
        }
        List<Node> boxes = new ArrayList<>();
        for (Map.Entry<String, GridPane> e : groups.entrySet()) {
            Label h = new Label(e.getKey());
            h.getStyleClass().add("card-title");
            e.getValue().getStyleClass().add("kbd-grid");
            VBox box = new VBox(6, h, e.getValue());
            box.getStyleClass().add("overlay-group");
            box.setMinHeight(Region.USE_PREF_SIZE);
            boxes.add(box);
        }
        columns = new Columns(boxes);
        columns.getStyleClass().add("overlay-columns");
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add("overlay-title");
        Label hint = new Label("Press ? or Esc to close. Everything works from the keyboard alone.");
        hint.getStyleClass().add("card-subtitle");
        VBox card = new VBox(10, title, hint, columns);
        card.getStyleClass().add("overlay-card");
        card.setMaxWidth(Region.USE_PREF_SIZE);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane.setAlignment(card, Pos.CENTER);
        getChildren().add(card);
        setVisible(false);
        setOnMouseClicked(e -> { if (e.getTarget() == this) hide(); });
    }

    /** The width of a shortcut's text, in ems of 16 px: long texts wrap to two lines rather than widen a column. */
    private static final double TEXT_EM = 17;

    public void toggle() { setVisible(!isVisible()); requestLayout(); }
    public void hide() { setVisible(false); }

    /** The key texts listed, for tests. */
    public List<String> listedKeys() {
        return lookupAll(".kbd").stream().map(n -> ((Label) n).getText()).toList();
    }

    /** How much the list is scaled down to fit the window (1: not at all), for tests. */
    public double fitScale() { return columns.scale(); }

    @Override protected void layoutChildren() {
        // the room the columns may take: the window less the backdrop's and the card's padding and the two headings
        Insets pad = getInsets();
        Region card = (Region) getChildren().get(0);
        Insets cardPad = card.getInsets();
        double heads = 0;
        for (Node n : card.getChildrenUnmodifiable()) if (n != columns) heads += n.prefHeight(-1) + 10;
        columns.fitInto(getWidth() - pad.getLeft() - pad.getRight() - cardPad.getLeft() - cardPad.getRight(),
                getHeight() - pad.getTop() - pad.getBottom() - cardPad.getTop() - cardPad.getBottom() - heads);
        super.layoutChildren();
    }

    /**
     * The groups in columns, in table order, each column filled until it holds its share of the total height. The
     * number of columns is the one that needs the least scaling for the room given. The columns are laid out at
     * their natural size in an inner pane, which is scaled; this region's own size is the scaled size, so the card
     * around it shrinks with it.
     */
    static final class Columns extends Region {
        private static final double GAP_X = 28, GAP_Y = 18;
        private final List<Node> groups;
        private final Pane inner = new Pane() {
            @Override protected void layoutChildren() { placeGroups(); }
        };
        private List<List<Node>> cols;
        private double scale = 1;

        Columns(List<Node> groups) {
            this.groups = groups;
            inner.getChildren().addAll(groups);
            getChildren().add(inner);
            cols = split(1);
        }

        void fitInto(double roomW, double roomH) {
            if (roomW <= 0 || roomH <= 0) return;
            double best = -1;
            List<List<Node>> bestCols = cols;
            for (int n = 1; n <= groups.size(); n++) {
                List<List<Node>> c = split(n);
                double s = Math.min(1, Math.min(roomW / width(c), roomH / height(c)));
                if (s > best + 1e-6) { best = s; bestCols = c; }
            }
            if (bestCols.equals(cols) && Math.abs(best - scale) < 1e-6) return;
            cols = bestCols;
            scale = best;
            requestLayout();
        }

        double scale() { return scale; }

        private List<List<Node>> split(int n) {
            double total = 0;
            for (Node g : groups) total += heightOf(g);
            double share = total / n;
            List<List<Node>> out = new ArrayList<>();
            List<Node> col = new ArrayList<>();
            double h = 0;
            for (Node g : groups) {
                double gh = heightOf(g);
                if (!col.isEmpty() && h + gh / 2 > share && out.size() < n - 1) {
                    out.add(col);
                    col = new ArrayList<>();
                    h = 0;
                }
                col.add(g);
                h += gh + GAP_Y;
            }
            out.add(col);
            return out;
        }

        /** A group's height at its own width: its wrapped texts have a horizontal content bias. */
        private static double heightOf(Node g) { return g.prefHeight(g.prefWidth(-1)); }

        private static double width(List<List<Node>> cols) {
            double w = 0;
            for (List<Node> c : cols) w += columnWidth(c);
            return w + GAP_X * (cols.size() - 1);
        }

        private static double columnWidth(List<Node> c) {
            double cw = 0;
            for (Node g : c) cw = Math.max(cw, g.prefWidth(-1));
            return cw;
        }

        private static double height(List<List<Node>> cols) {
            double h = 0;
            for (List<Node> c : cols) {
                double ch = 0;
                for (Node g : c) ch += heightOf(g);
                h = Math.max(h, ch + GAP_Y * (c.size() - 1));
            }
            return h;
        }

        @Override protected double computePrefWidth(double height) { return width(cols) * scale; }
        @Override protected double computePrefHeight(double width) { return height(cols) * scale; }
        // no minimum: the overlay takes the window's size and this region scales to the room left (a minimum of the
        // natural size would make the overlay, and so the room, as large as the list)
        @Override protected double computeMinWidth(double height) { return 0; }
        @Override protected double computeMinHeight(double width) { return 0; }
        @Override protected double computeMaxWidth(double height) { return computePrefWidth(height); }
        @Override protected double computeMaxHeight(double width) { return computePrefHeight(width); }

        @Override protected void layoutChildren() {
            double w = width(cols), h = height(cols);
            inner.resizeRelocate(0, 0, w, h);
            // scaling acts about the centre of the inner pane: shift it so the scaled picture starts at the top left
            inner.setScaleX(scale);
            inner.setScaleY(scale);
            inner.setTranslateX(-w * (1 - scale) / 2);
            inner.setTranslateY(-h * (1 - scale) / 2);
        }

        private void placeGroups() {
            double x = 0;
            for (List<Node> c : cols) {
                double cw = columnWidth(c), y = 0;
                for (Node g : c) {
                    double gh = heightOf(g);
                    g.resizeRelocate(x, y, cw, gh);
                    y += gh + GAP_Y;
                }
                x += cw + GAP_X;
            }
        }
    }
}
