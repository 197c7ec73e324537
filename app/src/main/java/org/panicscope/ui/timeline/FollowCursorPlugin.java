package org.panicscope.ui.timeline;

import javafx.beans.InvalidationListener;
import org.panicscope.picture.TimelineSnapshot;

/** Keeps the cursor in view while the position moves (playing, stepping), unless the user has panned away. */
public final class FollowCursorPlugin implements TimelinePlugin {
    private final InvalidationListener onChange = o -> follow();
    private TimelineView view;
    private int lastPosition = -1;

    @Override public void attach(TimelineView v) {
        view = v;
        v.snapshotProperty().addListener(onChange);
    }

    @Override public void detach(TimelineView v) {
        v.snapshotProperty().removeListener(onChange);
        view = null;
    }

    private void follow() {
        TimelineSnapshot s = view.getSnapshot();
        if (s == null) return;
        if (s.position() != lastPosition) {
            lastPosition = s.position();
            if (!view.followProperty().get()) view.followProperty().set(true);
            view.reveal(s.position());
        }
    }
}
