package org.panicscope.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.panicscope.engine.Run;
import org.panicscope.engine.TraceEvent;
import org.panicscope.model.Config;

/**
 * The narration of the bundled scenarios: every scenario tells its story, in the suggested order, each note still
 * sits on the step it talks about, and every quotation is really in the seed threads.
 */
class NarrationTest {
    /** Where each note is anchored: choice number, token and step of the forcing-schedule run under the default configuration. */
    static final Map<String, String> ANCHORS = Map.ofEntries(
            Map.entry("owner-halted", "15:1:DT2 28:1:SE2 34:0:PN2 59:0:CTS8 83:1:SD5 827:n1:NH3 832:0:PN9 853:0:CTS8"),
            Map.entry("flood-livelock", "3:0:PN2 58:1:CTS8 80:0:SD5 751:0:PN8 758:n1:NH3 784:0:CTS8"),
            Map.entry("halted-holding-sem", "34:0:PN2 59:0:CTS8 92:0:CTS8 620:0:NSO2 621:i1:RV 771:0:PN13 798:0:PN15"),
            Map.entry("waiter-halted", "49:1:CTS5 52:p0:PT 60:1:CTS8 97:n1:NH3 138:0:FP4 164:0:SD5 170:0:PN15"),
            Map.entry("sem-lock-window", "34:0:PN2 813:0:NS2 859:1:UP2 860:n1:NH3 865:0:PN9 875:0:DT1"),
            Map.entry("owner-lock-window", "34:0:PN2 849:1:SD1 850:n1:NH3 855:0:PN9 872:0:CTS4"),
            Map.entry("kmsg-dump-order", "1:1:LH1 4:0:PN2 401:1:LH1 439:n1:NH3 564:0:KD1"),
            Map.entry("gsmi-lock", "1:1:LH1 4:0:PN2 439:n1:NH3 563:0:GS1 564:0:GS2"),
            Map.entry("kexec-lock", "10:p0:PT 50:0:KX1 55:i1:RV 346:0:PN15"),
            Map.entry("kmsg-panic", "117:p0:PT 145:0:CTS8 888:n1:NH3 945:0:KX2"),
            Map.entry("nbcon-safe-takeover", "3:1:NB1 26:0:NB2 30:0:NB4 158:n1:NH3 175:0:NB1 459:0:PN16"),
            Map.entry("nbcon-unsafe-takeover", "26:0:NB2 155:n1:NH3 161:0:PN9 224:0:PN16 244:0:NB5 812:0:PN16"),
            Map.entry("nbcon-flood", "15:2:NB1 27:1:NB2 126:1:NB3 266:0:PN2 531:0:KX2"),
            Map.entry("nbcon-mixed-sem-lock", "16:1:DT2 50:0:NB1 289:n1:NH3 294:0:PN8c 297:0:DT1"));

    @Test void everyBundledScenarioTellsItsStoryInTheSuggestedOrder() {
        assertEquals(Scenarios.IDS.size(), ANCHORS.size());
        for (int i = 0; i < Scenarios.IDS.size(); i++) {
            Scenario s = Scenarios.bundled(Scenarios.IDS.get(i));
            Scenario.Narration n = s.narration();
            assertTrue(n.intro().startsWith((i + 1) + " of " + Scenarios.IDS.size() + ": "), s.id() + " intro: " + n.intro());
            assertTrue(n.notes().size() >= 4, s.id() + " has notes");
            for (Scenario.Note note : n.notes()) {
                assertNotNull(note.point(), s.id() + " note at " + note.at() + " points at a panel");
                assertTrue(note.text().length() <= 600, s.id() + " note at " + note.at() + " is short enough to read aloud");
            }
            assertEquals(n.notes().getLast().at(), replay(s).history().size(), s.id() + ": the last note is on the verdict");
        }
    }

    static Run replay(Scenario s) {
        Config c = Config.parse(s.config());
        return s.replay(c, s.scheduleFor(c), false, true);
    }

    /** If the lead changes a forcing schedule, this says which note to move (find the new number with run --json). */
    @Test void everyNoteStillSitsOnTheStepItTalksAbout() {
        for (String id : Scenarios.IDS) {
            Scenario s = Scenarios.bundled(id);
            List<TraceEvent> trace = replay(s).trace();
            List<String> got = new ArrayList<>();
            for (Scenario.Note note : s.narration().notes()) {
                TraceEvent e = trace.get(note.at() - 1);
                assertEquals(note.at(), e.index());
                got.add(note.at() + ":" + e.choice().token() + ":" + e.step());
            }
            assertEquals(ANCHORS.get(id), String.join(" ", got), id + ": a note no longer sits on its step; re-anchor the narration");
        }
    }

    @Test void notesShowAtTheirChoice() {
        Scenario.Narration n = Scenarios.bundled("owner-halted").narration();
        assertEquals(List.of(), n.notesAt(0));
        assertEquals(1, n.notesAt(827).size());
        assertEquals(null, n.current(10));
        assertEquals(n.notesAt(827).get(0), n.current(830));
    }

    private static final Pattern QUOTE = Pattern.compile("“([^”]+)”|\"([^\"]+)\"");
    private static final Path EXCERPTS = Path.of("src/test/resources/excerpts/seed-quotes.txt");

    /** Every quotation of eight words or more in the narration, with spaces collapsed. */
    static List<String> quotations() {
        List<String> out = new ArrayList<>();
        for (String id : Scenarios.IDS) {
            Scenario.Narration n = Scenarios.bundled(id).narration();
            List<String> texts = new ArrayList<>(List.of(n.intro()));
            n.notes().forEach(x -> texts.add(x.text()));
            for (String t : texts) {
                Matcher m = QUOTE.matcher(t);
                while (m.find()) {
                    String quote = (m.group(1) != null ? m.group(1) : m.group(2)).replaceAll("\\s+", " ");
                    if (quote.split(" ").length >= 8) out.add(quote);
                }
            }
        }
        return out;
    }

    /** The excerpts kept in the repository: source file:line, a tab, the quoted text. */
    static Map<String, String> excerpts() throws IOException {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(EXCERPTS)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            int tab = line.indexOf('\t');
            m.put(line.substring(tab + 1), line.substring(0, tab));
        }
        return m;
    }

    /** "Only quote what the seeds really say": every quotation of eight words or more is an excerpt of a thread. */
    @Test void everyQuotationIsAnExcerptOfTheSeeds() throws IOException {
        Map<String, String> excerpts = excerpts();
        List<String> quotes = quotations();
        for (String q : quotes) assertTrue(excerpts.containsKey(q), "not among the seed excerpts (" + EXCERPTS + "): " + q);
        assertTrue(quotes.size() >= 25, "the narration quotes the threads: " + quotes.size());
    }

    /** The excerpts are really in the threads, at the line they name (where the threads are beside the repository). */
    @Test void theExcerptsAreInTheSeedThreads() throws IOException {
        Path seeds = Path.of("../../shared/seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds),
                "the seed threads are not beside the repository: the narration was checked against " + EXCERPTS + " only");
        int checked = 0;
        for (Map.Entry<String, String> e : excerpts().entrySet()) {
            String where = e.getValue();
            int colon = where.lastIndexOf(':');
            Path file = seeds.resolve(where.substring("seeds/".length(), colon));
            int line = Integer.parseInt(where.substring(colon + 1));
            List<String> lines = Files.readAllLines(file, java.nio.charset.StandardCharsets.ISO_8859_1);
            StringBuilder from = new StringBuilder();
            for (int i = line - 1; i < Math.min(lines.size(), line + 12); i++) from.append(' ').append(lines.get(i).replaceFirst("^(\\s*>)+\\s?", ""));
            String text = from.toString().replaceAll("\\s+", " ");
            assertTrue(text.contains(e.getKey()), where + " does not hold: " + e.getKey());
            checked++;
        }
        assertTrue(checked >= 25, "excerpts checked: " + checked);
    }
}
