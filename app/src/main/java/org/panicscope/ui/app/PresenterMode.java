package org.panicscope.ui.app;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * Presenter mode for talks: full screen, the projector-size fonts of the current theme scaled up, menus, toolbars
 * and the schedule hidden, and one key (Space, →, PgDn: what a presentation clicker sends) steps.
 */
public final class PresenterMode {
    private final MainWindow w;
    private final List<Node> chrome;
    private boolean active;
    private boolean windowed;

    PresenterMode(MainWindow w, List<Node> chrome) {
        this.w = w;
        this.chrome = chrome;
        w.vm().noteProperty().addListener(o -> { if (active) w.presenterLayout(true); });
    }

    public boolean active() { return active; }

    public void toggle() { set(!active); }

    /** Presenter mode without full screen: the window keeps its size (pictures made at a given size). */
    public void keepWindowed() { windowed = true; }

    public void set(boolean on) {
        active = on;
        for (Node n : chrome) { n.setVisible(!on); n.setManaged(!on); }
        if (on) { if (!w.getStyleClass().contains("presenter")) w.getStyleClass().add("presenter"); }
        else w.getStyleClass().remove("presenter");
        Stage st = stage();
        if (st != null && !windowed) {
            st.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            st.setFullScreenExitHint(on ? "" : null);
            st.setFullScreen(on);
        }
        w.vm().playback().pause();
        w.presenterLayout(on);
        javafx.application.Platform.runLater(() -> {
            w.fitSplit();
            // presenting: the story (from just before the panic to the verdict) across the width, the cursor on it
            if (on) w.timeline().fitStory(); else w.timeline().fitAll();
            w.timeline().reveal(w.vm().position());
        });
    }

    public void toggleFullScreen() {
        Stage st = stage();
        if (st != null) st.setFullScreen(!st.isFullScreen());
    }

    private Stage stage() {
        return w.getScene() != null && w.getScene().getWindow() instanceof Stage s ? s : null;
    }
}
