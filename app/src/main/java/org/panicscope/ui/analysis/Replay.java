package org.panicscope.ui.analysis;

import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;

/** Loads a run found by an analysis (a witness, a hang of a trial) into the timeline. */
@FunctionalInterface
public interface Replay {
    void replay(Scenario s, Config c, String schedule);
}
