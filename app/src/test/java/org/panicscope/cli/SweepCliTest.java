package org.panicscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code explore --sweep}: the text, the JSON fields of docs/exploration.md, and one-line errors with exit 2. */
class SweepCliTest {

    @Test
    void textNamesTheRangeAndTheFlip() {
        CliTest.Result r = CliTest.cli("explore", "sem-lock-window", "--config", "VP", "--sweep", "K_dump=0..3", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("DL(d)    reachable at some points (2 of 4): K_dump=0..1; not at K_dump=2..3"), r.out());
        assertTrue(r.out().contains("flips: K_dump 1 -> 2: reachable -> not"), r.out());
        assertTrue(r.out().contains("OK-K     reachable at all 4 points"), r.out());
    }

    @Test
    void jsonCarriesPointsOutcomesAndFlips() {
        JsonNode j = CliTest.json("explore", "sem-lock-window", "--config", "VP", "--sweep", "K_dump=0..2", "--json", "--threads", "2");
        JsonNode s = j.get("sweeps").get(0);
        assertEquals("VP", s.get("config").asString());
        assertEquals("K_dump", s.get("axes").get(0).get("name").asString());
        assertEquals(3, s.get("points").size());
        assertEquals(0, s.get("points").get(0).get("params").get("K_dump").asInt());
        JsonNode d = null;
        for (JsonNode o : s.get("outcomes")) if (o.get("outcome").asString().equals("DL(d)")) d = o;
        assertTrue(d != null, s.toString());
        assertEquals("some", d.get("reach").asString());
        assertEquals(false, d.get("robust").asBoolean());
        assertEquals(2, d.get("reachableAt").size());
        assertEquals(1, d.get("unreachableAt").size());
        JsonNode flip = d.get("flips").get(0);
        assertEquals("K_dump", flip.get("axis").asString());
        assertEquals(1, flip.get("from").get("K_dump").asInt());
        assertEquals(2, flip.get("to").get("K_dump").asInt());
        assertTrue(flip.get("reachableAtFrom").asBoolean());
        assertTrue(d.get("witness").get("witness").asString().contains("n1"));
    }

    @Test
    void badSweepsAreOneLineErrorsWithExit2() {
        for (String[] bad : new String[][] {{"K_dmp=0..5", "valid names"}, {"K_dump=5..0", "K_dump=5..0"}, {"K_dump=0..99", "0..50"}, {"C=2..64,W=1..100", "points"}}) {
            CliTest.Result r = CliTest.cli("explore", "sem-lock-window", "--config", "VP", "--sweep", bad[0]);
            assertEquals(2, r.code(), bad[0]);
            assertTrue(r.err().startsWith("panicscope: ") && r.err().contains(bad[1]), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
    }
}
