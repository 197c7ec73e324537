package org.panicscope.course;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.panicscope.engine.Verdict;
import org.panicscope.scenario.Checks;
import org.panicscope.scenario.Json;
import org.panicscope.scenario.JsonFile;
import org.panicscope.scenario.ParamChecks;
import org.panicscope.scenario.ScenarioException;
import org.panicscope.scenario.ScenarioLoader;
import org.panicscope.scenario.Scenarios;
import org.panicscope.scenario.ScheduleText;

/**
 * Reads and checks a lesson file (format: docs/course.md, schema: docs/lesson.schema.json) with the scenario
 * loader's machinery: the same limits, the same {@code file:line:column: message} problems, every one collected.
 * {@link #load} checks form and meaning; {@link LessonCheck} then checks what the lesson claims against the engine.
 */
public final class LessonLoader extends Checks {
    public static final Set<String> TOP = Set.of("$schema", "kind", "id", "title", "family", "intro", "quotes", "steps");
    public static final Set<String> QUOTE = Set.of("text", "source");
    public static final Set<String> PREDICT = Set.of("kind", "text", "scenario", "config", "schedule", "options", "answer", "explanation");
    public static final Set<String> CHALLENGE = Set.of("kind", "text", "scenario", "config", "schedule", "goal", "explanation");
    public static final Set<String> EXPLORE = Set.of("kind", "text", "scenario", "config", "schedule", "view", "expect");
    public static final Set<String> OPTION = Set.of("text", "verdict");
    public static final Set<String> GOAL = Set.of("verdict", "window");
    public static final List<String> STEP_KINDS = List.of("predict", "challenge", "explore");
    public static final List<String> VIEWS = List.of("matrix", "explore", "trials");
    /** Most steps in a lesson, options in a question, quotes in a lesson. */
    public static final int MAX_STEPS = 100, MAX_OPTIONS = 8, MAX_QUOTES = 50;

    private final String text;
    /** Where each step stood, for the engine checks of {@link LessonCheck}. */
    final List<Json.Node> stepNodes = new ArrayList<>();

    private LessonLoader(String text) { this.text = text; }

    public static Lesson load(Path file) throws ScenarioException {
        String name = file.toString();
        return parse(JsonFile.read(file), name, name);
    }

    /** Parses and checks lesson text; {@code name} is used in messages, {@code origin} is stored. */
    public static Lesson parse(String text, String name, String origin) throws ScenarioException {
        LessonLoader c = check(text);
        Lesson l = c.lesson(origin);
        if (!c.problems.isEmpty()) throw JsonFile.failure(name, c.problems);
        return l;
    }

    static LessonLoader check(String text) {
        return new LessonLoader(text);
    }

    private Lesson lesson(String origin) {
        Json.Node root = JsonFile.parse(text, "a lesson", this);
        if (root == null) return null;
        if (!(root instanceof Json.Obj o)) { problem(root, "a lesson must be a JSON object { ... }, not " + root.describe()); return null; }
        unknownFields(o, TOP, "");
        text(o, "$schema", false);
        String kind = text(o, "kind", true);
        if (kind != null && !kind.equals("lesson")) problem(o.members().get("kind"), "field `kind` of a lesson must be \"lesson\", not " + Json.quote(kind));
        String id = text(o, "id", true);
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]{0,63}"))
            problem(o.members().get("id"), "id " + Json.quote(id) + " must be 1 to 64 lower-case letters, digits and '-'");
        String title = text(o, "title", true);
        String family = scenarioId(o, "family");
        String intro = text(o, "intro", true);
        List<Lesson.Quote> quotes = quotes(this, o);
        List<Lesson.Step> steps = new ArrayList<>();
        Json.Node sn = o.members().get("steps");
        if (sn == null) problem(o, "missing field `steps` (an array of predict, challenge and explore steps)");
        else if (!(sn instanceof Json.Arr a)) problem(sn, "field `steps` must be an array of steps, not " + sn.describe());
        else if (a.items().isEmpty()) problem(sn, "`steps` is empty; a lesson needs at least one step");
        else if (a.items().size() > MAX_STEPS) problem(sn, "too many steps: " + a.items().size() + " (at most " + MAX_STEPS + ")");
        else for (Json.Node item : a.items()) {
            Lesson.Step s = step(item);
            stepNodes.add(item);
            steps.add(s);
        }
        return problems.isEmpty() ? new Lesson(id, title, family, intro, quotes, steps, origin) : null;
    }

    /** Quotes with their sources; shared with the talk loader. */
    public static List<Lesson.Quote> quotes(Checks c, Json.Obj o) {
        List<Lesson.Quote> out = new ArrayList<>();
        Json.Node n = o.members().get("quotes");
        if (n == null) return out;
        if (!(n instanceof Json.Arr a)) { c.problem(n, "field `quotes` must be an array of {\"text\", \"source\"}, not " + n.describe()); return out; }
        if (a.items().size() > MAX_QUOTES) c.problem(n, "too many quotes: " + a.items().size() + " (at most " + MAX_QUOTES + ")");
        for (Json.Node i : a.items()) {
            if (!(i instanceof Json.Obj q)) { c.problem(i, "each quote must be an object {\"text\": ..., \"source\": ...}, not " + i.describe()); continue; }
            c.unknownFields(q, QUOTE, " in a quote");
            String t = c.text(q, "text", true), src = c.text(q, "source", true);
            if (t != null && src != null) out.add(new Lesson.Quote(t, src));
        }
        return out;
    }

    private String scenarioId(Json.Obj o, String field) {
        String id = text(o, field, true);
        if (id != null && !Scenarios.IDS.contains(id)) {
            problem(o.members().get(field), "unknown scenario " + Json.quote(id) + hintOrList(id, Scenarios.IDS, "bundled scenarios"));
            return null;
        }
        return id;
    }

    /**
     * The run a step or a slide is about: scenario (bundled id), config (default BASE), schedule (null when absent:
     * the scenario's own schedule for that configuration, as {@code panicscope run} takes it; a challenge starts
     * from the empty schedule instead).
     */
    public static Lesson.RunSpec runSpec(Checks c, String text, Json.Obj o) {
        String id = c.text(o, "scenario", true);
        if (id != null && !Scenarios.IDS.contains(id)) {
            c.problem(o.members().get("scenario"), "unknown scenario " + Json.quote(id) + hintOrList(id, Scenarios.IDS, "bundled scenarios"));
            id = null;
        }
        String config = c.text(o, "config", false);
        if (config != null) {
            String msg = ParamChecks.configProblem(config);
            if (msg != null) { c.problem(o.members().get("config"), msg); config = null; }
        }
        String schedule = null;
        Json.Node sn = o.members().get("schedule");
        if (sn instanceof Json.Str s) {
            if (ScheduleText.check(text, s, "", c.problems()) != null) schedule = s.value();
        } else if (sn != null) {
            c.problem(sn, "field `schedule` must be a string (a schedule such as \"1@DRV2 p0\"), not " + sn.describe());
        }
        return new Lesson.RunSpec(id, config == null ? "BASE" : config, schedule);
    }

    private Lesson.Step step(Json.Node item) {
        if (!(item instanceof Json.Obj o)) { problem(item, "each step must be an object with a `kind`, not " + item.describe()); return null; }
        String kind = text(o, "kind", true);
        if (kind == null) return null;
        if (!STEP_KINDS.contains(kind)) {
            problem(o.members().get("kind"), "unknown step kind " + Json.quote(kind) + hintOrList(kind, STEP_KINDS, "kinds"));
            return null;
        }
        unknownFields(o, switch (kind) { case "predict" -> PREDICT; case "challenge" -> CHALLENGE; default -> EXPLORE; }, " in a " + kind + " step");
        String t = text(o, "text", true);
        Lesson.RunSpec run = runSpec(this, text, o);
        return switch (kind) {
            case "predict" -> predict(o, t, run);
            case "challenge" -> challenge(o, t, run);
            default -> explore(o, t, run);
        };
    }

    private Lesson.Predict predict(Json.Obj o, String t, Lesson.RunSpec run) {
        List<Lesson.Option> options = new ArrayList<>();
        Json.Node on = o.members().get("options");
        if (on == null) problem(o, "missing field `options` (the answers to choose from, each {\"text\", \"verdict\"})");
        else if (!(on instanceof Json.Arr a) || a.items().size() < 2 || a.items().size() > MAX_OPTIONS)
            problem(on, "field `options` must be an array of 2 to " + MAX_OPTIONS + " options, not " + on.describe());
        else for (Json.Node i : a.items()) {
            if (!(i instanceof Json.Obj io)) { problem(i, "each option must be an object {\"text\", \"verdict\"}, not " + i.describe()); continue; }
            unknownFields(io, OPTION, " in an option");
            String ot = text(io, "text", true);
            Verdict v = verdict(io, "verdict");
            if (ot != null && v != null) {
                if (options.stream().anyMatch(x -> x.verdict() == v)) problem(io.members().get("verdict"), "two options have the verdict " + v + "; each option names a different verdict");
                options.add(new Lesson.Option(ot, v));
            }
        }
        Json.Node an = o.members().get("answer");
        int answer = -1;
        if (an == null) problem(o, "missing field `answer` (the index of the right option, from 0)");
        else if (an instanceof Json.Num n && n.integral() && n.value() != null && n.value() >= 0 && n.value() < Math.max(1, options.size()))
            answer = n.value().intValue();
        else problem(an, "field `answer` must be the index of an option (0 to " + Math.max(0, options.size() - 1) + "), not " + an.describe());
        String ex = text(o, "explanation", true);
        return new Lesson.Predict(t, run, options, answer, ex);
    }

    private Lesson.Challenge challenge(Json.Obj o, String t, Lesson.RunSpec run) {
        Json.Node gn = o.members().get("goal");
        Goal goal = null;
        if (gn == null) problem(o, "missing field `goal` ({\"verdict\": \"DL\", \"window\": \"(a) owner halted\"})");
        else if (!(gn instanceof Json.Obj g)) problem(gn, "field `goal` must be an object {\"verdict\", \"window\"}, not " + gn.describe());
        else {
            unknownFields(g, GOAL, " in a goal");
            Verdict v = verdict(g, "verdict");
            String w = text(g, "window", false);
            if (w != null && !Goal.WINDOWS.contains(w)) {
                problem(g.members().get("window"), "unknown window " + Json.quote(w) + hintOrList(w, Goal.WINDOWS, "windows"));
                w = null;
            }
            if (v != null) goal = new Goal(v, w);
        }
        String ex = text(o, "explanation", true);
        return new Lesson.Challenge(t, run, goal, ex);
    }

    private Lesson.Explore explore(Json.Obj o, String t, Lesson.RunSpec run) {
        String view = text(o, "view", true);
        if (view != null && !VIEWS.contains(view)) problem(o.members().get("view"), "unknown view " + Json.quote(view) + hintOrList(view, VIEWS, "views"));
        List<Verdict> expect = new ArrayList<>();
        Json.Node en = o.members().get("expect");
        if (en != null) {
            if ("trials".equals(view)) problem(en, "a trials step expects nothing: the app computes the trials and shows them beside the QEMU table");
            if (!(en instanceof Json.Arr a)) problem(en, "field `expect` must be an array of verdicts, not " + en.describe());
            else for (Json.Node i : a.items()) {
                if (i instanceof Json.Str s && ScenarioLoader.VERDICTS.contains(s.value())) expect.add(Verdict.byId(s.value()));
                else problem(i, "each expected verdict must be one of " + String.join(", ", ScenarioLoader.VERDICTS) + ", not " + i.describe());
            }
        }
        return new Lesson.Explore(t, run, view, expect);
    }

    private Verdict verdict(Json.Obj o, String field) {
        String v = text(o, field, true);
        if (v == null) return null;
        if (!ScenarioLoader.VERDICTS.contains(v)) {
            problem(o.members().get(field), "unknown verdict " + Json.quote(v) + hintOrList(v, ScenarioLoader.VERDICTS, "verdicts"));
            return null;
        }
        return Verdict.byId(v);
    }

}
