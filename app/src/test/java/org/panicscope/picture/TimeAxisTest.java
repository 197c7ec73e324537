package org.panicscope.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.panicscope.model.Config;
import org.panicscope.recording.Fold;
import org.panicscope.recording.StepLog;
import org.panicscope.recording.Tape;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

/**
 * The time axis without a window: blocks as wide as their steps take on each CPU's own clock, zero-time steps as
 * ticks, the cursor's instant between past and future, folds at their true duration, and x mapped back to choices.
 */
class TimeAxisTest {
    private static final double WIDTH = 1800, HEADER = 180;

    private static Tape tape(String id, String config) {
        Scenario s = Scenarios.bundled(id);
        Config c = Config.parse(config);
        return Tape.record(s, c, s.scheduleFor(c));
    }

    private static Viewport fitted(StepLog log, Axis a) {
        return new Viewport(a.unit(0), (WIDTH - HEADER) / a.length(log.size()), WIDTH, 300, HEADER, 40, 64, 6, log.cpuCount(),
                HEADER, WIDTH, a);
    }

    @Test void everyLaneRunsForwardAndEachBlockIsItsDurationWide() {
        int zero = 0, all = 0;
        for (String id : Scenarios.IDS) {
            for (String config : List.of("BASE", "FINAL")) {
                StepLog log = tape(id, config).log();
                Viewport v = fitted(log, TimeAxis.of(log));
                String what = id + " " + config;
                for (int c = 0; c < log.cpuCount(); c++) {
                    double lastEnd = Double.NEGATIVE_INFINITY;
                    for (int k = 0; k < log.countOf(c); k++) {
                        int i = log.indexOf(c, k);
                        long d = log.timeAfter(i) - log.timeBefore(i);
                        assertThat(v.x0(i)).as(what + " CPU" + c + " #" + i + " starts where its clock is").isGreaterThanOrEqualTo(lastEnd - 1e-9);
                        assertThat(v.x1(i) - v.x0(i)).as(what + " #" + i + " width = duration x scale").isCloseTo(d * v.ppc(), offset(1e-6));
                        double drawn = v.blockRight(i) - v.x0(i);
                        if (d == 0) { zero++; assertThat(drawn).as(what + " #" + i + " zero-time tick").isEqualTo(Viewport.TICK); }
                        else assertThat(drawn).isEqualTo(Math.max(Viewport.TICK, d * v.ppc()), offset(1e-6));
                        lastEnd = v.x1(i);
                        all++;
                    }
                }
            }
        }
        assertThat(zero).as("many choices take no time (a fifth over the bundled runs, 70 % of owner-halted BASE)").isGreaterThan(all / 10);
    }

    @Test void theCursorsInstantSeparatesPastAndFuture() {
        for (String id : Scenarios.IDS) {
            StepLog log = tape(id, "BASE").log();
            TimeAxis a = TimeAxis.of(log);
            for (int p = 0; p < log.size(); p++) {
                assertThat(a.unit(p + 1)).as(id + " never goes back at " + p).isGreaterThanOrEqualTo(a.unit(p));
                // every choice from position p on starts at or after the instant p is drawn at
                assertThat((double) log.timeBefore(p)).as(id + " #" + p).isGreaterThanOrEqualTo(a.unit(p));
            }
            assertThat(a.length(log.size())).isGreaterThanOrEqualTo(log.timeAfter(log.size() - 1));
            Viewport v = fitted(log, a);
            // the visible range holds every block that reaches into it
            double u0 = v.unitAt(700), u1 = v.unitAt(900);
            int first = a.firstReaching(u0), end = a.endReaching(u1);
            for (int i = 0; i < log.size(); i++) {
                boolean visible = log.timeAfter(i) >= u0 && log.timeBefore(i) <= u1;
                if (visible) assertThat(i).as(id + " #" + i + " inside [" + first + ", " + end + ")").isBetween(first, end - 1);
            }
        }
    }

    @Test void aClickMapsBackToTheChoiceDrawnThere() {
        StepLog log = tape("owner-halted", "BASE").log();
        TimeAxis a = TimeAxis.of(log);
        Viewport v = fitted(log, a).withFirst(a.unit(700)).tile(HEADER, WIDTH);
        v = new Viewport(v.first(), 40, WIDTH, 300, HEADER, 40, 64, 6, log.cpuCount(), HEADER, WIDTH, a);
        int checked = 0;
        for (int i = 700; i < log.size(); i++) {
            int lane = log.cpu(i);
            int at = v.choiceAt(log, lane, v.x0(i) + 1, log.size());
            if (log.timeAfter(i) > log.timeBefore(i)) {
                // a block with a duration: any x inside it names it
                assertThat(v.choiceAt(log, lane, v.mid(i), log.size())).as("#" + i).isEqualTo(i);
                checked++;
            } else {
                // a tick: the last choice of the lane started at that instant (the state that holds afterwards)
                assertThat(log.timeBefore(at)).isEqualTo(log.timeBefore(i));
                assertThat(at).isGreaterThanOrEqualTo(i);
                int next = log.firstAtOrAfter(lane, at + 1);
                if (next < log.countOf(lane)) assertThat(log.timeBefore(log.indexOf(lane, next))).isGreaterThan(log.timeBefore(i));
            }
        }
        assertThat(checked).isPositive();
        // the ruler: a click at a position's x seeks a position at that instant; between instants, the nearer one
        for (int p = 700; p <= log.size(); p++) assertThat(a.unit(v.col(v.x(p)))).isEqualTo(a.unit(p));
        int p = 700;
        while (a.unit(p + 1) == a.unit(p)) p++;
        double t0 = a.unit(p), t1 = a.unit(p + 1);
        assertThat(v.col(v.xOfUnit(t0 + (t1 - t0) * 0.2))).isEqualTo(p);
        assertThat(v.col(v.xOfUnit(t0 + (t1 - t0) * 0.8))).isEqualTo(p + 1);
        assertThat(a.unit(v.col(v.xOfUnit(t0)))).isEqualTo(t0);
    }

    @Test void foldsKeepTheirDurationAndOpenByAClick() {
        Tape t = tape("flood-livelock", "BASE");
        StepLog log = t.log();
        Folding f = Folding.of(log, Set.of());
        assertThat(f.isEmpty()).isFalse();
        Viewport v = fitted(log, TimeAxis.of(log).withFolding(f));
        assertThat(v.folding()).isSameAs(f);
        for (Fold x : f.folds()) {
            long took = log.timeAfter(x.last()) - log.timeBefore(x.first());
            assertThat(v.x1(x.last()) - v.x0(x.first())).as(x.label()).isCloseTo(took * v.ppc(), offset(1e-6));
            double mid = (v.x0(x.first()) + v.x1(x.last())) / 2;
            assertThat(v.foldAt(log, x.cpu(), mid)).as("a click inside " + x.label()).isSameAs(x);
            int other = (x.cpu() + 1) % log.cpuCount();
            if (f.folds().stream().noneMatch(y -> y.cpu() == other)) assertThat(v.foldAt(log, other, mid)).isNull();
        }
        // the renderer draws each fold as one framed block at its true extent
        TimelineSnapshot s = AppTimeline.snapshot(t, log.size(), true, -1, null);
        RecordingPainter p = new RecordingPainter();
        new TimelineRenderer().paint(s, v, p);
        assertThat(p.count("stroke", Tone.TEXT_ON_ACCENT)).isEqualTo(f.folds().size());
    }

    @Test void theRulerSaysWhichAxisItIs() {
        Tape t = tape("owner-halted", "BASE");
        StepLog log = t.log();
        TimelineSnapshot s = AppTimeline.snapshot(t, log.size(), true, -1, null);
        RecordingPainter time = new RecordingPainter(), choices = new RecordingPainter();
        new TimelineRenderer().paint(s, fitted(log, TimeAxis.of(log)), time);
        new TimelineRenderer().paint(s, fitted(log, ChoiceAxis.PLAIN), choices);
        assertThat(time.hasText(TimeAxis.LABEL)).isTrue();
        assertThat(time.hasText("choices")).isFalse();
        assertThat(time.hasText("1.00 s")).as("ruler numbers in ms / s").isTrue();
        assertThat(choices.hasText("choices")).isTrue();
        assertThat(choices.hasText(TimeAxis.LABEL)).isFalse();
    }
}
