package org.panicscope.course;

import java.util.List;
import org.panicscope.engine.Verdict;

/**
 * One lesson of the self-study course (format: docs/course.md, schema: docs/lesson.schema.json): an introduction,
 * then steps of three kinds. Every fact a step states is either computed by the engine (a predict step's answer, a
 * challenge's goal, an explore step's expected verdicts; tests check each) or a quotation with its source.
 *
 * @param family the bundled scenario family the lesson is about (a scenario id)
 */
public record Lesson(String id, String title, String family, String intro, List<Quote> quotes, List<Step> steps,
                     String origin) {

    public Lesson {
        quotes = List.copyOf(quotes);
        steps = List.copyOf(steps);
    }

    /** A quotation from the mailing-list threads, with where it comes from (thread file, author, date). */
    public record Quote(String text, String source) { }

    /** Which run a step is about: a scenario (bundled id), a configuration and a schedule. */
    public record RunSpec(String scenario, String config, String schedule) { }

    /** One step of a lesson. */
    public sealed interface Step permits Predict, Challenge, Explore {
        String text();
        RunSpec run();
        default String kind() {
            return switch (this) {
                case Predict p -> "predict";
                case Challenge c -> "challenge";
                case Explore e -> "explore";
            };
        }
    }

    /** An answer a student may pick; {@code verdict} is what the engine computes when this answer is right. */
    public record Option(String text, Verdict verdict) { }

    /**
     * A question answered before the verdict is revealed: which of the options the run shown ends in. The answer is
     * the option whose verdict the engine computes for the run (the run's schedule, then the default policy).
     */
    public record Predict(String text, RunSpec run, List<Option> options, int answer, String explanation) implements Step {
        public Predict { options = List.copyOf(options); }
    }

    /**
     * A goal the student reaches by choosing which CPU steps, from the run's {@code schedule} (the start); checked
     * by {@link Solver} from the run's verdict and hang window.
     */
    public record Challenge(String text, RunSpec run, Goal goal, String explanation) implements Step { }

    /**
     * A guided look at the verdict matrix, the explorer's outcomes or the trials. {@code expect}: the verdicts the
     * view shows (matrix: the one of the scenario's run; explore: every reachable one), checked by a test; empty for
     * trials, whose figures the app computes and shows beside the author's QEMU table.
     */
    public record Explore(String text, RunSpec run, String view, List<Verdict> expect) implements Step {
        public Explore { expect = List.copyOf(expect); }
    }
}
