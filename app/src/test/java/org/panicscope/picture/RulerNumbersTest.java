package org.panicscope.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.panicscope.model.Config;
import org.panicscope.recording.StepLog;
import org.panicscope.recording.Tape;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

/**
 * The ruler's numbers stay readable under the key moments' pills (issue 11): a number a pill would cover is left
 * out, on either axis, for every bundled run fitted to a 1280 px window; and numbers are still drawn elsewhere.
 */
class RulerNumbersTest {
    @Test void noPillCoversARulerNumber() {
        int numbers = 0;
        for (String id : Scenarios.IDS) {
            Scenario s = Scenarios.bundled(id);
            Tape t = Tape.record(s, Config.parse("BASE"), s.scheduleFor(Config.parse("BASE")));
            StepLog log = t.log();
            TimelineSnapshot snap = AppTimeline.snapshot(t, log.size(), true, -1, null);
            for (Axis a : List.of(ChoiceAxis.PLAIN, TimeAxis.of(log))) {
                double width = 1280, header = 195, ruler = 42;
                Viewport v = new Viewport(a.unit(0), (width - header) / a.length(log.size()) * 0.94, width, 400, header, ruler,
                        66, 6, log.cpuCount(), header, width, a);
                RecordingPainter p = new RecordingPainter();
                RulerPainter.paint(snap, v, p);
                List<RecordingPainter.Call> pills = p.calls.stream().filter(c -> c.op().equals("rect") && c.tone() == Tone.MARKER).toList();
                for (RecordingPainter.Call c : p.calls) {
                    if (!c.op().equals("text") || c.tone() == Tone.BACKGROUND || c.y() > ruler) continue; // pill labels are BACKGROUND
                    double w = p.textWidth(c.text(), TextStyle.SMALL);
                    numbers++;
                    for (RecordingPainter.Call pill : pills) {
                        boolean sameRow = c.y() >= pill.y() && c.y() <= pill.y() + pill.h() + 2;
                        boolean across = c.x() < pill.x() + pill.w() && pill.x() < c.x() + w;
                        assertThat(sameRow && across).as("%s %s: '%s' at x %.0f under a pill [%.0f, %.0f]", id, a.label(), c.text(),
                                c.x(), pill.x(), pill.x() + pill.w()).isFalse();
                    }
                }
            }
        }
        assertThat(numbers).as("numbers are still drawn").isGreaterThan(Scenarios.IDS.size() * 2 * 4);
    }

    /**
     * The presenter's ruler at 1280x720 (owner-halted under BASE, choices 740 to the end in the 860 px left of the
     * narration, as presenter mode opens it): the key moments take the lower row where the ticks' times would go. A time a pill covers moves up
     * beside its choice number ("#800 · t 128"), so the row of times is not lost; before, it showed no number at all.
     */
    @Test void aTimeAPillCoversMovesUpBesideItsChoiceNumber() {
        Scenario s = Scenarios.bundled("owner-halted");
        Tape t = Tape.record(s, Config.parse("BASE"), s.scheduleFor(Config.parse("BASE")));
        StepLog log = t.log();
        TimelineSnapshot snap = AppTimeline.snapshot(t, log.size(), true, -1, null);
        double width = 860, header = 320, ruler = 70;
        Viewport v = new Viewport(740, (width - header) / (log.size() - 740), width, 500, header, ruler, 120, 6, log.cpuCount(),
                header, width, ChoiceAxis.PLAIN);
        RecordingPainter p = new RecordingPainter();
        RulerPainter.paint(snap, v, p);
        List<String> times = p.calls.stream().filter(c -> c.op().equals("text") && c.tone() != Tone.BACKGROUND)
                .map(RecordingPainter.Call::text).filter(x -> x.matches(".*\\bt \\d+")).toList();
        assertThat(times).as("the ruler's times").anyMatch(x -> x.matches("#\\d+ \u00b7 t \\d+"));
    }
}
