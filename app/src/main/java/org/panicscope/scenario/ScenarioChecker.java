package org.panicscope.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.panicscope.engine.Schedule;
import org.panicscope.engine.Verdict;
import org.panicscope.model.Cpu;
import org.panicscope.model.Params;
import org.panicscope.model.Resource;

/**
 * The static checks of a scenario file: every field's type, name and value, collected with their positions.
 * It reads the whole tree even after a problem, so one pass reports everything wrong with the file. The
 * positions of the schedules and notes are kept for the run checks of {@link RunCheck}.
 */
final class ScenarioChecker extends Checks {
    final String text;
    final String name;

    // What the file says, once checked (null where a value was unusable).
    private String id, title, section, description, config, scheduleText;
    private List<String> sources;
    private List<Scenario.CpuSpec> cpus;
    private Params params;
    private final Map<String, Object> settings = new LinkedHashMap<>();
    private Schedule schedule;
    private final Map<String, String> overrides = new LinkedHashMap<>();
    private final Map<String, Verdict> expected = new LinkedHashMap<>();
    private Scenario.Narration narration;

    // Where things stood, for the run checks.
    Json.Node root;
    Json.Str scheduleNode;
    final Map<String, Json.Str> overrideNodes = new LinkedHashMap<>();
    final List<Json.Node> noteAtNodes = new ArrayList<>();

    private ScenarioChecker(String text, String name) {
        this.text = text;
        this.name = name;
    }

    /** Parses and checks; never throws: problems are collected. */
    static ScenarioChecker check(String text, String name) {
        ScenarioChecker c = new ScenarioChecker(text, name);
        if (text.length() > ScenarioLoader.MAX_BYTES) {
            c.problems.add(new Problem(1, 1, "the text is " + text.length() + " characters; a scenario file is at most "
                    + ScenarioLoader.MAX_BYTES + " bytes (1 MiB)"));
            return c;
        }
        try {
            c.root = Json.parse(text);
        } catch (Json.SyntaxError e) {
            c.problems.add(new Problem(e.line, e.col, e.getMessage()));
            return c;
        }
        c.scenario();
        return c;
    }

    /** The checked scenario, or every problem found. */
    Scenario scenario(String origin) throws ScenarioException {
        if (!problems.isEmpty()) throw ScenarioLoader.failure(name, problems);
        return new Scenario(id, title, section == null ? "" : section, description, sources, cpus, params, settings,
                config == null ? "BASE" : config, scheduleText == null ? "" : scheduleText, schedule, overrides,
                expected, narration, origin, null);
    }

    private void scenario() {
        if (!(root instanceof Json.Obj o)) {
            problem(root, "a scenario must be a JSON object { ... }, not " + root.describe());
            return;
        }
        unknownFields(o, ScenarioLoader.TOP, "");
        text(o, "$schema", false);
        id = text(o, "id", true);
        if (id != null && !id.isBlank() && !id.matches("[a-z0-9][a-z0-9-]{0,63}"))
            problem(o.members().get("id"), "id " + Json.quote(id) + " must be 1 to 64 lower-case letters, digits and '-', starting with a letter or digit");
        title = text(o, "title", true);
        section = text(o, "section", false);
        description = text(o, "description", true);
        sources = sources(o);
        cpus = cpus(o);
        params = ParamChecks.params(this, o, settings);
        config = ParamChecks.config(this, o);
        Json.Node sn = o.members().get("schedule");
        if (sn != null) {
            if (sn instanceof Json.Str s) {
                scheduleNode = s;
                scheduleText = s.value();
                schedule = ScheduleText.check(text, s, "", problems);
            } else {
                problem(sn, "field `schedule` must be a string (a schedule such as \"1@DRV2 p0 0@PN8\"), not " + sn.describe());
            }
        } else {
            schedule = Schedule.EMPTY;
        }
        overrides(o);
        expected(o);
        narration = narration(o);
    }

    private List<String> sources(Json.Obj o) {
        Json.Node n = o.members().get("sources");
        if (n == null) return List.of();
        if (!(n instanceof Json.Arr a)) {
            problem(n, "field `sources` must be an array of strings, not " + n.describe());
            return List.of();
        }
        if (a.items().size() > ScenarioLoader.MAX_SOURCES)
            problem(n, "too many sources: " + a.items().size() + " (at most " + ScenarioLoader.MAX_SOURCES + ")");
        List<String> out = new ArrayList<>();
        for (Json.Node i : a.items()) {
            if (!(i instanceof Json.Str s)) problem(i, "each entry of `sources` must be a string, not " + i.describe());
            else if (s.value().length() > ScenarioLoader.MAX_TEXT) problem(i, "a source is " + s.value().length() + " characters long; at most " + ScenarioLoader.MAX_TEXT);
            else out.add(s.value());
        }
        return out;
    }

    private List<Scenario.CpuSpec> cpus(Json.Obj o) {
        Json.Node n = o.members().get("cpus");
        if (n == null) { problem(o, "missing field `cpus` (one object per CPU, e.g. [{\"program\": \"panic\"}, {\"program\": \"writer\"}])"); return null; }
        if (!(n instanceof Json.Arr a)) { problem(n, "field `cpus` must be an array of CPU objects, not " + n.describe()); return null; }
        if (a.items().isEmpty()) { problem(n, "`cpus` is empty; a scenario needs at least one CPU"); return null; }
        if (a.items().size() > ScenarioLoader.MAX_CPUS) {
            problem(n, "too many CPUs: " + a.items().size() + " (at most " + ScenarioLoader.MAX_CPUS + ")");
            return null;
        }
        List<Scenario.CpuSpec> out = new ArrayList<>();
        List<Integer> triggered = new ArrayList<>();
        boolean ok = true, oops = false;
        for (int idx = 0; idx < a.items().size(); idx++) {
            Scenario.CpuSpec cpu = cpu(a.items().get(idx), idx);
            if (cpu == null) { ok = false; continue; }
            if (cpu.panics()) triggered.add(idx);
            oops |= cpu.program() == Cpu.Program.OOPS;
            out.add(cpu);
        }
        if (!ok) return null;
        // The panic trigger (program panic, or "panics": true) fires on one CPU; an oops CPU panics by itself.
        if (triggered.isEmpty() && !oops)
            problem(n, "no CPU panics: give one CPU the program `panic` (or `\"panics\": true`, or an `oops` CPU)");
        else if (triggered.size() > 1)
            problem(n, "more than one CPU has a panic trigger (" + triggered.stream().map(i -> "CPU" + i).reduce((x, y) -> x + ", " + y).get()
                    + "); at most one CPU is triggered (an `oops` CPU panics by itself)");
        return (triggered.isEmpty() && !oops) || triggered.size() > 1 ? null : out;
    }

    private Scenario.CpuSpec cpu(Json.Node item, int idx) {
        String me = "CPU" + idx;
        if (!(item instanceof Json.Obj c)) { problem(item, me + " must be an object such as {\"program\": \"writer\"}, not " + item.describe()); return null; }
        unknownFields(c, ScenarioLoader.CPU, " in " + me);
        String prog = text(c, "program", true);
        Cpu.Program program = null;
        if (prog != null) {
            program = ScenarioLoader.PROGRAM_BY_NAME.get(prog);
            if (program == null) problem(c.members().get("program"), "unknown program " + Json.quote(prog) + " for " + me
                    + hintOrList(prog, ScenarioLoader.PROGRAMS, "programs"));
        }
        String lockName = text(c, "lock", false);
        Resource lock = null;
        if (lockName != null) {
            lock = ScenarioLoader.LOCK_BY_NAME.get(lockName);
            if (lock == null) problem(c.members().get("lock"), "unknown lock " + Json.quote(lockName) + " for " + me
                    + hintOrList(lockName, ScenarioLoader.LOCKS, "locks"));
        }
        if (program == Cpu.Program.LOCK_HOLDER && lockName == null)
            problem(c, me + " is a lock-holder and needs a `lock` (" + String.join(", ", ScenarioLoader.LOCKS) + ")");
        if (program != null && program != Cpu.Program.LOCK_HOLDER && lockName != null)
            problem(c.members().get("lock"), "only a lock-holder CPU takes a `lock`; " + me + " runs `" + prog + "`");
        boolean implied = program == Cpu.Program.PANIC;
        boolean panics = implied;
        Json.Node pn = c.members().get("panics");
        if (pn != null) {
            if (!(pn instanceof Json.Bool b)) problem(pn, "field `panics` must be true or false, not " + pn.describe());
            else if (implied && !b.value()) problem(pn, me + " runs `" + prog + "`, which always panics; `\"panics\": false` contradicts it");
            else panics = b.value();
        }
        return program == null || (lockName != null && lock == null) ? null : new Scenario.CpuSpec(program, lock, panics);
    }

    private void overrides(Json.Obj o) {
        Json.Node n = o.members().get("schedules");
        if (n == null) return;
        if (!(n instanceof Json.Obj so)) { problem(n, "field `schedules` must be an object of configuration -> schedule, not " + n.describe()); return; }
        for (Map.Entry<String, Json.Node> e : so.members().entrySet()) {
            String msg = ParamChecks.configProblem(e.getKey());
            if (msg != null) { problemAtKey(so, e.getKey(), msg); continue; }
            if (!(e.getValue() instanceof Json.Str s)) { problem(e.getValue(), "the schedule for " + e.getKey() + " must be a string, not " + e.getValue().describe()); continue; }
            if (ScheduleText.check(text, s, " (schedule for " + e.getKey() + ")", problems) != null) {
                overrides.put(e.getKey(), s.value());
                overrideNodes.put(e.getKey(), s);
            }
        }
    }

    private void expected(Json.Obj o) {
        Json.Node n = o.members().get("expected");
        if (n == null) return;
        if (!(n instanceof Json.Obj eo)) { problem(n, "field `expected` must be an object of configuration -> verdict, not " + n.describe()); return; }
        for (Map.Entry<String, Json.Node> e : eo.members().entrySet()) {
            String msg = ParamChecks.configProblem(e.getKey());
            if (msg != null) { problemAtKey(eo, e.getKey(), msg); continue; }
            Json.Node v = e.getValue();
            if (v instanceof Json.Str s && ScenarioLoader.VERDICTS.contains(s.value())) expected.put(e.getKey(), Verdict.byId(s.value()));
            else if (v instanceof Json.Str s) problem(v, "unknown verdict " + Json.quote(s.value()) + " for " + e.getKey()
                    + hintOrList(s.value(), ScenarioLoader.VERDICTS, "verdicts"));
            else problem(v, "the verdict for " + e.getKey() + " must be a string (" + String.join(", ", ScenarioLoader.VERDICTS) + "), not " + v.describe());
        }
    }

    private Scenario.Narration narration(Json.Obj o) {
        Json.Node n = o.members().get("narration");
        if (n == null) return Scenario.Narration.NONE;
        if (!(n instanceof Json.Obj no)) { problem(n, "field `narration` must be an object {\"intro\": ..., \"notes\": [...]}, not " + n.describe()); return null; }
        unknownFields(no, ScenarioLoader.NARRATION, " in narration");
        String intro = text(no, "intro", false);
        List<Scenario.Note> notes = new ArrayList<>();
        Json.Node nn = no.members().get("notes");
        if (nn != null) {
            if (!(nn instanceof Json.Arr arr)) { problem(nn, "field `notes` must be an array of notes, not " + nn.describe()); return null; }
            if (arr.items().size() > ScenarioLoader.MAX_NOTES) { problem(nn, "too many notes: " + arr.items().size() + " (at most " + ScenarioLoader.MAX_NOTES + ")"); return null; }
            int last = 0;
            for (Json.Node item : arr.items()) {
                Scenario.Note note = note(item, last);
                if (note != null) { notes.add(note); last = note.at(); }
            }
        }
        return new Scenario.Narration(intro == null ? "" : intro, notes);
    }

    private Scenario.Note note(Json.Node item, int previousAt) {
        if (!(item instanceof Json.Obj io)) { problem(item, "each note must be an object {\"at\": ..., \"text\": ...}, not " + item.describe()); return null; }
        unknownFields(io, ScenarioLoader.NOTE, " in a note");
        Json.Node at = io.members().get("at");
        Integer atv = null;
        if (at == null) problem(io, "missing field `at` (the number of choices made when the note shows; 0 = at the start)");
        else if (at instanceof Json.Num num && num.integral() && num.value() != null && num.value() >= 0 && num.value() <= Scenario.Note.MAX_AT) {
            atv = num.value().intValue();
            if (atv < previousAt) { problem(at, "notes must be in the order of the run: `at` " + atv + " comes after " + previousAt); atv = null; }
        } else problem(at, "field `at` must be a whole number from 0 to " + Scenario.Note.MAX_AT + ", not " + at.describe());
        String t = text(io, "text", true);
        String point = text(io, "point", false);
        if (point != null && !ScenarioLoader.POINTS.contains(point)) {
            problem(io.members().get("point"), "unknown panel " + Json.quote(point) + hintOrList(point, ScenarioLoader.POINTS, "panels"));
            point = null;
        }
        noteAtNodes.add(at != null ? at : io);
        return atv == null || t == null ? null : new Scenario.Note(atv, t, point);
    }

}
