package org.panicscope.ui.controls;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.panicscope.recording.EventKind;
import org.panicscope.ui.session.Playback;
import org.panicscope.ui.session.SessionViewModel;

/**
 * Stepping: start, back, play/pause, forward, end; the speed; the position; run to the next event of a kind;
 * the markers' distance.
 */
public final class TransportBar extends HBox {
    private final Label position = new Label();
    private final Label speed = new Label();
    private final Label markers = new Label();
    private final ToggleButton play = new ToggleButton();

    public TransportBar(SessionViewModel vm) {
        getStyleClass().add("transport-bar");
        Playback pb = vm.playback();
        play.setId("play");
        play.getStyleClass().add("tool-button");
        play.setFocusTraversable(false);
        play.setTooltip(new Tooltip("Play / pause (Space, K)"));
        play.setOnAction(e -> { pb.toggle(); play.setSelected(pb.playing()); });
        pb.playingProperty().addListener((o, a, on) -> {
            play.setSelected(on);
            Icons.setIcon(play, on ? "pause" : "play");
        });
        Icons.setIcon(play, "play");
        position.setId("position");
        position.getStyleClass().add("position-label");
        speed.getStyleClass().add("speed-label");
        markers.getStyleClass().add("markers-label");
        markers.setMinWidth(0);
        HBox events = new HBox(4);
        events.getStyleClass().add("event-buttons");
        Label run = new Label("next:");
        run.getStyleClass().add("group-label");
        events.getChildren().add(run);
        for (EventKind k : new EventKind[] {EventKind.HALT, EventKind.SPIN, EventKind.DROP, EventKind.HANDOVER}) {
            Button b = Icons.button("next-event", k.label(), "Run to the next " + k.label() + ": " + k.meaning(), () -> vm.nextEvent(k));
            b.setId("next-" + k.name().toLowerCase());
            events.getChildren().add(b);
        }
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getChildren().addAll(
                Icons.button("start", "", "Jump to the start (Home)", vm::toStart),
                Icons.button("back", "", "Step back (←)", vm::stepBack),
                play,
                Icons.button("step", "", "Step forward (→)", vm::stepForward),
                Icons.button("end", "", "Jump to the end (End)", vm::toEnd),
                position,
                Icons.button("slower", "", "Slower ([)", pb::slower), speed, Icons.button("faster", "", "Faster (])", pb::faster),
                events, grow, markers);
        vm.positionProperty().addListener(o -> update(vm));
        vm.tapeProperty().addListener(o -> update(vm));
        pb.speedIndexProperty().addListener(o -> update(vm));
        vm.markers().aProperty().addListener(o -> update(vm));
        vm.markers().bProperty().addListener(o -> update(vm));
        update(vm);
    }

    private void update(SessionViewModel vm) {
        if (vm.tape() == null) return;
        long t = vm.tape().log().timeAt(vm.position());
        position.setText("choice " + vm.position() + " / " + vm.length() + "   t " + t);
        speed.setText(vm.playback().speed() + "/s");
        markers.setText(vm.markers().aProperty().get() < 0 && vm.markers().bProperty().get() < 0 ? "markers: M, Shift+M" : vm.markers().words());
    }
}
