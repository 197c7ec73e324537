package org.panicscope.picture;

import java.util.List;
import org.panicscope.recording.StepLog;
import org.panicscope.recording.WaitFor;

/**
 * Everything one drawing of the timeline shows, taken from the view model: the step log, the position, markers,
 * the divergence after a configuration change, who waits for whom at the position, the lane headers.
 *
 * @param divergence  the column where the run parts from the previous configuration's (-1: none)
 * @param showFuture  draw the recorded rest of the run, dimmed, after the position
 * @param timed       the run honours step costs, so its clocks are kernel time (an untimed run has no time axis)
 */
public record TimelineSnapshot(StepLog log, int position, int markerA, int markerB, int divergence,
                               String divergenceLabel, List<WaitFor> waits, boolean deadlock,
                               List<String> laneTitles, List<String> laneSubtitles, List<String> laneStates,
                               boolean showFuture, boolean timed) {

    /** A timed run's. */
    public TimelineSnapshot(StepLog log, int position, int markerA, int markerB, int divergence, String divergenceLabel,
                            List<WaitFor> waits, boolean deadlock, List<String> laneTitles, List<String> laneSubtitles,
                            List<String> laneStates, boolean showFuture) {
        this(log, position, markerA, markerB, divergence, divergenceLabel, waits, deadlock, laneTitles, laneSubtitles,
                laneStates, showFuture, true);
    }

    /** The last column drawn (exclusive). */
    public int end() { return showFuture ? log.size() : Math.min(position, log.size()); }

    public String title(int lane) { return lane < laneTitles.size() ? laneTitles.get(lane) : "CPU" + lane; }
    public String subtitle(int lane) { return lane < laneSubtitles.size() ? laneSubtitles.get(lane) : ""; }
    public String state(int lane) { return lane < laneStates.size() ? laneStates.get(lane) : ""; }
}
