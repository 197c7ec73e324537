package org.panicscope.ui.timeline;

import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.SizeConverter;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Paint;
import org.panicscope.picture.Axis;
import org.panicscope.picture.TimelineSnapshot;
import org.panicscope.picture.Viewport;
import org.panicscope.picture.Palette;

/**
 * Per-CPU timelines on a Canvas: one lane per CPU, x counting the run's choices (one column each) or, with
 * {@link #timeAxisProperty()}, kernel time ({@link org.panicscope.picture.TimeAxis}).
 *
 * <pre>{@code
 * TimelineView t = new TimelineView();
 * t.snapshotProperty().bind(...);            // what to draw (TimelineSnapshot)
 * t.setOnChooseCpu(cpu -> vm.choose(Choice.step(cpu)));
 * t.setOnSeek(vm::seek);
 * t.fitAll();
 * }</pre>
 *
 * Zoom and pan, hover, clicks and following the cursor are {@link TimelinePlugin}s; colours come from the theme's
 * tone tokens and the sizes from {@code -ps-timeline-font-size} and {@code -ps-lane-height}.
 */
public final class TimelineView extends Control {
    private static final List<CssMetaData<TimelineView, Paint>> TONES = ToneStyles.metaData(v -> v.tones);
    private static final CssMetaData<TimelineView, Number> FONT_SIZE = sizeMeta("-ps-timeline-font-size", 13, v -> v.fontSize);
    private static final CssMetaData<TimelineView, Number> LANE_HEIGHT = sizeMeta("-ps-lane-height", 64, v -> v.laneHeight);
    private static final List<CssMetaData<? extends Styleable, ?>> META = ToneStyles.withControlMetaData(TONES, List.of(FONT_SIZE, LANE_HEIGHT));

    final ToneStyles tones = new ToneStyles(this, TONES);
    /** How long the last draw took, set by the skin (the timeline benchmark reads it). */
    long lastDrawNanos;
    private final StyleableDoubleProperty fontSize = styleable(FONT_SIZE, "fontSize", 13);
    private final StyleableDoubleProperty laneHeight = styleable(LANE_HEIGHT, "laneHeight", 64);
    private final ObjectProperty<TimelineSnapshot> snapshot = new SimpleObjectProperty<>(this, "snapshot");
    private final DoubleProperty first = new SimpleDoubleProperty(this, "first", 0);
    private final DoubleProperty pxPerChoice = new SimpleDoubleProperty(this, "pxPerChoice", 4);
    private final BooleanProperty follow = new SimpleBooleanProperty(this, "follow", true);
    private final BooleanProperty folded = new SimpleBooleanProperty(this, "folded", false);
    private final BooleanProperty timeAxis = new SimpleBooleanProperty(this, "timeAxis", false);
    private final TimelineAxes axes = new TimelineAxes();
    /** Folds the user opened with a click, by their first choice (cleared when all are folded again). */
    private final java.util.Set<Integer> opened = new java.util.HashSet<>();
    private org.panicscope.picture.Folding folding = org.panicscope.picture.Folding.NONE;
    private Object foldingKey;
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper(this, "hoverText", "");
    private final javafx.beans.property.IntegerProperty redraws = new javafx.beans.property.SimpleIntegerProperty(this, "redraws");
    private final ObservableList<TimelinePlugin> plugins = FXCollections.observableArrayList();
    private IntConsumer onChooseCpu = c -> { };
    private IntConsumer onSeek = p -> { };
    private java.util.function.BiConsumer<Character, Integer> onMark = (m, p) -> { };

    public TimelineView() {
        getStyleClass().add("timeline-view");
        setFocusTraversable(false);
        plugins.addListener((ListChangeListener<TimelinePlugin>) ch -> {
            while (ch.next()) {
                ch.getRemoved().forEach(pl -> pl.detach(this));
                ch.getAddedSubList().forEach(pl -> pl.attach(this));
            }
        });
        plugins.addAll(new ZoomPanPlugin(), new ClickPlugin(), new HoverPlugin(), new FollowCursorPlugin());
        timeAxis.addListener((o, was, on) -> keepRangeAcrossAxes(was));
    }

    @Override protected Skin<?> createDefaultSkin() { return new TimelineSkin(this); }

    // ---- properties -------------------------------------------------------------------------------------------

    public ObjectProperty<TimelineSnapshot> snapshotProperty() { return snapshot; }
    public TimelineSnapshot getSnapshot() { return snapshot.get(); }
    /** The axis unit at the plot's left edge (a display column, or a kernel time). */
    public DoubleProperty firstProperty() { return first; }
    /** Pixels per axis unit (the zoom): per choice, or per unit of kernel time. */
    public DoubleProperty pxPerChoiceProperty() { return pxPerChoice; }
    /** Draw repeated iterations folded into one labelled block each ({@link org.panicscope.picture.Folding}). */
    public BooleanProperty foldedProperty() { return folded; }

    /** Folds every repeat again, or opens them all (the F key); keeps the cursor's choice in view. */
    public void toggleFolded() {
        relayout(() -> { opened.clear(); folded.set(!folded.get()); foldingKey = null; });
        TimelineSnapshot s = snapshot.get();
        if (s != null) reveal(s.position());
    }

    /** Opens the fold holding a choice (a click on a folded block); false if none holds it. */
    public boolean unfoldAt(int choice) {
        org.panicscope.recording.Fold f = folding().foldAt(choice);
        if (f == null) return false;
        relayout(() -> { opened.add(f.first()); foldingKey = null; });
        return true;
    }

    /** The folds drawn now (none unless {@link #foldedProperty()} is on). */
    public org.panicscope.picture.Folding folding() {
        TimelineSnapshot s = snapshot.get();
        if (s == null || !folded.get()) return org.panicscope.picture.Folding.NONE;
        Object key = java.util.List.of(System.identityHashCode(s.log()), s.log().size(), opened.size());
        if (!key.equals(foldingKey)) {
            folding = org.panicscope.picture.Folding.of(s.log(), opened);
            foldingKey = key;
        }
        return folding;
    }

    /**
     * The x axis drawn now: kernel time when {@link #timeAxisProperty()} is on and the run is timed, else choices
     * (an untimed run's clocks count steps, so it has no time to show, and its ruler says so).
     */
    public Axis axis() { return axisFor(timeAxis.get()); }

    private Axis axisFor(boolean time) { return axes.of(snapshot.get(), folding(), time); }

    /** Draw x as kernel time instead of choices (the X key). */
    public BooleanProperty timeAxisProperty() { return timeAxis; }

    /** Switches the axis (the X key); the choices in view stay in view (the whole run stays fitted). */
    public void toggleTimeAxis() { timeAxis.set(!timeAxis.get()); }

    private void keepRangeAcrossAxes(boolean was) {
        TimelineSnapshot s = snapshot.get();
        if (s == null || getWidth() <= 0) { redraw(); return; }
        Viewport before = viewport(was);
        int from = (int) Math.max(0, Math.floor(before.col(before.header())));
        int to = (int) Math.min(columns(), Math.ceil(before.col(before.width())));
        if (from <= 0 && to >= s.log().size()) fitAll();
        else fitRange(from, Math.max(from + 1, to));
        redraw();
    }

    /** Runs a change of the folds keeping the choice at the left edge there and the zoom as it is. */
    private void relayout(Runnable change) {
        Viewport v = viewport();
        double at = v.col(v.header());
        change.run();
        first.set(axis().unit(at));
        pxPerChoice.set(Math.max(minPxPerChoice(), pxPerChoice.get()));
        first.set(clampFirst(first.get()));
        redraw();
    }

    /** Keep the cursor in view while the position moves. */
    public BooleanProperty followProperty() { return follow; }
    /** What is under the mouse, in words (step id, function, state). */
    public ReadOnlyStringProperty hoverTextProperty() { return hoverText.getReadOnlyProperty(); }
    void setHoverText(String s) { hoverText.set(s); }
    /** Asks for a full redraw (a plugin's overlay changed). */
    public void redraw() { redraws.set(redraws.get() + 1); }
    javafx.beans.property.ReadOnlyIntegerProperty redrawProperty() { return redraws; }
    public ObservableList<TimelinePlugin> getPlugins() { return plugins; }
    public DoubleProperty fontSizeProperty() { return fontSize; }
    public DoubleProperty laneHeightProperty() { return laneHeight; }
    public ToneStyles tones() { return tones; }
    /** Nanoseconds the skin took to draw the last frame (0 before the first). */
    public long lastDrawNanos() { return lastDrawNanos; }

    public Palette palette() { return tones.palette(); }

    public void setOnChooseCpu(IntConsumer c) { onChooseCpu = c; }
    public void setOnSeek(IntConsumer c) { onSeek = c; }
    void chooseCpu(int cpu) { onChooseCpu.accept(cpu); }
    void seek(int p) { onSeek.accept(p); }
    /** Called with 'A' or 'B' and a position when the user puts a marker with the mouse. */
    public void setOnMark(java.util.function.BiConsumer<Character, Integer> c) { onMark = c; }
    void mark(char which, int p) { onMark.accept(which, p); }

    // ---- geometry and navigation ------------------------------------------------------------------------------

    /** The header width: the lane titles must fit at the current font size. */
    public double headerWidth() { return Math.round(fontSize.get() * 15); }
    public double rulerHeight() { return Math.round(fontSize.get() * 3.2); }
    private int lanes() { return snapshot.get() == null ? 2 : snapshot.get().log().cpuCount(); }
    private int columns() { return snapshot.get() == null ? 1 : Math.max(1, snapshot.get().log().size()); }
    /** The axis units of the whole run (display columns, or kernel time). */
    private double displayColumns() { return Math.max(1, axis().length(columns()) - axis().unit(0)); }

    /** The height the lanes want at the theme's lane height. */
    public double contentHeight() {
        return rulerHeight() + lanes() * (laneHeight.get() + 6) + fontSize.get() * 3.2;
    }

    /** The least height: lanes may shrink to 55 % of the theme's height (eight CPUs on a laptop screen). */
    public double minContentHeight() {
        return rulerHeight() + lanes() * (laneHeight.get() * 0.55 + 6) + fontSize.get() * 3.2;
    }

    /** The viewport for the current size, zoom and scroll. */
    public Viewport viewport() {
        return new Viewport(first.get(), pxPerChoice.get(), Math.max(1, getWidth()), Math.max(1, getHeight()),
                headerWidth(), rulerHeight(), effectiveLaneHeight(), 6, lanes(), headerWidth(), Math.max(1, getWidth()), axis());
    }

    /** The viewport at the current zoom and scroll on the time axis ({@code true}) or the choice axis. */
    private Viewport viewport(boolean time) {
        return viewport().withAxis(axisFor(time));
    }

    /**
     * Lanes take the height there is: from 55 % up to {@link #laneGrowthProperty()} times the theme's lane height
     * (1.6; presenter mode with no panels below lets them grow further, so the lanes fill the screen).
     */
    double effectiveLaneHeight() {
        double base = laneHeight.get();
        if (getHeight() <= 0) return base;
        double spare = (getHeight() - rulerHeight() - fontSize.get() * 3.2) / lanes() - 6;
        return Math.max(base * 0.55, Math.min(base * laneGrowth.get(), spare));
    }

    private final DoubleProperty laneGrowth = new javafx.beans.property.SimpleDoubleProperty(this, "laneGrowth", 1.6);

    /** How much taller than the theme's lane height a lane may grow when the timeline has the height. */
    public DoubleProperty laneGrowthProperty() { return laneGrowth; }

    public double minPxPerChoice() { return Math.min(1, viewport().plotWidth() / displayColumns() * 0.9); }

    /** Zooms by {@code factor} keeping the axis unit under x fixed. */
    public void zoomAt(double factor, double x) {
        Viewport v = viewport();
        double unit = v.unitAt(x);
        double ppc = Math.max(minPxPerChoice(), Math.min(120, pxPerChoice.get() * factor));
        pxPerChoice.set(ppc);
        first.set(clampFirst(unit - (x - v.header()) / ppc));
    }

    /** Zooms around the cursor (keyboard). */
    public void zoom(double factor) {
        TimelineSnapshot s = snapshot.get();
        Viewport v = viewport();
        double x = s == null ? v.header() + v.plotWidth() / 2 : Math.max(v.header(), Math.min(v.width(), v.x(s.position())));
        zoomAt(factor, x);
    }

    public void panPixels(double dx) {
        first.set(clampFirst(first.get() + dx / pxPerChoice.get()));
    }

    /** Shows the whole run. */
    public void fitAll() {
        Viewport v = viewport();
        pxPerChoice.set(Math.max(0.01, v.plotWidth() * 0.94 / displayColumns()));
        first.set(axis().unit(0));
    }

    /** Shows choices {@code from} to {@code to} across the plot (a little room after the last, for the cursor's label). */
    public void fitRange(int from, int to) {
        Viewport v = viewport();
        Axis a = v.axis();
        double lo = a.unit(from), hi = a.unit(to);
        // on the time axis the range's blocks may end after its last position's instant (a step still running)
        if (a.time()) for (int i = from; i < Math.min(to, columns()); i++) hi = Math.max(hi, a.end(i));
        double n = Math.max(1, hi - lo);
        pxPerChoice.set(Math.max(minPxPerChoice(), Math.min(120, v.plotWidth() * 0.9 / n)));
        first.set(clampFirst(lo));
    }

    /** The story window of the run shown (KeyMoments.storyWindow) across the plot: what presenter mode opens on. */
    public void fitStory() {
        TimelineSnapshot s = snapshot.get();
        if (s == null) return;
        int[] w = org.panicscope.recording.KeyMoments.storyWindow(org.panicscope.recording.KeyMoments.of(s.log(), null), s.log().size(), s.position());
        fitRange(w[0], w[1]);
    }

    /** The key moments' pills last drawn on the ruler: {choice, left x, width} each. */
    public List<double[]> keyMomentPills() { return org.panicscope.picture.TimelineRenderer.keyMomentPills(); }

    /** Scrolls so that a position is visible, placing it at 80 % of the width when it is off screen. */
    public void reveal(int position) {
        Viewport v = viewport();
        double x = v.x(position);
        if (x < v.header() + 10 || x > v.width() - 10) first.set(clampFirst(v.axis().unit(position) - v.plotWidth() * 0.8 / v.ppc()));
    }

    private double clampFirst(double f) {
        Viewport v = viewport();
        double start = v.axis().unit(0);
        double max = start + Math.max(0, displayColumns() - v.plotWidth() / v.ppc() * 0.5);
        return Math.max(start, Math.min(max, f));
    }

    /** The node to snapshot for a picture of the timeline alone. */
    public javafx.scene.Node snapshotTarget() { return this; }

    // ---- CSS ------------------------------------------------------------------------------------------------

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() { return META; }
    @Override public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() { return META; }

    private static CssMetaData<TimelineView, Number> sizeMeta(String name, double def,
                                                             java.util.function.Function<TimelineView, StyleableDoubleProperty> get) {
        return new CssMetaData<>(name, SizeConverter.getInstance(), def) {
            @Override public boolean isSettable(TimelineView v) { return !get.apply(v).isBound(); }
            @SuppressWarnings("unchecked")
            @Override public StyleableProperty<Number> getStyleableProperty(TimelineView v) { return get.apply(v); }
        };
    }

    private StyleableDoubleProperty styleable(CssMetaData<TimelineView, Number> meta, String name, double def) {
        return new StyleableDoubleProperty(def) {
            @Override public Object getBean() { return TimelineView.this; }
            @Override public String getName() { return name; }
            @Override public CssMetaData<TimelineView, Number> getCssMetaData() { return meta; }
        };
    }
}
