package org.panicscope.talk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.panicscope.course.Lesson;
import org.panicscope.course.LessonLoader;
import org.panicscope.engine.Verdict;
import org.panicscope.scenario.Checks;
import org.panicscope.scenario.Json;
import org.panicscope.scenario.JsonFile;
import org.panicscope.scenario.ScenarioException;
import org.panicscope.scenario.ScenarioLoader;

/**
 * Reads and checks a talk file (format: docs/talks.md, schema: docs/talk.schema.json) with the scenario loader's
 * machinery: the same limits and {@code file:line:column: message} problems. {@link TalkCheck} then replays every
 * slide and checks its stated verdict and choice range against the engine.
 */
public final class TalkLoader extends Checks {
    public static final Set<String> TOP = Set.of("$schema", "kind", "id", "title", "author", "slides");
    public static final Set<String> SLIDE = Set.of("title", "scenario", "config", "schedule", "from", "to", "zoom", "axis",
            "panels", "notes", "verdict", "quotes", "qemu");
    /** The panels a slide can show. */
    public static final List<String> PANELS = List.of("timeline", "state", "code", "narration", "matrix", "trials");
    /** The x axes a slide may ask for ({@link Talk.Axis}): {@code choice} (the default) or {@code time}. */
    public static final List<String> AXES = List.of("choice", "time");
    public static final int MAX_SLIDES = 200, MAX_ZOOM = 64;

    private final String text;
    /** Where each slide stood, for the engine checks. */
    final List<Json.Node> slideNodes = new ArrayList<>();

    private TalkLoader(String text) { this.text = text; }

    public static Talk load(Path file) throws ScenarioException {
        String name = file.toString();
        return parse(JsonFile.read(file), name, name);
    }

    public static Talk parse(String text, String name, String origin) throws ScenarioException {
        TalkLoader c = new TalkLoader(text);
        Talk t = c.talk(origin);
        if (!c.problems.isEmpty()) throw JsonFile.failure(name, c.problems);
        return t;
    }

    static TalkLoader checker(String text) { return new TalkLoader(text); }

    Talk talk(String origin) {
        Json.Node root = JsonFile.parse(text, "a talk", this);
        if (root == null) return null;
        if (!(root instanceof Json.Obj o)) { problem(root, "a talk must be a JSON object { ... }, not " + root.describe()); return null; }
        unknownFields(o, TOP, "");
        text(o, "$schema", false);
        String kind = text(o, "kind", true);
        if (kind != null && !kind.equals("talk")) problem(o.members().get("kind"), "field `kind` of a talk must be \"talk\", not " + Json.quote(kind));
        String id = text(o, "id", true);
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]{0,63}"))
            problem(o.members().get("id"), "id " + Json.quote(id) + " must be 1 to 64 lower-case letters, digits and '-'");
        String title = text(o, "title", true);
        String author = text(o, "author", false);
        List<Talk.Slide> slides = new ArrayList<>();
        Json.Node sn = o.members().get("slides");
        if (sn == null) problem(o, "missing field `slides` (an array of slides)");
        else if (!(sn instanceof Json.Arr a)) problem(sn, "field `slides` must be an array of slides, not " + sn.describe());
        else if (a.items().isEmpty()) problem(sn, "`slides` is empty; a talk needs at least one slide");
        else if (a.items().size() > MAX_SLIDES) problem(sn, "too many slides: " + a.items().size() + " (at most " + MAX_SLIDES + ")");
        else for (Json.Node item : a.items()) {
            slideNodes.add(item);
            slides.add(slide(item));
        }
        return problems.isEmpty() ? new Talk(id, title, author == null ? "" : author, slides, origin) : null;
    }

    private Talk.Slide slide(Json.Node item) {
        if (!(item instanceof Json.Obj o)) { problem(item, "each slide must be an object, not " + item.describe()); return null; }
        unknownFields(o, SLIDE, " in a slide");
        String title = text(o, "title", true);
        Lesson.RunSpec run = LessonLoader.runSpec(this, text, o);
        int from = whole(o, "from", 0, 0, 10_000_000);
        int to = whole(o, "to", -1, 0, 10_000_000);
        if (to >= 0 && to < from) problem(o.members().get("to"), "`to` (" + to + ") comes before `from` (" + from + ")");
        int zoom = whole(o, "zoom", 1, 1, MAX_ZOOM);
        String axis = text(o, "axis", false);
        if (axis != null && !AXES.contains(axis)) problem(o.members().get("axis"), "unknown axis " + Json.quote(axis) + hintOrList(axis, AXES, "axes"));
        List<String> panels = new ArrayList<>();
        Json.Node pn = o.members().get("panels");
        if (pn == null) panels.addAll(List.of("timeline", "state"));
        else if (!(pn instanceof Json.Arr a)) problem(pn, "field `panels` must be an array of panel names, not " + pn.describe());
        else for (Json.Node p : a.items()) {
            if (p instanceof Json.Str s && PANELS.contains(s.value())) { if (!panels.contains(s.value())) panels.add(s.value()); }
            else if (p instanceof Json.Str s) problem(p, "unknown panel " + Json.quote(s.value()) + hintOrList(s.value(), PANELS, "panels"));
            else problem(p, "each panel must be a string (" + String.join(", ", PANELS) + "), not " + p.describe());
        }
        String notes = text(o, "notes", false);
        String v = text(o, "verdict", false);
        Verdict verdict = null;
        if (v != null && ScenarioLoader.VERDICTS.contains(v)) verdict = Verdict.byId(v);
        else if (v != null) problem(o.members().get("verdict"), "unknown verdict " + Json.quote(v) + hintOrList(v, ScenarioLoader.VERDICTS, "verdicts"));
        boolean qemu = false;
        Json.Node qn = o.members().get("qemu");
        if (qn instanceof Json.Bool b) qemu = b.value();
        else if (qn != null) problem(qn, "field `qemu` must be true or false, not " + qn.describe());
        if (qemu && !panels.contains("trials")) problem(qn, "the QEMU table stands beside the trials: add \"trials\" to `panels`");
        return new Talk.Slide(title, run, from, to, zoom, "time".equals(axis) ? Talk.Axis.TIME : Talk.Axis.CHOICE,
                panels, notes == null ? "" : notes, verdict, LessonLoader.quotes(this, o), qemu);
    }

    private int whole(Json.Obj o, String field, int def, int min, int max) {
        Json.Node n = o.members().get(field);
        if (n == null) return def;
        if (n instanceof Json.Num num && num.integral() && num.value() != null && num.value() >= min && num.value() <= max) return num.value().intValue();
        problem(n, "field `" + field + "` must be a whole number from " + min + " to " + max + ", not " + n.describe());
        return def;
    }
}
