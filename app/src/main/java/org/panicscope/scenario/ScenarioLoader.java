package org.panicscope.scenario;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.panicscope.engine.ReplayScheduler;
import org.panicscope.engine.Run;
import org.panicscope.engine.Schedule;
import org.panicscope.engine.Scheduler;
import org.panicscope.engine.Verdict;
import org.panicscope.model.Config;
import org.panicscope.model.Cpu;
import org.panicscope.model.Params;
import org.panicscope.model.Resource;

/**
 * Reads and checks a scenario file (format: docs/scenario-format.md). Every problem is collected with its line and
 * column; unknown fields are errors, with a "did you mean" hint. The file is untrusted input: sizes are bounded
 * and nothing in it chooses a Java type.
 */
public final class ScenarioLoader {
    public static final int MAX_BYTES = 1 << 20;
    public static final int MAX_CPUS = 8;
    public static final int MAX_SCHEDULE = 10_000;
    public static final int MAX_NOTES = 1_000;

    static final Set<String> TOP = Set.of("id", "title", "section", "description", "sources", "cpus", "params",
            "config", "schedule", "schedules", "expected", "narration", "$schema");
    static final Set<String> CPU = Set.of("program", "lock", "panics");
    static final Set<String> NARRATION = Set.of("intro", "notes");
    static final Set<String> NOTE = Set.of("at", "text", "point");
    public static final List<String> PROGRAMS = List.of("panic", "writer", "lock-holder", "oops", "idle");
    public static final List<String> LOCKS = List.of("gsmi_lock", "dump_lock", "kexec_lock");
    public static final List<String> POINTS = List.of("timeline", "console_sem", "console_owner", "ringbuffer",
            "panic_cpu", "locks", "code", "verdict");

    private ScenarioLoader() { }

    public static Scenario load(Path file) throws ScenarioException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES)
                throw new ScenarioException(name, List.of(new Problem(1, 1, "file is larger than " + MAX_BYTES + " bytes")));
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ScenarioException(name, List.of(new Problem(1, 1, "cannot read the file: " + e.getMessage())));
        }
        return parse(decode(name, bytes), name, name);
    }

    static String decode(String name, byte[] bytes) throws ScenarioException {
        if (bytes.length > MAX_BYTES)
            throw new ScenarioException(name, List.of(new Problem(1, 1, "file is larger than " + MAX_BYTES + " bytes")));
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioException(name, List.of(new Problem(1, 1, "the file is not UTF-8 text")));
        }
    }

    /**
     * Everything {@link #load} checks, and also that the schedule applies (runs without an impossible token) under
     * every configuration the file names: what {@code panicscope validate} reports.
     */
    public static Scenario validate(Path file) throws ScenarioException {
        Scenario s = load(file);
        String text;
        try { text = decode(file.toString(), Files.readAllBytes(file)); }
        catch (IOException e) { throw new ScenarioException(file.toString(), List.of(new Problem(1, 1, "cannot read the file: " + e.getMessage()))); }
        return checkRuns(text, file.toString(), s);
    }

    /** The dynamic half of validation for text already parsed into {@code s}. */
    public static Scenario checkRuns(String text, String name, Scenario s) throws ScenarioException {
        Checker c = new Checker();
        try { c.scenario(Json.parse(text), s.origin()); } catch (Json.SyntaxError e) { throw new IllegalStateException(e); }
        c.problems.clear();
        c.checkScheduleApplies(s);
        if (!c.problems.isEmpty()) throw new ScenarioException(name, c.problems);
        return s;
    }

    /** Parses and checks scenario text; {@code name} is used in messages, {@code origin} is stored. */
    public static Scenario parse(String text, String name, String origin) throws ScenarioException {
        if (text.length() > MAX_BYTES)
            throw new ScenarioException(name, List.of(new Problem(1, 1, "file is larger than " + MAX_BYTES + " bytes")));
        Json.Node root;
        try {
            root = Json.parse(text);
        } catch (Json.SyntaxError e) {
            throw new ScenarioException(name, List.of(new Problem(e.line, e.col, e.getMessage())));
        }
        Checker c = new Checker();
        Scenario s = c.scenario(root, origin);
        if (!c.problems.isEmpty() || s == null) throw new ScenarioException(name, c.problems);
        return s;
    }

    /** Collects problems while it reads; returns null pieces where a value is unusable. */
    private static final class Checker {
        final List<Problem> problems = new ArrayList<>();
        Json.Node scheduleNode;
        Json.Node overridesNode;
        Json.Node root;

        void problem(Json.Node at, String msg) { problems.add(new Problem(at.line(), at.col(), msg)); }

        Scenario scenario(Json.Node root, String origin) {
            this.root = root;
            if (!(root instanceof Json.Obj o)) { problem(root, "a scenario must be a JSON object, not " + root.type()); return null; }
            unknownFields(o, TOP, "scenario");
            String id = string(o, "id", true);
            if (id != null && !id.matches("[a-z0-9][a-z0-9-]{0,63}"))
                problem(o.members().get("id"), "id `" + id + "` must be lower-case letters, digits and '-' (at most 64)");
            String title = string(o, "title", true);
            String section = string(o, "section", false);
            String description = string(o, "description", true);
            List<String> sources = stringList(o, "sources");
            List<Scenario.CpuSpec> cpus = cpus(o);
            Map<String, Object> settings = new LinkedHashMap<>();
            Params params = params(o, settings);
            String schedText = string(o, "schedule", false);
            Schedule schedule = Schedule.EMPTY;
            if (schedText != null) {
                if (schedText.length() > MAX_SCHEDULE) {
                    problem(o.members().get("schedule"), "schedule is longer than " + MAX_SCHEDULE + " characters");
                } else {
                    try { schedule = Schedule.parse(schedText); }
                    catch (IllegalArgumentException e) { problem(o.members().get("schedule"), e.getMessage()); schedule = null; }
                }
            }
            String config = string(o, "config", false);
            if (config != null) {
                try { Config.parse(config); } catch (IllegalArgumentException e) { problem(o.members().get("config"), e.getMessage()); }
            }
            Map<String, String> overrides = overrides(o);
            Map<String, Verdict> expected = expected(o);
            Scenario.Narration narration = narration(o);
            if (!problems.isEmpty() || cpus == null || params == null || schedule == null) return null;
            scheduleNode = o.members().get("schedule");
            overridesNode = o.members().get("schedules");
            return new Scenario(id, title, section == null ? "" : section, description, sources, cpus, params,
                    settings, config == null ? "BASE" : config, schedText == null ? "" : schedText, schedule,
                    overrides, expected, narration, origin);
        }

        /** The schedule must apply under every configuration the file names (BASE when it names none). */
        void checkScheduleApplies(Scenario s) {
            if (s.schedule().isEmpty() && s.overrides().isEmpty()) return;
            java.util.LinkedHashSet<String> configs = new java.util.LinkedHashSet<>();
            configs.add(s.config());
            configs.addAll(s.expected().keySet());
            configs.addAll(s.overrides().keySet());
            for (String cfg : configs) {
                Config c = Config.parse(cfg);
                try {
                    s.replay(c, s.scheduleFor(c), false, false);
                } catch (IllegalArgumentException | IllegalStateException e) {
                    Json.Node at = s.overrides().containsKey(cfg) && overridesNode instanceof Json.Obj so ? so.members().get(cfg)
                            : scheduleNode != null ? scheduleNode : root;
                    problem(at, "under " + cfg + ": " + e.getMessage());
                    return;
                }
            }
        }

        void unknownFields(Json.Obj o, Set<String> valid, String what) {
            for (Map.Entry<String, int[]> k : o.keys().entrySet()) {
                if (!valid.contains(k.getKey())) {
                    String hint = Hints.closest(k.getKey(), valid);
                    int[] at = k.getValue();
                    problems.add(new Problem(at[0], at[1], "unknown field `" + k.getKey() + "` in " + what
                            + (hint != null ? "; did you mean `" + hint + "`?" : "; valid fields: " + String.join(", ", new java.util.TreeSet<>(valid)))));
                }
            }
        }

        String string(Json.Obj o, String field, boolean required) {
            Json.Node n = o.members().get(field);
            if (n == null) {
                if (required) problems.add(new Problem(o.line(), o.col(), "missing field `" + field + "`"));
                return null;
            }
            if (n instanceof Json.Str s) return s.value();
            problem(n, "field `" + field + "` must be a string, not " + n.type());
            return null;
        }

        List<String> stringList(Json.Obj o, String field) {
            Json.Node n = o.members().get(field);
            if (n == null) return List.of();
            if (!(n instanceof Json.Arr a)) { problem(n, "field `" + field + "` must be an array of strings, not " + n.type()); return List.of(); }
            List<String> out = new ArrayList<>();
            for (Json.Node i : a.items()) {
                if (i instanceof Json.Str s) out.add(s.value());
                else problem(i, "`" + field + "` entries must be strings, not " + i.type());
            }
            return out;
        }

        List<Scenario.CpuSpec> cpus(Json.Obj o) {
            Json.Node n = o.members().get("cpus");
            if (n == null) { problems.add(new Problem(o.line(), o.col(), "missing field `cpus`")); return null; }
            if (!(n instanceof Json.Arr a)) { problem(n, "field `cpus` must be an array, not " + n.type()); return null; }
            if (a.items().isEmpty()) { problem(n, "`cpus` needs at least one CPU"); return null; }
            if (a.items().size() > MAX_CPUS) { problem(n, "too many CPUs: " + a.items().size() + " (at most " + MAX_CPUS + ")"); return null; }
            List<Scenario.CpuSpec> out = new ArrayList<>();
            int triggers = 0, oops = 0;
            for (Json.Node item : a.items()) {
                if (!(item instanceof Json.Obj c)) { problem(item, "each CPU must be an object, not " + item.type()); out.add(null); continue; }
                unknownFields(c, CPU, "a CPU");
                String prog = string(c, "program", true);
                Cpu.Program program = null;
                if (prog != null) {
                    int i = PROGRAMS.indexOf(prog);
                    if (i < 0) problem(c.members().get("program"), "unknown program `" + prog + "`" + hint(prog, PROGRAMS) + "; valid programs: " + String.join(", ", PROGRAMS));
                    else program = List.of(Cpu.Program.PANIC, Cpu.Program.WRITER, Cpu.Program.LOCK_HOLDER, Cpu.Program.OOPS, Cpu.Program.IDLE).get(i);
                }
                String lockName = string(c, "lock", false);
                Resource lock = null;
                if (lockName != null) {
                    int i = LOCKS.indexOf(lockName);
                    if (i < 0) problem(c.members().get("lock"), "unknown lock `" + lockName + "`" + hint(lockName, LOCKS) + "; valid locks: " + String.join(", ", LOCKS));
                    else lock = List.of(Resource.GSMI_LOCK, Resource.DUMP_LOCK, Resource.KEXEC_LOCK).get(i);
                }
                if (program == Cpu.Program.LOCK_HOLDER && lockName == null)
                    problems.add(new Problem(c.line(), c.col(), "a lock-holder CPU needs a `lock` (" + String.join(", ", LOCKS) + ")"));
                if (program != null && program != Cpu.Program.LOCK_HOLDER && lockName != null)
                    problem(c.members().get("lock"), "only a lock-holder CPU takes a `lock`");
                boolean panics = program == Cpu.Program.PANIC;
                if (program == Cpu.Program.OOPS) oops++;
                Json.Node pn = c.members().get("panics");
                if (pn != null) {
                    if (pn instanceof Json.Bool b) panics = b.value() || panics;
                    else problem(pn, "field `panics` must be true or false, not " + pn.type());
                }
                if (panics) triggers++;
                out.add(new Scenario.CpuSpec(program, lock, panics));
            }
            if (triggers == 0 && oops == 0) problem(n, "no CPU panics: give one CPU the program `panic` (or `\"panics\": true`, or an `oops` CPU)");
            if (triggers > 1) problem(n, "more than one CPU has a panic trigger (" + triggers + "); at most one CPU is triggered (an `oops` CPU panics by itself)");
            return out.contains(null) ? null : out;
        }

        Params params(Json.Obj o, Map<String, Object> settings) {
            Params p = Params.defaults();
            Json.Node n = o.members().get("params");
            if (n == null) return p;
            if (!(n instanceof Json.Obj po)) { problem(n, "field `params` must be an object, not " + n.type()); return null; }
            boolean ok = true;
            for (Map.Entry<String, Json.Node> e : po.members().entrySet()) {
                Object v = switch (e.getValue()) {
                    case Json.Num num when num.integral() && num.value() != null && Math.abs(num.value()) < Integer.MAX_VALUE -> (Object) num.value().intValue();
                    case Json.Num num -> num.text();
                    case Json.Bool b -> b.value();
                    case Json.Str s -> s.value();
                    default -> e.getValue().type();
                };
                try {
                    if (!Params.INTS.containsKey(e.getKey()) && !Params.allNames().contains(e.getKey()))
                        throw new IllegalArgumentException("unknown parameter `" + e.getKey() + "`" + hint(e.getKey(), allParamNames()) + "; valid parameters: " + Params.allNames());
                    p = p.with(e.getKey(), v);
                    settings.put(e.getKey(), v);
                } catch (IllegalArgumentException ex) {
                    int[] at = po.keys().get(e.getKey());
                    boolean nameProblem = ex.getMessage().startsWith("unknown parameter");
                    Json.Node where = e.getValue();
                    problems.add(new Problem(nameProblem ? at[0] : where.line(), nameProblem ? at[1] : where.col(), ex.getMessage()));
                    ok = false;
                }
            }
            return ok ? p : null;
        }

        private static List<String> allParamNames() {
            return List.of(Params.allNames().split(", "));
        }

        Map<String, String> overrides(Json.Obj o) {
            Map<String, String> out = new LinkedHashMap<>();
            Json.Node n = o.members().get("schedules");
            if (n == null) return out;
            if (!(n instanceof Json.Obj so)) { problem(n, "field `schedules` must be an object of configuration -> schedule, not " + n.type()); return out; }
            for (Map.Entry<String, Json.Node> e : so.members().entrySet()) {
                int[] at = so.keys().get(e.getKey());
                try { Config.parse(e.getKey()); }
                catch (IllegalArgumentException ex) { problems.add(new Problem(at[0], at[1], ex.getMessage())); continue; }
                if (!(e.getValue() instanceof Json.Str s)) { problem(e.getValue(), "a schedule must be a string, not " + e.getValue().type()); continue; }
                if (s.value().length() > MAX_SCHEDULE) { problem(s, "schedule is longer than " + MAX_SCHEDULE + " characters"); continue; }
                try { Schedule.parse(s.value()); out.put(e.getKey(), s.value()); }
                catch (IllegalArgumentException ex) { problem(s, ex.getMessage()); }
            }
            return out;
        }

        Map<String, Verdict> expected(Json.Obj o) {
            Map<String, Verdict> out = new LinkedHashMap<>();
            Json.Node n = o.members().get("expected");
            if (n == null) return out;
            if (!(n instanceof Json.Obj eo)) { problem(n, "field `expected` must be an object of configuration -> verdict, not " + n.type()); return out; }
            for (Map.Entry<String, Json.Node> e : eo.members().entrySet()) {
                int[] at = eo.keys().get(e.getKey());
                try {
                    Config.parse(e.getKey());
                } catch (IllegalArgumentException ex) {
                    problems.add(new Problem(at[0], at[1], ex.getMessage()));
                    continue;
                }
                if (!(e.getValue() instanceof Json.Str s)) { problem(e.getValue(), "a verdict must be a string (DL, LL, OK-K, OK-R, OK-D), not " + e.getValue().type()); continue; }
                try { out.put(e.getKey(), Verdict.byId(s.value())); }
                catch (IllegalArgumentException ex) { problem(s, ex.getMessage()); }
            }
            return out;
        }

        Scenario.Narration narration(Json.Obj o) {
            Json.Node n = o.members().get("narration");
            if (n == null) return Scenario.Narration.NONE;
            if (!(n instanceof Json.Obj no)) { problem(n, "field `narration` must be an object, not " + n.type()); return Scenario.Narration.NONE; }
            unknownFields(no, NARRATION, "narration");
            String intro = string(no, "intro", false);
            List<Scenario.Note> notes = new ArrayList<>();
            Json.Node nn = no.members().get("notes");
            if (nn != null) {
                if (!(nn instanceof Json.Arr arr)) problem(nn, "field `notes` must be an array, not " + nn.type());
                else if (arr.items().size() > MAX_NOTES) problem(nn, "too many notes: " + arr.items().size() + " (at most " + MAX_NOTES + ")");
                else for (Json.Node item : arr.items()) {
                    if (!(item instanceof Json.Obj io)) { problem(item, "each note must be an object, not " + item.type()); continue; }
                    unknownFields(io, NOTE, "a note");
                    Json.Node at = io.members().get("at");
                    int atv = 0;
                    if (at == null) problems.add(new Problem(io.line(), io.col(), "missing field `at` (the choice number the note belongs to; 0 = before the first)"));
                    else if (at instanceof Json.Num num && num.integral() && num.value() != null && num.value() >= 0 && num.value() <= 10_000_000) atv = num.value().intValue();
                    else problem(at, "field `at` must be a whole number from 0 to 10000000, not " + (at instanceof Json.Num num ? num.text() : at.type()));
                    String text = string(io, "text", true);
                    String point = string(io, "point", false);
                    if (point != null && !POINTS.contains(point)) {
                        problem(io.members().get("point"), "unknown panel `" + point + "`" + hint(point, POINTS) + "; valid panels: " + String.join(", ", POINTS));
                    }
                    notes.add(new Scenario.Note(atv, text == null ? "" : text, point));
                }
            }
            return new Scenario.Narration(intro == null ? "" : intro, notes);
        }

        private static String hint(String bad, java.util.Collection<String> valid) {
            String h = Hints.closest(bad, valid);
            return h == null ? "" : "; did you mean `" + h + "`?";
        }
    }
}
