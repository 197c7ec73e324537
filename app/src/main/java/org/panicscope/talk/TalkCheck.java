package org.panicscope.talk;

import java.nio.file.Path;
import org.panicscope.course.Runs;
import org.panicscope.engine.ReplayScheduler;
import org.panicscope.engine.Run;
import org.panicscope.scenario.JsonFile;
import org.panicscope.scenario.ScenarioException;

/**
 * What {@code panicscope validate} checks of a talk beyond its form: every slide's run replays, its choice range
 * lies inside the run, and the verdict it states is the one the engine computes.
 */
public final class TalkCheck {
    private TalkCheck() { }

    public static Talk validate(Path file) throws ScenarioException {
        String name = file.toString();
        return validate(JsonFile.read(file), name, name);
    }

    public static Talk validate(String text, String name, String origin) throws ScenarioException {
        Talk t = TalkLoader.parse(text, name, origin);
        JsonFile.checkItems(text, name, "slides", "slide", t.slides(), TalkCheck::disagreement);
        return t;
    }

    /** Why the engine disagrees with a slide, or null when it agrees. */
    public static String disagreement(Talk.Slide s) {
        Run r;
        try {
            r = Runs.run(s.run(), false);
        } catch (ReplayScheduler.ImpossibleSchedule ex) {
            return "the schedule cannot be replayed: " + ex.getMessage();
        }
        int n = r.history().size();
        if (s.from() > n) return "`from` " + s.from() + " is past the end of the run (" + n + " choices)";
        if (s.to() > n) return "`to` " + s.to() + " is past the end of the run (" + n + " choices)";
        if (s.verdict() != null && s.verdict() != r.outcome().verdict())
            return "the slide states " + s.verdict() + " but the run ends " + r.outcome().verdict() + " (" + r.outcome().reason() + ")";
        return null;
    }
}
