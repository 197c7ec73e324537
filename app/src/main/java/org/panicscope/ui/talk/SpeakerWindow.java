package org.panicscope.ui.talk;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.panicscope.talk.Talk;

/** What only the speaker sees: the current slide, the next one, the notes and the time since the talk began. */
public final class SpeakerWindow extends VBox {
    private final TalkDeck deck;
    private final Label current = new Label(), next = new Label(), elapsed = new Label(), verdict = new Label();
    private final TextArea notes = new TextArea();
    private final Timeline clock;

    public SpeakerWindow(TalkDeck deck) {
        this.deck = deck;
        setId("speaker-window");
        getStyleClass().add("speaker-window");
        setSpacing(10);
        setStyle("-fx-padding: 16;");
        current.setId("speaker-current");
        current.setStyle("-fx-font-size: 22px; -fx-font-weight: bold;");
        next.setId("speaker-next");
        elapsed.setId("speaker-elapsed");
        elapsed.setStyle("-fx-font-size: 28px;");
        notes.setId("speaker-notes");
        notes.setEditable(false);
        notes.setWrapText(true);
        notes.setStyle("-fx-font-size: 18px;");
        VBox.setVgrow(notes, Priority.ALWAYS);
        getChildren().addAll(elapsed, current, verdict, new Label("Notes"), notes, next);
        deck.slideProperty().addListener((o, a, b) -> refresh());
        deck.blankProperty().addListener((o, a, b) -> refresh());
        clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        clock.setCycleCount(Timeline.INDEFINITE);
        clock.play();
        refresh();
        tick();
    }

    private void tick() {
        long s = deck.elapsedSeconds();
        elapsed.setText(String.format("%d:%02d", s / 60, s % 60));
    }

    private void refresh() {
        if (deck.slideIndex() < 0) return;
        Talk.Slide s = deck.current();
        int n = deck.talk().slides().size();
        current.setText((deck.slideIndex() + 1) + " / " + n + "   " + s.title() + (deck.isBlank() ? "   (audience screen blank)" : ""));
        verdict.setText(s.run().scenario() + " under " + s.run().config() + (s.verdict() == null ? "" : ": " + s.verdict().id() + ", " + s.verdict().meaning()));
        notes.setText(s.notes());
        Talk.Slide up = deck.upcoming();
        next.setText(up == null ? "Next: (last slide)" : "Next: " + up.title());
    }

    public String currentText() { return current.getText(); }
    public String nextText() { return next.getText(); }
    public String notesText() { return notes.getText(); }

    /** A stage of its own. */
    public Stage stage() {
        Stage st = new Stage();
        st.setTitle("PanicScope — speaker: " + deck.talk().title());
        st.setScene(new Scene(this, 720, 520));
        st.setOnHidden(e -> clock.stop());
        return st;
    }
}
