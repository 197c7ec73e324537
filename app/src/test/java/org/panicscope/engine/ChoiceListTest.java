package org.panicscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run's history in one byte per choice reads back as the same list of choices a plain list holds. */
class ChoiceListTest {
    @Test
    void everyKindAndCpuReadsBackAndTheListEqualsAPlainOne() {
        ChoiceList h = new ChoiceList();
        List<Choice> plain = new ArrayList<>();
        for (int round = 0; round < 30; round++) // past the first capacity, so the array grows
            for (Choice.Kind kind : Choice.Kind.values())
                for (int cpu = 0; cpu < 8; cpu++) {
                    h.add(Choice.of(kind, cpu));
                    plain.add(Choice.of(kind, cpu));
                }
        assertEquals(plain, h);
        assertEquals(h, plain);
        assertEquals(plain.hashCode(), h.hashCode());
        assertSame(Choice.nmi(3), h.get(Choice.Kind.values().length * 8 + 8 + 3), "the shared instances come back");
        assertEquals(Schedule.of(plain).toString(), Schedule.of(h).toString());
        assertEquals(plain.subList(7, 90), h.subList(7, 90));
        ChoiceList copy = new ChoiceList(h);
        h.clear();
        assertEquals(0, h.size());
        assertEquals(plain, copy, "a copy keeps its choices when the original is cleared");
        assertThrows(IndexOutOfBoundsException.class, () -> h.get(0));
        assertThrows(IllegalArgumentException.class, () -> h.add(new Choice(Choice.Kind.STEP, 16)));
    }
}
