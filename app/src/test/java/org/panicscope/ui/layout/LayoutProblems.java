package org.panicscope.ui.layout;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;

/**
 * Walks a laid-out scene and lists what a viewer would see as broken: a visible label cut with an ellipsis, a visible
 * node reaching outside the window (outside a scroll pane's content, which scrolls), a split pane panel squeezed
 * under a minimum size.
 */
public final class LayoutProblems {
    /** The least a panel of a split pane may get, in logical pixels: a title and two lines of content. */
    public static final double MIN_PANEL = 100;
    private static final double SLACK = 1.5;

    private LayoutProblems() { }

    public static List<String> of(Scene scene) {
        List<String> out = new ArrayList<>();
        walk(scene.getRoot(), scene.getWidth(), scene.getHeight(), false, out);
        return out;
    }

    private static void walk(Node n, double w, double h, boolean scrolled, List<String> out) {
        if (!n.isVisible() || n.getOpacity() == 0) return;
        Bounds b = n.localToScene(n.getLayoutBounds());
        if (b.getWidth() <= 0 || b.getHeight() <= 0) return;
        if (!scrolled && (b.getMinX() < -SLACK || b.getMinY() < -SLACK || b.getMaxX() > w + SLACK || b.getMaxY() > h + SLACK))
            out.add("outside the " + (int) w + "x" + (int) h + " window: " + name(n) + " at " + fmt(b));
        if (n instanceof Labeled l && l.isTextTruncated())
            out.add("truncated: " + name(n) + " '" + l.getText() + "' shows " + (int) b.getWidth() + " px");
        if (n instanceof SplitPane sp) {
            for (Node item : sp.getItems()) {
                double size = sp.getOrientation() == Orientation.VERTICAL ? item.getLayoutBounds().getHeight() : item.getLayoutBounds().getWidth();
                if (item.isVisible() && size < MIN_PANEL) out.add("split panel under " + (int) MIN_PANEL + " px: " + name(item) + " gets " + (int) size);
            }
        }
        if (n instanceof ScrollPane sp) {
            if (sp.getContent() != null) walk(sp.getContent(), w, h, true, out);
            return;
        }
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) walk(c, w, h, scrolled || n.getClip() != null, out);
    }

    static String name(Node n) {
        String id = n.getId() != null ? "#" + n.getId() : "";
        String cls = n.getStyleClass().isEmpty() ? "" : "." + String.join(".", n.getStyleClass());
        Node p = n.getParent();
        String where = "";
        for (int i = 0; p != null && i < 6; p = p.getParent(), i++) if (p.getId() != null || !p.getStyleClass().isEmpty()) {
            where = " in " + (p.getId() != null ? "#" + p.getId() : "." + p.getStyleClass().getFirst());
            break;
        }
        return n.getClass().getSimpleName() + id + cls + where;
    }

    private static String fmt(Bounds b) {
        return String.format("(%.0f,%.0f)-(%.0f,%.0f)", b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY());
    }
}
