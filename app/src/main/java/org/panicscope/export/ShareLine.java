package org.panicscope.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.panicscope.engine.Echo;
import org.panicscope.engine.Schedule;
import org.panicscope.engine.Verdict;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.ScenarioException;
import org.panicscope.scenario.ScenarioLoader;
import org.panicscope.scenario.Scenarios;

/**
 * A run on one line, to paste into a chat, a bug report or the app (docs/share-line.md):
 * <pre>
 *   panicscope:owner-halted?config=FINAL
 *   panicscope:owner-halted?config=BASE&amp;schedule=1@DRV2,p0,0@PN8,1@DRV2&amp;expect=DL
 *   panicscope:owner-halted?config=BASE&amp;vs=FINAL                       (a comparison)
 *   panicscope:sha256-3f1c0a9e5b7d2c41?config=FINAL+FX-TRYLOCK&amp;untimed   (a scenario file, named by its digest)
 * </pre>
 * The scenario is a bundled id or {@code sha256-} and the first 16 (or more) hex digits of the SHA-256 of the
 * scenario file's bytes; such a line needs the file next to it, and the digest proves it is the same file.
 * {@code schedule} is a schedule string with commas for spaces (docs/schedule.md); without it the run uses the
 * scenario's forcing schedule for that configuration. The run continues with the deterministic default policy
 * after the schedule, so the line reproduces the run exactly. {@code expect} is the verdict the run had when the
 * line was made: a different verdict on replay means a different model version or scenario, and is reported.
 * Values may be percent-encoded ({@code %20}); a {@code +} is a plus (configuration names use it), never a space.
 */
public record ShareLine(String scenarioId, String digest, String config, String vs, String schedule,
                        boolean untimed, Verdict expect) {

    public static final String PREFIX = "panicscope:";
    private static final int DIGEST_HEX = 16;

    /** A malformed line: the message names the part that is wrong and what was expected. */
    public static final class Malformed extends IllegalArgumentException {
        public Malformed(String msg) { super(msg); }
    }

    // ---- making one --------------------------------------------------------------------------------------------

    /**
     * The line for a run of {@code s} under {@code c} with {@code schedule} (null: the scenario's forcing schedule).
     * A scenario loaded from a file is named by the digest of the file at its origin.
     */
    public static ShareLine of(Scenario s, Config c, Schedule schedule, boolean timed) {
        String id = null, dg = null;
        if ("bundled".equals(s.origin())) id = s.id();
        else dg = s.sha256() != null ? "sha256-" + s.sha256().substring(0, DIGEST_HEX) : digestOf(Path.of(s.origin()));
        boolean untimed = !timed || (schedule != null && schedule.untimed());
        String sched = schedule == null || schedule.withUntimed(false).toString().equals(s.scheduleFor(c).withUntimed(false).toString())
                ? null : schedule.withUntimed(false).toString();
        return new ShareLine(id, dg, c.name(), null, sched, untimed, null);
    }

    public ShareLine withVs(Config other) { return new ShareLine(scenarioId, digest, config, other == null ? null : other.name(), schedule, untimed, expect); }

    public ShareLine withExpect(Verdict v) { return new ShareLine(scenarioId, digest, config, vs, schedule, untimed, v); }

    /**
     * The digest a line uses for a scenario file: {@code sha256-} and the first 16 hex digits. The file is read as
     * a scenario is (a regular file within the size limit); a scenario already loaded carries its own digest.
     */
    public static String digestOf(Path file) {
        try {
            return digestOf(ScenarioLoader.readFile(file));
        } catch (ScenarioException e) {
            throw new IllegalArgumentException("cannot name the scenario file " + file + " in a run line:\n" + e.getMessage());
        }
    }

    public static String digestOf(byte[] bytes) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "sha256-" + HexFormat.of().formatHex(h).substring(0, DIGEST_HEX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override public String toString() {
        StringBuilder b = new StringBuilder(PREFIX).append(scenarioId != null ? scenarioId : digest);
        Map<String, String> p = new LinkedHashMap<>();
        if (config != null) p.put("config", config);
        if (vs != null) p.put("vs", vs);
        if (schedule != null) p.put("schedule", encode(schedule.trim().replaceAll("\\s+", ",")));
        if (untimed) p.put("untimed", null);
        if (expect != null) p.put("expect", expect.id());
        char sep = '?';
        for (Map.Entry<String, String> e : p.entrySet()) {
            b.append(sep).append(e.getKey());
            if (e.getValue() != null) b.append('=').append(e.getValue());
            sep = '&';
        }
        return b.toString();
    }

    private static String encode(String v) {
        StringBuilder b = new StringBuilder();
        for (byte x : v.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (x & 0xff);
            if (c > ' ' && c < 0x7f && "%&?#=\"<>\\^`{|}".indexOf(c) < 0) b.append(c);
            else b.append('%').append(String.format("%02X", x & 0xff));
        }
        return b.toString();
    }

    // ---- reading one -------------------------------------------------------------------------------------------

    /** Parses a line; throws {@link Malformed} naming the bad part. Surrounding spaces and {@code <>} are ignored. */
    public static ShareLine parse(String line) {
        if (line == null || line.isBlank()) throw new Malformed("empty run line; a run line looks like panicscope:owner-halted?config=FINAL");
        String s = line.strip();
        if (s.startsWith("<") && s.endsWith(">")) s = s.substring(1, s.length() - 1).strip();
        if (!s.startsWith(PREFIX))
            throw new Malformed("a run line starts with '" + PREFIX + "', not '" + Echo.of(s) + "' (e.g. panicscope:owner-halted?config=FINAL)");
        String rest = s.substring(PREFIX.length());
        if (rest.startsWith("//")) rest = rest.substring(2);
        int q = rest.indexOf('?');
        String ref = q < 0 ? rest : rest.substring(0, q);
        String id = null, dg = null;
        if (ref.isEmpty()) throw new Malformed("the run line names no scenario after '" + PREFIX + "' (a bundled id such as owner-halted, or sha256-<hex> of a scenario file)");
        if (ref.startsWith("sha256-")) {
            String hex = ref.substring(7);
            if (hex.length() < DIGEST_HEX || hex.length() > 64 || !hex.matches("[0-9a-fA-F]+"))
                throw new Malformed("bad scenario digest '" + Echo.of(ref) + "': expected sha256- and 16 to 64 hex digits");
            dg = "sha256-" + hex.toLowerCase();
        } else if (Scenarios.IDS.contains(ref)) {
            id = ref;
        } else {
            throw new Malformed("unknown scenario '" + Echo.of(ref) + "' in the run line; valid scenarios: " + String.join(", ", Scenarios.IDS)
                    + " (or sha256-<hex> of a scenario file)");
        }
        String config = null, vs = null, schedule = null;
        boolean untimed = false;
        Verdict expect = null;
        if (q >= 0) {
            String query = rest.substring(q + 1);
            if (query.isEmpty()) throw new Malformed("nothing after '?' in the run line");
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String part : query.split("&", -1)) {
                if (part.isEmpty()) throw new Malformed("empty parameter ('&&' or a trailing '&') in the run line");
                int eq = part.indexOf('=');
                String key = eq < 0 ? part : part.substring(0, eq);
                String val = eq < 0 ? null : decode(part.substring(eq + 1), key);
                if (!seen.add(key)) throw new Malformed("parameter '" + Echo.of(key) + "' is given twice in the run line");
                if (!key.equals("untimed") && (val == null || val.isEmpty()))
                    throw new Malformed("parameter '" + Echo.of(key) + "' needs a value (" + Echo.of(key) + "=...)");
                switch (key) {
                    case "config" -> config = checkConfig(val, key);
                    case "vs" -> vs = checkConfig(val, key);
                    case "schedule" -> {
                        String text = val.replace(',', ' ').trim();
                        Schedule parsed;
                        try { parsed = Schedule.parse(text); }
                        catch (IllegalArgumentException e) { throw new Malformed("bad schedule in the run line: " + e.getMessage()); }
                        if (parsed.untimed()) untimed = true; // "untimed:" written in the schedule itself
                        schedule = parsed.withUntimed(false).toString();
                    }
                    case "untimed" -> {
                        if (val != null && !val.equals("true") && !val.equals("1")) throw new Malformed("parameter 'untimed' takes no value");
                        untimed = true;
                    }
                    case "expect" -> {
                        try { expect = Verdict.byId(val); }
                        catch (IllegalArgumentException e) { throw new Malformed("bad 'expect' in the run line: " + e.getMessage()); }
                    }
                    default -> throw new Malformed("unknown parameter '" + Echo.of(key) + "' in the run line; known: config, vs, schedule, untimed, expect");
                }
            }
        }
        return new ShareLine(id, dg, config, vs, schedule, untimed, expect);
    }

    private static String checkConfig(String val, String key) {
        try {
            return Config.parse(val).name();
        } catch (IllegalArgumentException e) {
            throw new Malformed("bad '" + Echo.of(key) + "' in the run line: " + e.getMessage());
        }
    }

    private static String decode(String v, String key) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '%') {
                try {
                    out.write(HexFormat.fromHexDigits(v.substring(i + 1, i + 3)));
                } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
                    throw new Malformed("bad percent escape '" + Echo.of(v.substring(i, Math.min(v.length(), i + 3))) + "' in '" + Echo.of(key) + "'");
                }
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    // ---- using one ---------------------------------------------------------------------------------------------

    public boolean namesFile() { return digest != null; }

    /** Does this scenario, read from a file, have the digest the line names? */
    public boolean matches(Scenario s) {
        return digest != null && s.sha256() != null && s.sha256().startsWith(digest.substring("sha256-".length()));
    }

    /**
     * The scenario the line names: the bundled one, or {@code file}, which must be given for a digest line and
     * must have that digest. Throws IllegalArgumentException with a message for the user.
     */
    public Scenario scenario(Path file) {
        if (scenarioId != null) {
            if (file != null && !file.toString().equals(scenarioId))
                throw new IllegalArgumentException("the run line already names the scenario '" + scenarioId + "'; drop '" + file + "'");
            return Scenarios.bundled(scenarioId);
        }
        if (file == null)
            throw new IllegalArgumentException("the run line names a scenario file by its digest " + digest
                    + "; give that file too: panicscope run <file> --run LINE");
        Scenario s;
        try {
            s = ScenarioLoader.load(file); // read once: the digest below is of these very bytes
        } catch (ScenarioException e) {
            throw new IllegalArgumentException("invalid scenario file:\n" + e.getMessage());
        }
        if (!matches(s))
            throw new IllegalArgumentException("the file " + file + " is sha256-" + s.sha256().substring(0, DIGEST_HEX)
                    + ", not the run line's " + digest + " (a different or edited scenario file)");
        return s;
    }

    /** The configuration to run (the scenario's default when the line names none). */
    public Config config(Scenario s) { return Config.parse(config != null ? config : s.config()); }

    /** The second configuration of a comparison line, or null. */
    public Config vsConfig() { return vs == null ? null : Config.parse(vs); }

    /** The schedule to replay: the line's, or the scenario's forcing schedule for {@code c}; untimed if the line says so. */
    public Schedule schedule(Scenario s, Config c) {
        Schedule sc = schedule != null ? Schedule.parse(schedule) : s.scheduleFor(c);
        return untimed ? sc.withUntimed(true) : sc;
    }

    public boolean timed() { return !untimed; }
}
