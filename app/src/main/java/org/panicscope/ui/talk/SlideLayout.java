package org.panicscope.ui.talk;

import java.util.List;
import javafx.scene.Node;
import org.panicscope.talk.Talk;
import org.panicscope.ui.app.MainWindow;
import org.panicscope.ui.timeline.TimelineView;

/**
 * Applies a slide's {@code panels}, {@code axis} and {@code zoom} to the main window while a talk is given, and puts the window
 * back as it was when the talk stops (docs/talks.md).
 *
 * <p>Panels: {@code timeline}, {@code narration}, {@code state} and {@code code} show or hide those views;
 * {@code trials} and {@code matrix} select their lower tab (else the kernel state tab, or the code tab of the compact
 * layout when a slide shows the code without the state); a slide with none of the lower panels gives the lanes the
 * whole height. In the full layout the state and the code share one tab, so hiding one leaves its half empty.
 *
 * <p>Axis: the slide's {@code axis} (choices, or kernel time) while it is shown; the window's own axis afterwards.
 *
 * <p>Zoom: 1 fits the slide's choice range across the timeline ({@link TimelineView#fitRange}); N is N times closer,
 * the range's first choice kept at the left edge. The timeline's own limit (120 px per choice) caps it, so on a
 * range of a few choices a zoom above 1 may change nothing.
 */
final class SlideLayout {
    static final List<String> LOWER = List.of("state", "code", "matrix", "trials");
    private final MainWindow w;
    private List<Node> centerItems;
    /** The timeline's own axis before the talk, put back by {@link #restore()}. */
    private Boolean timeAxis;

    SlideLayout(MainWindow w) { this.w = w; }

    /** Shows what {@code s} asks for; the first call remembers the window's layout for {@link #restore()}. */
    void apply(Talk.Slide s) {
        if (centerItems == null) centerItems = List.copyOf(w.centerSplit().getItems());
        if (timeAxis == null) timeAxis = w.timeline().timeAxisProperty().get();
        w.timeline().timeAxisProperty().set(s.axis() == Talk.Axis.TIME);
        List<String> p = s.panels();
        show(w.timeline(), p.contains("timeline"));
        show(w.narration(), p.contains("narration"));
        show(w.statePanels(), p.contains("state"));
        show(w.codePanels(), p.contains("code"));
        boolean lower = p.stream().anyMatch(LOWER::contains);
        if (lower && !w.centerSplit().getItems().contains(w.tabs())) w.centerSplit().getItems().setAll(centerItems);
        else if (!lower) w.centerSplit().getItems().remove(w.tabs());
        if (p.contains("trials")) w.tabs().getSelectionModel().select(2);
        else if (p.contains("matrix")) w.tabs().getSelectionModel().select(1);
        else if (p.contains("code") && !p.contains("state") && w.codeTab() != null) w.tabs().getSelectionModel().select(w.codeTab());
        else w.tabs().getSelectionModel().select(0);
    }

    /** The slide's zoom over its choice range, on the timeline as it is laid out now. */
    void zoom(Talk.Slide s, int end) {
        TimelineView t = w.timeline();
        if (!t.isVisible() || t.getWidth() <= 0) return;
        t.fitRange(s.from(), Math.max(s.from() + 1, end));
        if (s.zoom() > 1) t.zoomAt(s.zoom(), t.viewport().header());
    }

    /** The window's own layout again: every view visible, the lower tabs back. */
    void restore() {
        for (Node n : List.of(w.timeline(), w.narration(), w.statePanels(), w.codePanels())) show(n, true);
        if (centerItems != null && !w.centerSplit().getItems().contains(w.tabs())) w.centerSplit().getItems().setAll(centerItems);
        centerItems = null;
        if (timeAxis != null) w.timeline().timeAxisProperty().set(timeAxis);
        timeAxis = null;
    }

    private static void show(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }
}
