package org.panicscope.ui.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.panicscope.engine.Choice;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import org.panicscope.ui.analysis.Background;
import org.panicscope.ui.analysis.ExploreViewModel;
import org.panicscope.ui.analysis.MatrixView;
import org.panicscope.ui.analysis.TrialsView;
import org.panicscope.ui.analysis.TrialsViewModel;
import org.panicscope.scenario.Scenarios;
import org.panicscope.ui.code.CodePanels;
import org.panicscope.ui.controls.ChoiceBar;
import org.panicscope.ui.controls.ConfigBar;
import org.panicscope.ui.controls.Legend;
import org.panicscope.ui.controls.NarrationPanel;
import org.panicscope.ui.controls.ScenarioBar;
import org.panicscope.ui.controls.ScheduleBar;
import org.panicscope.ui.controls.TransportBar;
import org.panicscope.ui.controls.VerdictBanner;
import org.panicscope.ui.session.SessionViewModel;
import org.panicscope.ui.state.StatePanels;
import org.panicscope.ui.timeline.TimelineView;

/**
 * The main window's content: scenario and configuration on top, the verdict, the timeline with the narration
 * beside it, the stepping controls, then the state panels and the code panels, the schedule at the bottom. It only
 * lays out and binds ({@link ViewBinder}); all logic is in the {@link SessionViewModel}.
 */
public final class MainWindow extends StackPane {
    private final SessionViewModel vm = new SessionViewModel();
    private final AppPrefs prefs;
    private final RecentFiles recent;
    private final FileActions files;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.DARK);
    private final ScenarioBar scenarioBar = new ScenarioBar(Scenarios.all(), vm::open);
    private final ConfigBar configBar = new ConfigBar(vm::setPreset, vm::setSwitch);
    private final VerdictBanner verdict = new VerdictBanner();
    private final TimelineView timeline = new TimelineView();
    private final NarrationPanel narration = new NarrationPanel(vm);
    private final TransportBar transport = new TransportBar(vm);
    private final ChoiceBar choices = new ChoiceBar(this::choose);
    private final StatePanels state = new StatePanels();
    private final CodePanels code = new CodePanels();
    private final ScheduleBar schedule = new ScheduleBar(vm);
    private final Label status = new Label();
    private final ExploreViewModel explore = new ExploreViewModel(Background.fx());
    private final TrialsViewModel trials = new TrialsViewModel(Background.fx());
    private final TabPane tabs = new TabPane();
    private final Shortcuts shortcuts;
    private final ShortcutOverlay overlay;
    private final TokenKeys tokens = new TokenKeys(this::choose, vm::say);
    private final PresenterMode presenter;
    private final WindowExport export = new WindowExport(this);
    private final MenuBar menu;
    private final VBox top;
    private final VBox bottom;
    private final VBox stepping;
    private ScrollPane stateScroll;
    private ScrollPane codeScroll;
    private SplitPane lower;
    private SplitPane center;
    private VBox upper;
    private Tab stateTab;
    private final Tab codeTab = tab("Code", null);
    private boolean compact;
    private boolean tight;
    /** Presenter mode below this height shows the verdict, the lanes and the narration only (1280x720, 1366x768). */
    static final double LANES_ONLY_BELOW = 800;
    private ViewBinder binder;

    /**
     * Below this height (logical pixels) the window is compact (docs/app.md, "Screen sizes"): the scenario's
     * description and the verdict's expectation line fold away and the kernel state and the code become tabs of their
     * own, so that lanes and panels keep a readable height; every screen up to
     * 1920x1080 (and a 4K screen at 200 %) is compact; 2560x1440 is not.
     */
    static final double COMPACT_BELOW = 1200;
    /** The least height the lower tabs get beside the timeline (a title and a few lines of a card). */
    static final double LOWER_MIN = 150;

    /** The preference that keeps the timeline's x axis, and its value for kernel time. */
    static final String AXIS_PREF = "axis", AXIS_TIME = "time";
    /**
     * The x axis a newcomer sees first: choices. See docs/app.md ("Time axis"): stepping moves the cursor one
     * column per choice, while on the time axis about 70 % of the steps take no time and the cursor would not move.
     */
    public static final boolean TIME_AXIS_BY_DEFAULT = false;

    public MainWindow(AppPrefs prefs) {
        this.prefs = prefs;
        this.recent = new RecentFiles(prefs);
        this.files = new FileActions(vm, recent, prefs);
        getStyleClass().add("main-window");
        status.setId("status");
        status.getStyleClass().add("status-line");
        status.textProperty().bind(vm.messageProperty());
        shortcuts = KeyMap.build(this);
        overlay = new ShortcutOverlay(shortcuts);
        menu = AppMenu.build(this);
        top = new VBox(menu, scenarioBar, configBar, verdict);
        top.getStyleClass().add("top-area");
        stepping = new VBox(new Legend(), transport, choices);
        stepping.getStyleClass().add("stepping-area");
        bottom = new VBox(schedule, status);
        bottom.getStyleClass().add("bottom-area");
        presenter = new PresenterMode(this, List.of(menu, scenarioBar, configBar, stepping, bottom));
        getChildren().addAll(createView(), overlay);
        heightProperty().addListener(o -> adapt());
        binder = new ViewBinder(this);
        binder.bind();
        // the x axis last chosen (X, View → Time axis), kept like the theme
        timeline.timeAxisProperty().set(AXIS_TIME.equals(prefs.get(AXIS_PREF, TIME_AXIS_BY_DEFAULT ? AXIS_TIME : "choices")));
        timeline.timeAxisProperty().addListener((o, a, on) -> prefs.put(AXIS_PREF, on ? AXIS_TIME : "choices"));
        // on the scene, not this node: with no focus owner (e.g. after presenter mode hid the focused control) key
        // events go to the scene alone
        KeyDispatcher keys = new KeyDispatcher(this);
        sceneProperty().addListener((o, old, sc) -> {
            if (old != null) old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            if (sc != null) sc.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        });
        startPlaybackClock();
    }

    private Node createView() {
        BorderPane timelineArea = new BorderPane(timeline);
        timelineArea.setRight(narration);
        // the narration never takes more than a third of the width: on a 1280 px projector the lanes keep the rest
        narration.maxWidthProperty().bind(widthProperty().multiply(0.32));
        timelineArea.getStyleClass().add("timeline-area");
        upper = new VBox(timelineArea, stepping);
        VBox.setVgrow(timelineArea, Priority.ALWAYS);
        stateScroll = new ScrollPane(state);
        stateScroll.setFitToWidth(true);
        stateScroll.getStyleClass().add("panel-scroll");
        codeScroll = new ScrollPane(code);
        codeScroll.setFitToWidth(true);
        codeScroll.setFitToHeight(true);
        codeScroll.getStyleClass().add("panel-scroll");
        lower = new SplitPane(stateScroll, codeScroll);
        lower.setDividerPositions(0.64);
        stateTab = tab("Kernel state and code", lower);
        tabs.getTabs().addAll(stateTab,
                lazyTab("Verdict matrix", () -> new MatrixView(explore, vm::scenario, this::replay)),
                lazyTab("Trials", () -> new TrialsView(trials, vm::scenario, this::replay)));
        tabs.setId("tabs");
        tabs.getStyleClass().add("lower-tabs");
        tabs.setMinHeight(LOWER_MIN);
        tabs.getSelectionModel().selectedItemProperty().addListener(o -> { if (!laying) presenterLayout(presenter != null && presenter.active()); });
        center = new SplitPane(upper, tabs);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.42);
        center.getStyleClass().add("center-split");
        BorderPane root = new BorderPane(center);
        root.setTop(top);
        root.setBottom(bottom);
        return root;
    }

    private static Tab tab(String title, Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        return t;
    }

    /**
     * A tab whose view is made when the tab is first shown. The analysis views (progress bars, spinners, the trials
     * chart) are not on the first frame; made at start-up they load about 100 classes more before it, time there and
     * room in the image's AOT cache, which holds the classes loaded up to the first frame (docs/performance.md). Their
     * view models live in this window from the start, so a run started by a key (Ctrl+E) or a test is there when the
     * view appears.
     */
    private static Tab lazyTab(String title, Supplier<Node> content) {
        Tab t = tab(title, null);
        t.selectedProperty().subscribe(selected -> {
            if (selected && t.getContent() == null) t.setContent(content.get());
        });
        return t;
    }

    /** Loads a run found by the explorer or by trials: its scenario, configuration and schedule; shows the state. */
    void replay(Scenario s, Config c, String schedule) {
        if (s != null && (vm.scenario() == null || !vm.scenario().id().equals(s.id()) || !vm.scenario().origin().equals(s.origin()))) vm.open(s);
        vm.setConfig(c);
        vm.applySchedule(schedule);
        tabs.getSelectionModel().select(0);
    }

    /** Switches between the compact and the full layout as the window's height crosses {@link #COMPACT_BELOW}. */
    private void adapt() {
        boolean c = getHeight() > 0 && getHeight() < COMPACT_BELOW;
        boolean t = getHeight() > 0 && getHeight() < LANES_ONLY_BELOW;
        if (t != tight) { tight = t; presenterLayout(presenter.active()); }
        if (c == compact) return;
        compact = c;
        if (c) getStyleClass().add("compact"); else getStyleClass().remove("compact");
        scenarioBar.setCompact(c);
        // compact: the menu bar and the scenario picker share one row
        if (c) {
            javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(menu, scenarioBar);
            row.getStyleClass().add("menu-row");
            menu.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            javafx.scene.layout.HBox.setHgrow(scenarioBar, Priority.ALWAYS);
            top.getChildren().setAll(row, configBar, verdict);
        } else {
            top.getChildren().setAll(menu, scenarioBar, configBar, verdict);
        }
        verdict.setCompact(c);
        presenterLayout(presenter.active());
        javafx.application.Platform.runLater(this::fitSplit);
    }

    public boolean compact() { return compact; }

    /** The code panels' tab of a compact window (null in the full layout, where they share the first tab). */
    public Tab codeTab() { return tabs.getTabs().contains(codeTab) ? codeTab : null; }

    /**
     * The lower area. Full layout: the state panels and the code panels side by side in the first tab. Compact: the
     * state in the first tab, the code in a tab of its own (last, so Alt+1..3 keep their tabs). Presenter mode: the
     * state panels across the whole width, or the code panels when the narration points at the code; below
     * {@link #LANES_ONLY_BELOW} no lower panels at all: the verdict, the lanes and the narration take the screen.
     */
    void presenterLayout(boolean on) {
        laying = true;
        try { layoutCenter(on); } finally { laying = false; }
    }

    /** True while {@link #layoutCenter} runs: it selects tabs itself. */
    private boolean laying;

    private void layoutCenter(boolean on) {
        var n = vm.noteProperty().get();
        boolean code = on && n != null && "code".equals(n.point());
        boolean lanesOnly = on && tight;
        // with no panels below, the lanes may fill the screen instead of leaving its lower half empty
        timeline.laneGrowthProperty().set(lanesOnly ? 2.6 : 1.6);
        List<Node> items = lanesOnly ? List.of(upper) : !on && compact && analysisTabShown() ? List.of(tabs) : List.of(upper, tabs);
        if (!center.getItems().equals(items)) {
            center.getItems().setAll(items);
            if (items.size() == 2) javafx.application.Platform.runLater(this::fitSplit);
        }
        if (on) {
            Node want = code ? codeScroll : stateScroll;
            if (lower.getItems().size() != 1 || lower.getItems().getFirst() != want) lower.getItems().setAll(want);
            if (stateTab.getContent() != lower) stateTab.setContent(lower);
            tabs.getTabs().remove(codeTab);
            tabs.getSelectionModel().select(0);
        } else if (compact) {
            lower.getItems().clear();
            stateTab.setText("Kernel state");
            stateTab.setContent(stateScroll);
            codeTab.setContent(codeScroll);
            if (!tabs.getTabs().contains(codeTab)) tabs.getTabs().add(codeTab);
        } else {
            tabs.getTabs().remove(codeTab);
            codeTab.setContent(null);
            stateTab.setText("Kernel state and code");
            if (lower.getItems().size() != 2) { lower.getItems().setAll(stateScroll, codeScroll); lower.setDividerPositions(0.64); }
            if (stateTab.getContent() != lower) stateTab.setContent(lower);
        }
    }

    /**
     * The verdict matrix or the trials tab is shown. In a compact window these take the whole centre, as a drawer
     * over the timeline: below the lanes they had room for two rows of the matrix. The tab row stays, so the first
     * tab (or Alt+1, or a click on a cell, which replays the run) brings the timeline back.
     */
    private boolean analysisTabShown() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        return t != null && t != stateTab && t != codeTab;
    }

    /** Splits the height between the timeline and the panels as the lanes need it. */
    void fitSplit() { binder.fitSplit(); }

    /** What the window does once laid out before a picture: the split fitted, the whole run in view, the cursor shown. */
    public void settleForPicture() {
        fitSplit();
        if (presenter.active()) timeline.fitStory(); else timeline.fitAll();
        timeline.reveal(vm.position());
    }

    /**
     * File → Quit and Ctrl+Q: a close request, as the window's close button sends, so that the same handler saves the
     * window's size and place (hiding the window directly skipped it).
     */
    public void quit() {
        if (getScene() == null || getScene().getWindow() == null) return;
        var win = getScene().getWindow();
        win.fireEvent(new javafx.stage.WindowEvent(win, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    /** Shows one of the lower tabs: 0 state and code, 1 verdict matrix, 2 trials. */
    void showTab(int i) { tabs.getSelectionModel().select(i); }

    private void startPlaybackClock() {
        new AnimationTimer() {
            private long last = -1;
            @Override public void handle(long now) {
                if (last > 0 && vm.playback().playing()) vm.playback().tick(Math.min(0.1, (now - last) / 1e9));
                last = now;
            }
        }.start();
    }

    /** Lets the CPU or interrupt of a token happen next (keys, lane clicks, the choice bar). */
    void choose(Choice c) { vm.choose(c); }

    // ---- parts, for the binder, the key map, the menu and tests ---------------------------------------------

    public SessionViewModel vm() { return vm; }
    public TimelineView timeline() { return timeline; }
    public StatePanels statePanels() { return state; }
    public CodePanels codePanels() { return code; }
    public VerdictBanner verdict() { return verdict; }
    public ScheduleBar scheduleBar() { return schedule; }
    public ScenarioBar scenarioBar() { return scenarioBar; }
    public ConfigBar configBar() { return configBar; }
    public ChoiceBar choiceBar() { return choices; }
    public TransportBar transport() { return transport; }
    public NarrationPanel narration() { return narration; }
    public ShortcutOverlay overlay() { return overlay; }
    public Shortcuts shortcuts() { return shortcuts; }
    public PresenterMode presenter() { return presenter; }
    public FileActions files() { return files; }
    public RecentFiles recent() { return recent; }
    public AppPrefs prefs() { return prefs; }
    public ObjectProperty<Theme> themeProperty() { return theme; }
    /**
     * Adds a menu before Help and an item to the File menu after "Open recent": how the talk and course windows
     * (ui.talk, ui.course, which use this window) hook in without this package depending on them.
     */
    public void installMenu(javafx.scene.control.Menu extra, javafx.scene.control.MenuItem fileItem) {
        menu.getMenus().add(menu.getMenus().size() - 1, extra);
        menu.getMenus().getFirst().getItems().add(2, fileItem);
    }

    /** The menus of the menu bar, File first, Help last. */
    public java.util.List<javafx.scene.control.Menu> menus() { return java.util.Collections.unmodifiableList(menu.getMenus()); }

    public ExploreViewModel explore() { return explore; }
    public TrialsViewModel trials() { return trials; }
    public TabPane tabs() { return tabs; }
    /** The split between the timeline (above) and the tabs (below). */
    public SplitPane centerSplit() { return center; }
    /** Whether the timeline draws the recorded rest of the run, dimmed, after the position. */
    public javafx.beans.property.BooleanProperty showFutureProperty() { return binder.showFuture(); }
    TokenKeys tokens() { return tokens; }
    WindowExport export() { return export; }

    /** The nodes worth a picture on their own, by name: one call gives a screenshot of exactly that view. */
    public Map<String, Node> snapshotTargets() {
        Map<String, Node> m = new LinkedHashMap<>();
        m.put("window", this);
        m.put("timeline", timeline.snapshotTarget());
        m.put("state", state.snapshotTarget());
        m.put("code", code.snapshotTarget());
        m.put("verdict", verdict);
        m.put("analysis", tabs);
        return m;
    }
}
