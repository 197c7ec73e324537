package org.panicscope.ui.timeline;

import org.panicscope.picture.Axis;
import org.panicscope.picture.ChoiceAxis;
import org.panicscope.picture.Folding;
import org.panicscope.picture.TimeAxis;
import org.panicscope.picture.TimelineSnapshot;

/**
 * The x axis a {@link TimelineView} draws, made once per run and folding: the viewport compares axes by identity to
 * know when the whole timeline must be redrawn, and a time axis costs one pass over the run to build.
 */
final class TimelineAxes {
    static final String UNTIMED = "choices (untimed run: no kernel time)";

    private ChoiceAxis choices;
    private TimeAxis timeBase;
    private int timeBaseSize = -1;
    private Axis time;

    /**
     * Kernel time when asked for and the run is timed, else choices (an untimed run's clocks count steps, so it has
     * no time to show, and the ruler says so).
     */
    Axis of(TimelineSnapshot s, Folding f, boolean wantTime) {
        if (s == null || !wantTime || !s.timed()) {
            String label = s != null && wantTime ? UNTIMED : ChoiceAxis.CHOICES;
            if (choices == null || choices.folding() != f || !choices.label().equals(label)) choices = new ChoiceAxis(f, label);
            return choices;
        }
        if (timeBase == null || timeBase.log() != s.log() || timeBaseSize != s.log().size()) {
            timeBase = TimeAxis.of(s.log());
            timeBaseSize = s.log().size();
            time = null;
        }
        if (time == null || time.folding() != f) time = timeBase.withFolding(f);
        return time;
    }
}
