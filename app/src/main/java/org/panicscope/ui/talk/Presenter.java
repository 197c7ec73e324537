package org.panicscope.ui.talk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.panicscope.talk.Talk;
import org.panicscope.ui.app.MainWindow;
import org.panicscope.ui.snapshot.Snapshots;

/**
 * Gives a talk in the main window: the window is the audience view (on the second screen, full screen, when there
 * are two), a speaker window shows notes, the next slide and the time, and the keys of common clickers step.
 * Keys (docs/talks.md): PageDown/Right/Space next, PageUp/Left back, B or '.' blank, Home/End first/last slide,
 * Escape stops presenting.
 */
public final class Presenter {
    private final MainWindow w;
    private final TalkDeck deck;
    private final Region black = new Region();
    private final EventHandler<KeyEvent> keys = this::key;
    private Stage speakerStage;
    private javafx.stage.Window audience;
    private SpeakerWindow speaker;
    private final SlideLayout layout;
    private boolean presenting;

    public Presenter(MainWindow w, Talk talk) {
        this.w = w;
        this.deck = new TalkDeck(talk, w.vm());
        this.layout = new SlideLayout(w);
        black.setId("talk-blank");
        black.setStyle("-fx-background-color: black;");
        black.setVisible(false);
        black.visibleProperty().bind(deck.blankProperty());
        // the slide's panels and zoom (SlideLayout); the zoom once more after the window's own fitAll(), which
        // opening a scenario queues with runLater (ViewBinder), so the slide's range wins
        deck.slideProperty().addListener((o, a, i) -> {
            if (i.intValue() < 0 || !presenting) return;
            Talk.Slide s = deck.current();
            layout.apply(s);
            javafx.application.Platform.runLater(() -> {
                if (presenting && deck.slideIndex() == i.intValue()) layout.zoom(s, deck.end());
            });
        });
    }

    public TalkDeck deck() { return deck; }
    public SpeakerWindow speaker() { return speaker; }
    /** The speaker window's stage, or null when it has none. */
    public Stage speakerStage() { return speakerStage; }

    /** Opens the first slide, the speaker window and the keys. */
    public void start(boolean speakerWindow) {
        if (!w.getChildren().contains(black)) w.getChildren().add(black);
        audience = w.getScene().getWindow();
        audience.addEventFilter(KeyEvent.KEY_PRESSED, keys); // before the window's own keys ('.' is also "next note")
        presenting = true;
        deck.first();
        speaker = new SpeakerWindow(deck);
        if (!speakerWindow) return;
        speakerStage = speaker.stage();
        List<Screen> screens = Screen.getScreens();
        Stage audienceStage = (Stage) audience;
        if (screens.size() > 1) {
            // the projector is the screen that is not the primary one; the laptop keeps the speaker window
            Screen projector = screens.stream().filter(s -> !s.equals(Screen.getPrimary())).findFirst().orElse(screens.get(1));
            Rectangle2D b = projector.getVisualBounds();
            audienceStage.setX(b.getMinX());
            audienceStage.setY(b.getMinY());
            audienceStage.setFullScreen(true);
            Rectangle2D p = Screen.getPrimary().getVisualBounds();
            speakerStage.setX(p.getMinX() + 20);
            speakerStage.setY(p.getMinY() + 20);
        } else {
            // one screen: the speaker window in the bottom right corner, over the audience view
            Rectangle2D p = Screen.getPrimary().getVisualBounds();
            speakerStage.setX(Math.max(p.getMinX(), p.getMaxX() - 740));
            speakerStage.setY(Math.max(p.getMinY(), p.getMaxY() - 540));
        }
        speakerStage.show();
        audienceStage.requestFocus();
    }

    public void stop() {
        if (audience != null) audience.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        w.getChildren().remove(black);
        presenting = false;
        layout.restore();
        if (speakerStage != null) speakerStage.hide();
    }

    private void key(KeyEvent e) {
        if (w.getScene() == null || w.getScene().getWindow() != audience) return; // the window shows another scene now
        KeyCode k = e.getCode();
        boolean used = true;
        switch (k) {
            case PAGE_DOWN, RIGHT, SPACE -> deck.next();
            case PAGE_UP, LEFT -> deck.previous();
            case B, PERIOD -> deck.toggleBlank();
            case HOME -> deck.first();
            case END -> deck.last();
            case ESCAPE -> stop();
            default -> used = false;
        }
        if (used) e.consume();
    }

    /**
     * One PNG per slide (slide-01.png, ...) of the main window at the end of each slide's range, made by the
     * snapshot renderer: a backup for a lectern PC. Returns the files written; refuses to overwrite any.
     */
    public List<Path> exportPngs(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        int n = deck.talk().slides().size();
        for (int i = 0; i < n; i++) {
            Path f = dir.resolve(String.format("slide-%02d.png", i + 1));
            if (Files.exists(f)) throw new IOException(f + " exists; choose an empty folder (nothing is overwritten)");
        }
        int was = Math.max(0, deck.slideIndex());
        boolean blank = deck.isBlank();
        if (blank) deck.toggleBlank();
        for (int i = 0; i < n; i++) {
            deck.show(i);
            w.vm().seek(deck.end());
            w.applyCss();
            w.layout();
            layout.zoom(deck.current(), deck.end()); // now: the queued zoom comes after this picture
            w.layout();
            Path f = dir.resolve(String.format("slide-%02d.png", i + 1));
            Snapshots.savePng(w, 1, f);
            out.add(f);
        }
        deck.show(was);
        if (blank) deck.toggleBlank();
        return out;
    }
}
