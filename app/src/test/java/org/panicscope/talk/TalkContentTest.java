package org.panicscope.talk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.panicscope.course.Runs;
import org.panicscope.engine.QemuMeasurements;
import org.panicscope.engine.Run;

/** The bundled talk against the engine: every stated verdict, every choice range, every QEMU table. */
class TalkContentTest {
    private final Talk talk = Talks.bundled("printk-panic-15-minutes");

    @Test void everySlideStatesTheEnginesVerdictInsideItsRun() {
        for (Talk.Slide s : talk.slides()) {
            Run r = Runs.run(s.run(), false);
            assertTrue(s.verdict() != null, s.title() + ": every slide of this talk states its verdict");
            assertEquals(s.verdict(), r.outcome().verdict(), s.title());
            assertTrue(s.to() <= r.history().size() && s.from() <= r.history().size(), s.title());
            assertNull(TalkCheck.disagreement(s), s.title());
        }
    }

    @Test void theTalkCoversTheStoryOfTheIssue() {
        List<String> titles = talk.slides().stream().map(Talk.Slide::title).toList();
        for (String scenario : List.of("owner-halted", "flood-livelock", "sem-lock-window"))
            assertTrue(talk.slides().stream().anyMatch(s -> s.run().scenario().equals(scenario)), scenario);
        assertTrue(talk.slides().stream().anyMatch(s -> s.run().config().equals("K24")), "what upstream did");
        assertTrue(titles.stream().anyMatch(t -> t.contains("Patch 2")) && titles.stream().anyMatch(t -> t.contains("Patch 3")));
    }

    /** Issue 16 item 5: the talk closes with what upstream did, K23, K24 and nbcon, each a run whose verdict is checked above. */
    @Test void theTalkClosesWithWhatUpstreamDid() {
        List<Talk.Slide> closing = talk.slides().stream().filter(s -> s.title().startsWith("What upstream did (2023-2024)")).toList();
        assertEquals(List.of("K23", "K24", "NBCON", "NBCON"), closing.stream().map(s -> s.run().config()).toList());
        Talk.Slide last = talk.slides().getLast();
        assertEquals("nbcon-mixed-sem-lock", last.run().scenario());
        assertEquals(org.panicscope.engine.Verdict.DL, Runs.run(last.run(), false).outcome().verdict());
        assertTrue(closing.stream().anyMatch(s -> s.run().scenario().equals("owner-halted")
                && Runs.run(s.run(), false).outcome().verdict() != org.panicscope.engine.Verdict.DL), "owner-halted completes under NBCON");
        assertTrue(last.notes().contains("5dde3b735413"), "the mixed-console verdict cites its source");
    }

    @Test void aQemuTableStandsOnlyWhereTheAuthorMeasuredThatConfiguration() {
        long tables = talk.slides().stream().filter(Talk.Slide::qemu).count();
        assertTrue(tables >= 2);
        for (Talk.Slide s : talk.slides()) if (s.qemu()) {
            assertFalse(QemuMeasurements.of(s.run().config()).isEmpty(), s.title() + " under " + s.run().config());
            assertTrue(s.panels().contains("trials"));
        }
    }

    @Test void aWrongVerdictOrRangeIsReported() {
        Talk.Slide s = talk.slides().getFirst();
        Talk.Slide wrong = new Talk.Slide(s.title(), s.run(), s.from(), s.to(), s.zoom(), s.axis(), s.panels(), s.notes(),
                org.panicscope.engine.Verdict.OK_R, s.quotes(), false);
        assertTrue(TalkCheck.disagreement(wrong).startsWith("the slide states OK-R but the run ends DL"), TalkCheck.disagreement(wrong));
        Talk.Slide far = new Talk.Slide(s.title(), s.run(), 0, 999_999, 1, s.axis(), s.panels(), "", null, List.of(), false);
        assertTrue(TalkCheck.disagreement(far).contains("past the end of the run"));
    }
}
