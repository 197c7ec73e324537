package org.panicscope.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.panicscope.engine.Explorer;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenarios;

/**
 * Every verdict claim of the README's "What the engine finds" and of docs/model-notes.md §3 carries the parameter
 * range it holds for, and a test runs the sweep behind it. A claim is written next to its sentence as
 * {@code <!-- sweep: SCENARIO CONFIG[,CONFIG...] NAME=LO..HI OUTCOME REACH -->}, where REACH is {@code all},
 * {@code none} or {@code at K_dump=0..1} (the points it is reachable at, as {@code explore --sweep} prints them).
 * The sentence before it must name the swept parameter, so the range is in the words a reader sees.
 */
class DocClaimsTest {
    static final Path ROOT = Path.of("..");
    static final Pattern CLAIM = Pattern.compile("<!-- sweep: (\\S+) (\\S+) (\\S+=\\S+) (\\S+) (all|none|at \\S+) -->");
    static final Map<String, SweepResult> CACHE = new ConcurrentHashMap<>();

    record Claim(String file, int line, String scenario, String config, String axis, String outcome, String reach, String before) { }

    /** The claims of one section: from its heading to the next heading of the same level. */
    static List<Claim> claims(String file, String heading) throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve(file));
        int start = lines.indexOf(heading);
        assertTrue(start >= 0, file + " has no heading '" + heading + "'");
        String level = heading.substring(0, heading.indexOf(' ') + 1);
        List<Claim> out = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith(level); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("* ") || l.startsWith("#")) para.setLength(0);
            Matcher m = CLAIM.matcher(l);
            if (m.find()) {
                for (String c : m.group(2).split(","))
                    out.add(new Claim(file, i + 1, m.group(1), c, m.group(3), m.group(4), m.group(5), para.toString()));
            } else {
                para.append(l).append('\n');
            }
        }
        return out;
    }

    static List<Claim> all() throws IOException {
        List<Claim> l = new ArrayList<>(claims("README.md", "## What the engine finds"));
        l.addAll(claims("docs/model-notes.md", "## 3. Departures from the doc's verdicts"));
        return l;
    }

    static Stream<Arguments> everyClaim() throws IOException {
        return all().stream().map(c -> Arguments.of(c.file() + ":" + c.line() + " " + c.scenario() + " " + c.config() + " " + c.outcome(), c));
    }

    static SweepResult sweep(Claim c) {
        return CACHE.computeIfAbsent(c.scenario() + " " + c.config() + " " + c.axis(), k -> Sweep.run(Scenarios.bundled(c.scenario()),
                Config.parse(c.config()), Axis.parseAll(c.axis()), Explorer.Options.defaults(), 2, Sweep.Listener.NONE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyClaim")
    void theSweepBehindTheClaimAgrees(String name, Claim c) {
        SweepResult r = sweep(c);
        assertTrue(r.complete(), name + ": a capped exploration settles no claim");
        SweepResult.OutcomeSweep o = r.outcome(c.outcome());
        String found = switch (o.reach()) {
            case ALL -> "all";
            case NONE -> "none";
            case SOME -> "at " + SweepText.points(o.reachable());
        };
        assertEquals(c.reach(), found, name + " (" + c.axis() + "): " + SweepText.reach(o));
        String param = c.axis().substring(0, c.axis().indexOf('='));
        assertTrue(c.before().contains(param), name + ": the sentence before the claim does not name " + param + ":\n" + c.before());
    }

    @Test
    void everyHeadlineAndDepartureCarriesAClaim() throws IOException {
        List<String> readme = Files.readAllLines(ROOT.resolve("README.md"));
        int at = readme.indexOf("## What the engine finds");
        List<Claim> rc = claims("README.md", "## What the engine finds");
        for (int i = at + 1; i < readme.size() && !readme.get(i).startsWith("## "); i++) {
            if (!readme.get(i).startsWith("* **")) continue;
            int line = i + 1;
            int next = i + 1;
            while (next < readme.size() && !readme.get(next).startsWith("* ") && !readme.get(next).isBlank()) next++;
            int end = next;
            assertTrue(rc.stream().anyMatch(c -> c.line() > line && c.line() <= end), "README line " + line + " states a headline without a sweep claim");
        }
        List<String> notes = Files.readAllLines(ROOT.resolve("docs/model-notes.md"));
        List<Claim> nc = claims("docs/model-notes.md", "## 3. Departures from the doc's verdicts");
        int headings = 0;
        for (int i = 0; i < notes.size(); i++) {
            if (!notes.get(i).startsWith("### ") || i < notes.indexOf("## 3. Departures from the doc's verdicts")) continue;
            if (i > notes.indexOf("## 4. Timed and untimed disagree (and why that teaches something)")) break;
            headings++;
            int from = i + 1;
            int to = from;
            while (to < notes.size() && !notes.get(to).startsWith("#")) to++;
            int a = from, b = to;
            assertTrue(nc.stream().anyMatch(c -> c.line() > a && c.line() <= b), "model-notes: '" + notes.get(i) + "' carries no sweep claim");
        }
        assertTrue(headings >= 4, "model-notes §3 lost its departures");
    }

    /** The claim issue 12 found wrong, and the wording that carried it, are gone from every text the app ships. */
    @Test
    void noTextSaysPatch4OpenedTheSemLockWindow() throws IOException {
        List<Path> texts = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("docs/model-notes.md")));
        try (Stream<Path> s = Files.list(ROOT.resolve("scenarios"))) { s.forEach(texts::add); }
        texts.add(ROOT.resolve("app/src/main/java/org/panicscope/cli/MatrixTable.java"));
        for (Path p : texts) {
            String t = Files.readString(p).replaceAll("\\s+", " ");
            for (String wrong : List.of("Patch 4 is what brings", "patch 4 opened", "which the timed model cannot reach with the kmsg writer"))
                assertFalse(t.contains(wrong), p + " still says '" + wrong + "'");
        }
    }
}
