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
import org.panicscope.picture.TimelineSnapshot;
import org.panicscope.picture.Viewport;
import org.panicscope.picture.Palette;

/**
 * Per-CPU timelines on a Canvas: one lane per CPU, one column per choice of the run.
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
    }

    @Override protected Skin<?> createDefaultSkin() { return new TimelineSkin(this); }

    // ---- properties -------------------------------------------------------------------------------------------

    public ObjectProperty<TimelineSnapshot> snapshotProperty() { return snapshot; }
    public TimelineSnapshot getSnapshot() { return snapshot.get(); }
    /** The first visible choice column. */
    public DoubleProperty firstProperty() { return first; }
    /** Pixels per choice (the zoom). */
    public DoubleProperty pxPerChoiceProperty() { return pxPerChoice; }
    /** Draw repeated iterations folded into one labelled block each ({@link org.panicscope.picture.Folding}). */
    public BooleanProperty foldedProperty() { return folded; }

    /** Folds every repeat again, or opens them all (the F key); keeps the cursor's choice in view. */
    public void toggleFolded() {
        opened.clear();
        folded.set(!folded.get());
        foldingKey = null;
        TimelineSnapshot s = snapshot.get();
        if (s != null) { clampAfterRelayout(); reveal(s.position()); }
        redraw();
    }

    /** Opens the fold holding a choice (a click on a folded block); false if none holds it. */
    public boolean unfoldAt(int choice) {
        org.panicscope.recording.Fold f = folding().foldAt(choice);
        if (f == null) return false;
        opened.add(f.first());
        foldingKey = null;
        clampAfterRelayout();
        redraw();
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

    private void clampAfterRelayout() {
        pxPerChoice.set(Math.max(minPxPerChoice(), pxPerChoice.get()));
        first.set(clampFirst(first.get()));
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
    /** The display columns of the whole run (fewer than choices while folded). */
    private double displayColumns() { return Math.max(1, folding().display(columns())); }

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
                headerWidth(), rulerHeight(), effectiveLaneHeight(), 6, lanes()).withFolding(folding());
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

    /** Zooms by {@code factor} keeping the column under x fixed. */
    public void zoomAt(double factor, double x) {
        Viewport v = viewport();
        org.panicscope.picture.Folding f = v.folding();
        double col = f.display(v.col(x));
        double ppc = Math.max(minPxPerChoice(), Math.min(120, pxPerChoice.get() * factor));
        pxPerChoice.set(ppc);
        first.set(clampFirst(f.choice(col - (x - v.header()) / ppc)));
    }

    /** Zooms around the cursor (keyboard). */
    public void zoom(double factor) {
        TimelineSnapshot s = snapshot.get();
        Viewport v = viewport();
        double x = s == null ? v.header() + v.plotWidth() / 2 : Math.max(v.header(), Math.min(v.width(), v.x(s.position())));
        zoomAt(factor, x);
    }

    public void panPixels(double dx) {
        org.panicscope.picture.Folding f = folding();
        first.set(clampFirst(f.choice(f.display(first.get()) + dx / pxPerChoice.get())));
    }

    /** Shows the whole run. */
    public void fitAll() {
        Viewport v = viewport();
        pxPerChoice.set(Math.max(0.01, v.plotWidth() * 0.94 / displayColumns()));
        first.set(0);
    }

    /** Shows choices {@code from} to {@code to} across the plot (a little room after the last, for the cursor's label). */
    public void fitRange(int from, int to) {
        Viewport v = viewport();
        double n = Math.max(1, v.folding().display(to) - v.folding().display(from));
        pxPerChoice.set(Math.max(minPxPerChoice(), Math.min(120, v.plotWidth() * 0.9 / n)));
        first.set(clampFirst(from));
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
        if (x < v.header() + 10 || x > v.width() - 10) first.set(clampFirst(v.folding().choice(v.folding().display(position) - v.plotWidth() * 0.8 / v.ppc())));
    }

    private double clampFirst(double f) {
        Viewport v = viewport();
        double max = v.folding().choice(Math.max(0, displayColumns() - v.plotWidth() / v.ppc() * 0.5));
        return Math.max(0, Math.min(max, f));
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
