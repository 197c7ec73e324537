package org.panicscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.panicscope.course.Course;
import org.panicscope.course.Lesson;
import tools.jackson.databind.JsonNode;

/** 'panicscope course', 'challenge' and 'validate' for lessons and talks, as a user runs them. */
class CourseCliTest {

    /** Issue 15: 'panicscope challenge' driven by its own hints reaches every bundled challenge's goal. */
    @Test void challengeDrivenByItsOwnHintsReachesEveryGoal() {
        int checked = 0;
        for (Lesson l : Course.all()) {
            for (int step = 1; step <= l.steps().size(); step++) {
                if (!(l.steps().get(step - 1) instanceof Lesson.Challenge)) continue;
                String schedule = "";
                JsonNode j = CliTest.json("challenge", l.id(), "--step", String.valueOf(step), "--json");
                assertTrue(j.get("reachable").asBoolean() && !j.get("goalReached").asBoolean(), l.id() + " " + j);
                for (int i = 0; i < 400 && !j.get("goalReached").asBoolean(); i++) {
                    assertTrue(j.get("reachable").asBoolean(), l.id() + " after " + schedule);
                    schedule = (schedule + " " + j.get("hint").asString()).trim();
                    j = CliTest.json("challenge", l.id(), "--step", String.valueOf(step), "--schedule", schedule, "--json");
                }
                assertTrue(j.get("goalReached").asBoolean(), l.id() + " step " + step + ": " + schedule);
                assertTrue(j.get("hint").isNull(), "no hint once the goal is reached");
                checked++;
            }
        }
        assertTrue(checked >= 8, "challenges: " + checked);
    }

    @Test void theJsonFieldsAreTheContract() {
        JsonNode j = CliTest.json("challenge", "02-flood-livelock", "--json", "--solve");
        for (String f : List.of("goalReached", "reachable", "hint", "solution")) assertTrue(j.has(f), f + " in " + j);
        assertFalse(j.get("goalReached").asBoolean());
        JsonNode solved = CliTest.json("challenge", "02-flood-livelock", "--json", "--schedule", j.get("solution").asString());
        assertTrue(solved.get("goalReached").asBoolean(), solved.toString());
        assertEquals("LL", solved.get("verdict").asString());
        assertFalse(CliTest.json("challenge", "2", "--json").has("solution"), "solution only with --solve");
    }

    @Test void anUnreachableGoalSaysHowFarToStepBack() {
        CliTest.Result r = CliTest.cli("challenge", "05-sem-lock-window", "--schedule", "0*200");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("reachable: false"), r.out());
        assertTrue(r.out().matches("(?s).*the goal cannot be reached from here: step back to #\\d+.*"), r.out());
    }

    @Test void badInputIsOneLineAndExitTwo() {
        CliTest.Result r = CliTest.cli("challenge", "01-owner-halted", "--step", "1");
        assertEquals(2, r.code());
        assertEquals("panicscope: step 1 of 01-owner-halted is a predict step, not a challenge", r.err().strip());
        r = CliTest.cli("challenge", "nope");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("panicscope: unknown lesson 'nope'"), r.err());
        r = CliTest.cli("challenge", "01-owner-halted", "--schedule", "n7");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("panicscope: impossible --schedule"), r.err());
    }

    @Test void courseListsEveryLessonAndStep() {
        CliTest.Result r = CliTest.cli("course");
        assertEquals(0, r.code());
        for (Lesson l : Course.all()) assertTrue(r.out().contains(l.id() + " "), l.id());
        assertTrue(r.out().contains("challenge owner-halted BASE (goal DL in (a) owner halted)"), r.out());
    }

    @Test void validateAcceptsLessonsAndTalksAndRejectsWrongClaims(@TempDir Path tmp) throws Exception {
        List<String> args = new ArrayList<>(List.of("validate", "../scenarios/course/01-owner-halted.json",
                "../scenarios/talks/printk-panic-15-minutes.json", "../scenarios/owner-halted.json"));
        CliTest.Result r = CliTest.cli(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        assertEquals(3, r.out().lines().filter(x -> x.endsWith(": ok")).count(), r.out());
        String wrong = Files.readString(Path.of("../scenarios/course/01-owner-halted.json")).replaceFirst("\"answer\": 0", "\"answer\": 2");
        Path f = tmp.resolve("wrong.json");
        Files.writeString(f, wrong);
        r = CliTest.cli("validate", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().matches(java.util.regex.Pattern.quote(f.toString()) + ":\\d+:\\d+: step 1: the answer says OK-K but the run ends DL .*\\R"), r.err());
    }
}
