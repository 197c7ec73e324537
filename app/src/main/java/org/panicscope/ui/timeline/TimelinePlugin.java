package org.panicscope.ui.timeline;

import org.panicscope.picture.Viewport;
import org.panicscope.picture.Painter;

/**
 * One interaction of the timeline (after chart-fx's plugins): it registers its own input handlers when attached
 * and may draw an overlay after the timeline itself. The view stays small; zoom, hover, clicks and following the
 * cursor are each a plugin.
 */
public interface TimelinePlugin {
    void attach(TimelineView view);

    void detach(TimelineView view);

    /** Draws over the finished timeline (a tooltip, a selection); default: nothing. */
    default void paintOverlay(TimelineView view, Viewport v, Painter p) { }
}
