package org.panicscope.ui.analysis;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

/**
 * What the two analysis view models share: one job at a time off the FX thread, with running, progress and a
 * message, cancellable. A new start cancels the job before it; results of a superseded job are dropped.
 */
public abstract sealed class AnalysisJob permits ExploreViewModel, TrialsViewModel {
    protected final Background bg;
    protected final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    protected final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    protected final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Job current;

    protected AnalysisJob(Background bg) { this.bg = bg; }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** A job's handle: its stop flag (for the worker threads), and whether it is still the latest job (on the FX thread). */
    protected final class Job {
        final AtomicBoolean stop = new AtomicBoolean();

        boolean current() { return current == this; }
    }

    /** Cancels the running job, then starts a new one: running, progress 0, the message. On the FX thread. */
    protected Job begin(String what) {
        cancel();
        current = new Job();
        running.set(true);
        progress.set(0);
        message.set(what);
        return current;
    }

    /** Stops the job: its work returns at its next progress check. */
    public void cancel() {
        if (!running.get()) return;
        current.stop.set(true);
        message.set("Cancelling…");
    }

    /** The row of controls every analysis view has after its own: Cancel, the progress bar, the message. */
    static List<Node> controls(AnalysisJob job, String cancelId) {
        Button cancel = new Button("Cancel");
        cancel.setId(cancelId);
        cancel.disableProperty().bind(job.runningProperty().not());
        cancel.setOnAction(e -> job.cancel());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(job.progressProperty());
        bar.visibleProperty().bind(job.runningProperty());
        Label msg = new Label();
        msg.textProperty().bind(job.messageProperty());
        msg.getStyleClass().add("analysis-message");
        return List.of(cancel, bar, msg);
    }
}
