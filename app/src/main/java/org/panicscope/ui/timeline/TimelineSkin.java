package org.panicscope.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import org.panicscope.picture.Viewport;
import org.panicscope.picture.TimelineSnapshot;
import org.panicscope.picture.TimelineRenderer;
import org.panicscope.picture.ArrowPainter;
import org.panicscope.picture.Palette;

/**
 * Draws a {@link TimelineView} on a header canvas and a row of tiles across the plot, each tile two canvases: the
 * lanes below, the cursor and the veil over the future above. Changes only mark the drawing dirty; it is redrawn at
 * most once per pulse, during layout. When only the position moved (playing), only the cursor layer of the tiles
 * around the old and new cursor is redrawn: any canvas update repaints that canvas's whole area, which on a
 * software renderer costs more than the drawing itself. Only visible columns are ever visited.
 */
final class TimelineSkin extends SkinBase<TimelineView> {
    static final double TILE = 160;
    private final TimelineRenderer renderer = new TimelineRenderer();
    private final Canvas header = new Canvas();
    private final List<Canvas> tiles = new ArrayList<>();
    private final List<Canvas> cursors = new ArrayList<>();
    private CanvasPainter painter;
    private Palette palette;
    private double painterFont = -1;
    private boolean allDirty = true;
    private TimelineSnapshot drawn;
    private Viewport drawnViewport;

    TimelineSkin(TimelineView view) {
        super(view);
        getChildren().add(header);
        InvalidationListener redraw = o -> markDirty();
        view.snapshotProperty().addListener(o -> getSkinnable().requestLayout());
        view.firstProperty().addListener(redraw);
        view.pxPerChoiceProperty().addListener(redraw);
        view.fontSizeProperty().addListener(o -> { painterFont = -1; markDirty(); });
        view.laneHeightProperty().addListener(redraw);
        view.laneGrowthProperty().addListener(redraw);
        view.tones().addListener(o -> { palette = null; painterFont = -1; markDirty(); });
        view.hoverTextProperty().addListener(redraw);
        view.redrawProperty().addListener(redraw);
        header.setMouseTransparent(false);
    }

    void markDirty() {
        allDirty = true;
        getSkinnable().requestLayout();
    }

    @Override protected void layoutChildren(double x, double y, double w, double h) {
        TimelineView view = getSkinnable();
        double hw = Math.min(w, view.headerWidth());
        int n = (int) Math.ceil(Math.max(0, w - hw) / TILE);
        boolean resized = header.getWidth() != hw || header.getHeight() != h || tiles.size() != n
                || (n > 0 && tiles.getLast().getLayoutX() + tiles.getLast().getWidth() != x + w);
        if (resized) {
            header.setWidth(hw);
            header.setHeight(h);
            while (tiles.size() < n) { tiles.add(new Canvas()); cursors.add(new Canvas()); }
            while (tiles.size() > n) { tiles.removeLast(); cursors.removeLast(); }
            getChildren().setAll(header);
            getChildren().addAll(tiles);
            getChildren().addAll(cursors);
            for (int k = 0; k < n; k++) {
                for (Canvas c : List.of(tiles.get(k), cursors.get(k))) {
                    c.setWidth(Math.min(TILE, w - hw - k * TILE));
                    c.setHeight(h);
                    c.relocate(x + hw + k * TILE, y);
                }
            }
            allDirty = true;
        }
        header.relocate(x, y);
        draw();
    }

    private void draw() {
        TimelineView view = getSkinnable();
        TimelineSnapshot s = view.getSnapshot();
        if (palette == null) palette = view.palette();
        if (painter == null || painterFont != view.fontSizeProperty().get()) {
            painterFont = view.fontSizeProperty().get();
            painter = new CanvasPainter(header.getGraphicsContext2D(), palette, painterFont);
            allDirty = true;
        }
        long t0 = System.nanoTime();
        Viewport v = view.viewport();
        // pixel ranges to redraw: the lanes (all of them unless only the position moved) and the cursor layer
        double lo = Double.NEGATIVE_INFINITY, hi = Double.POSITIVE_INFINITY, clo = lo, chi = hi;
        if (!allDirty && s != null && drawn != null && v.sameGeometry(drawnViewport) && sameExceptPosition(s, drawn)) {
            if (s.position() == drawn.position() && s.waits().equals(drawn.waits())) {
                lo = clo = 1;
                hi = chi = 0;
            } else {
                double a = Math.min(v.x(s.position()), v.x(drawn.position())), b = Math.max(v.x(s.position()), v.x(drawn.position()));
                boolean waits = !s.waits().isEmpty() || !drawn.waits().isEmpty();
                clo = a - (waits ? ArrowPainter.MAX_TEXT + 40 : 60);
                chi = b + 90;
                // with the future hidden, the lanes themselves grow with the position
                if (s.showFuture()) { lo = 1; hi = 0; } else { lo = a - 240; hi = b + 2; }
            }
        }
        if (s == null) {
            header.getGraphicsContext2D().clearRect(0, 0, header.getWidth(), header.getHeight());
            for (Canvas c : tiles) c.getGraphicsContext2D().clearRect(0, 0, c.getWidth(), c.getHeight());
            for (Canvas c : cursors) c.getGraphicsContext2D().clearRect(0, 0, c.getWidth(), c.getHeight());
        } else {
            if (allDirty || drawn == null || !Objects.equals(s.laneStates(), drawn.laneStates()) || !s.laneTitles().equals(drawn.laneTitles())
                    || !s.laneSubtitles().equals(drawn.laneSubtitles())) {
                renderer.paintHeaders(s, v, painter.on(header.getGraphicsContext2D()));
            }
            for (int k = 0; k < tiles.size(); k++) {
                Canvas c = tiles.get(k);
                double tx = c.getLayoutX() - getSkinnable().snappedLeftInset(), tr = tx + c.getWidth();
                Viewport tile = v.tile(tx, tr);
                if (tr >= lo && tx <= hi) paint(c, tx, p -> renderer.paintStatic(s, tile, p));
                if (tr >= clo && tx <= chi) {
                    Canvas o = cursors.get(k);
                    o.getGraphicsContext2D().clearRect(0, 0, o.getWidth(), o.getHeight());
                    paint(o, tx, p -> {
                        renderer.paintCursor(s, tile, p);
                        for (TimelinePlugin pl : view.getPlugins()) pl.paintOverlay(view, tile, p);
                    });
                }
            }
        }
        allDirty = false;
        drawn = s;
        drawnViewport = v;
        view.lastDrawNanos = System.nanoTime() - t0;
    }

    private void paint(Canvas c, double tx, java.util.function.Consumer<CanvasPainter> draw) {
        GraphicsContext g = c.getGraphicsContext2D();
        g.save();
        g.translate(-tx, 0);
        draw.accept(painter.on(g));
        g.restore();
    }

    /** Everything but the position (and what follows it: the state words and waits) is the same. */
    private static boolean sameExceptPosition(TimelineSnapshot a, TimelineSnapshot b) {
        return a.log() == b.log() && a.markerA() == b.markerA() && a.markerB() == b.markerB() && a.divergence() == b.divergence()
                && Objects.equals(a.divergenceLabel(), b.divergenceLabel()) && a.showFuture() == b.showFuture()
                && a.laneTitles().equals(b.laneTitles()) && a.laneSubtitles().equals(b.laneSubtitles());
    }

    @Override protected double computePrefHeight(double w, double t, double r, double b, double l) {
        return getSkinnable().contentHeight();
    }

    @Override protected double computeMinHeight(double w, double t, double r, double b, double l) {
        return getSkinnable().minContentHeight();
    }

    @Override protected double computePrefWidth(double h, double t, double r, double b, double l) { return 900; }
    @Override protected double computeMinWidth(double h, double t, double r, double b, double l) { return 300; }
}
