package org.panicscope.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.panicscope.engine.Outcome;
import org.panicscope.engine.Schedule;
import org.panicscope.engine.Verdict;
import org.panicscope.scenario.Scenarios;

/** The bundled course against the engine: every answer, every expected verdict, every challenge and its hints. */
class CourseContentTest {

    static Stream<Lesson.Challenge> challenges() {
        return Course.all().stream().flatMap(l -> l.steps().stream()).filter(s -> s instanceof Lesson.Challenge).map(s -> (Lesson.Challenge) s);
    }

    @Test void atLeastEightLessonsCoverEveryScenarioFamily() {
        assertTrue(Course.all().size() >= 8, "lessons: " + Course.all().size());
        Set<String> families = new TreeSet<>();
        for (Lesson l : Course.all()) {
            families.add(l.family());
            for (Lesson.Step s : l.steps()) assertEquals(l.family(), s.run().scenario(), l.id() + ": a step about another family");
        }
        assertEquals(new TreeSet<>(Scenarios.IDS), families);
        assertTrue(challenges().count() >= 8, "challenges: " + challenges().count());
    }

    @Test void everyPredictAnswerIsTheEnginesVerdict() {
        int n = 0;
        for (Lesson l : Course.all()) for (Lesson.Step s : l.steps()) {
            if (!(s instanceof Lesson.Predict p)) continue;
            Outcome o = Runs.outcome(p.run());
            assertEquals(p.options().get(p.answer()).verdict(), o.verdict(), l.id() + ": " + p.text() + " -> " + o);
            n++;
        }
        assertTrue(n >= 16, "predict questions: " + n);
    }

    @Test void everyExpectedVerdictIsWhatTheExplorerFinds() {
        for (Lesson l : Course.all()) for (Lesson.Step s : l.steps()) {
            if (!(s instanceof Lesson.Explore e) || e.expect().isEmpty()) continue;
            assertEquals(Set.copyOf(e.expect()), Runs.reachable(e.run()), l.id() + ": " + e.text());
        }
    }

    /** Issue 15: every bundled challenge is reachable, and following the hints from the empty schedule reaches its goal. */
    @ParameterizedTest(name = "{0}") @MethodSource("challenges")
    void followingTheHintsReachesTheGoal(Lesson.Challenge c) {
        Solver solver = Runs.solver(c);
        String schedule = "";
        Solver.Status first = solver.check(Schedule.EMPTY);
        assertTrue(first.reachable() && !first.goalReached(), c.text() + ": " + first);
        for (int i = 0; i < 400; i++) {
            Solver.Status st = solver.check(Schedule.parse(schedule));
            if (st.goalReached()) {
                assertNull(st.hint());
                assertTrue(c.goal().reachedBy(st.outcome()), st.outcome().toString());
                return;
            }
            assertTrue(st.reachable(), "unreachable after following the hints: " + schedule);
            assertNotNull(st.hint());
            schedule = (schedule + " " + st.hint()).trim();
        }
        throw new AssertionError("400 hints did not reach " + c.goal().describe() + ": " + schedule);
    }

    /** A solution is a schedule after which the default policy reaches the goal. */
    @ParameterizedTest(name = "{0}") @MethodSource("challenges")
    void theSolutionReplaysToTheGoal(Lesson.Challenge c) {
        Solver solver = Runs.solver(c);
        Solver.Status st = solver.check(Schedule.EMPTY);
        Solver.Status end = solver.check(Schedule.parse(st.solution()));
        assertTrue(end.goalReached(), st.solution() + " -> " + end.outcome());
    }

    /** The goal is judged on the verdict and the window: the same schedule fails a goal in another window. */
    @Test void aGoalInAnotherWindowIsNotReachedBySameRun() {
        Lesson.Challenge c = (Lesson.Challenge) Course.bundled("05-sem-lock-window").steps().stream()
                .filter(s -> s instanceof Lesson.Challenge).findFirst().orElseThrow();
        Solver.Status st = Runs.solver(c).check(Schedule.EMPTY);
        Outcome shown = Runs.solver(c).check(Schedule.parse(st.solution())).outcome();
        assertEquals(Verdict.DL, shown.verdict());
        assertTrue(c.goal().reachedBy(shown));
        assertTrue(!new Goal(Verdict.DL, "(a) owner halted").reachedBy(shown));
        assertTrue(!new Goal(Verdict.LL, null).reachedBy(shown));
    }

    @Test void stepBackNamesTheLatestPrefixFromWhichTheGoalIsReachable() {
        // CPU0 runs on to the end of panic() under FINAL: past the point where CPU1 can still hold sem->lock.
        Lesson.Challenge c = (Lesson.Challenge) Course.bundled("05-sem-lock-window").steps().stream()
                .filter(s -> s instanceof Lesson.Challenge).findFirst().orElseThrow();
        Solver solver = Runs.solver(c);
        String far = "0*200";
        Solver.Status st = solver.check(Schedule.parse(far));
        assertTrue(!st.reachable() && !st.goalReached() && st.complete(), st.toString());
        assertTrue(st.stepBackTo() >= 0 && st.stepBackTo() < st.choices(), st.toString());
        Schedule kept = solver.keep(Schedule.parse(far), st.stepBackTo());
        Schedule oneMore = solver.keep(Schedule.parse(far), st.stepBackTo() + 1);
        assertTrue(solver.check(kept).reachable(), "from #" + st.stepBackTo() + " the goal is reachable");
        assertTrue(!solver.check(oneMore).reachable(), "from #" + (st.stepBackTo() + 1) + " it is not");
    }
}
