package org.panicscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IntListTest {
    @Test
    void valuesSurviveTheFirstPagesGrowthAndEveryPageBoundary() {
        IntList l = new IntList();
        int n = 3 * IntList.PAGE + 77;
        for (int i = 0; i < n; i++) l.add(i * 7);
        assertEquals(n, l.size());
        for (int i = 0; i < n; i++) assertEquals(i * 7, l.get(i), "at " + i);
        for (int i = 0; i < n; i += 3) l.set(i, -i);
        for (int i = 0; i < n; i++) assertEquals(i % 3 == 0 ? -i : i * 7, l.getShared(i), "at " + i);
    }

    @Test
    void lowerBoundFindsTheFirstElementNotBelowAcrossPages() {
        IntList l = new IntList();
        for (int i = 0; i < 2 * IntList.PAGE + 5; i++) l.add(2 * i); // 0, 2, 4, ...
        assertEquals(0, l.lowerBound(-1));
        assertEquals(0, l.lowerBound(0));
        assertEquals(IntList.PAGE, l.lowerBound(2 * IntList.PAGE - 1));
        assertEquals(IntList.PAGE, l.lowerBound(2 * IntList.PAGE));
        assertEquals(IntList.PAGE + 1, l.lowerBound(2 * IntList.PAGE + 1));
        assertEquals(l.size(), l.lowerBound(Integer.MAX_VALUE));
        assertEquals(0, new IntList().lowerBound(5));
    }
}
