package org.panicscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

/**
 * A saved and loaded kernel, and a kernel restored from another ({@link Kernel#restore}), equal the original in
 * every field, found by reflection, so that a field added to
 * Kernel, Cpu, RingBuffer or SpinLock but not to their save/load fails here (the explorer's queue keeps states as
 * snapshots, and a lost field would silently change what it explores).
 */
class SnapshotTest {
    /** The frame array: entries above the stack pointer are dead (call() initialises a frame when it is pushed). */
    private static final Set<String> FRAMES = Set.of("frame");

    @Test
    void loadAndRestoreTakeEveryFieldAlongRandomRuns() throws Exception {
        Snapshot.Out out = new Snapshot.Out();
        Random rnd = new Random(11);
        int compared = 0;
        for (Scenario s : Scenarios.all()) {
            for (String config : List.of("BASE", "VP", "FINAL", "K24")) {
                Config c = Config.parse(config);
                Kernel k = s.newKernel(c);
                Kernel restored = s.newKernel(c);
                for (int i = 0; i < 3000; i++) {
                    List<Integer> runnable = new ArrayList<>();
                    for (int j = 0; j < k.cpuCount(); j++) if (k.cpu(j).status().runnable()) runnable.add(j);
                    if (runnable.isEmpty()) break;
                    int cpu = runnable.get(rnd.nextInt(runnable.size()));
                    try {
                        if (Machine.canDeliverNmi(k, cpu) && rnd.nextInt(8) == 0) Machine.deliverNmi(k, cpu);
                        else if (!k.cpu(cpu).panicked() && cpu == k.triggerCpu && rnd.nextInt(40) == 0) Machine.triggerPanic(k, cpu);
                        else Machine.step(k, cpu, rnd.nextBoolean());
                    } catch (ModelError e) {
                        break;
                    }
                    if (i % 7 != 0) continue;
                    Kernel loaded = s.newKernel(c);
                    Snapshot.load(loaded, Snapshot.save(k, out));
                    assertSame(k, loaded, "kernel", s.id() + "/" + config + " after " + i + " steps");
                    // the explorer's restore between two choices: into a kernel at another state (the last one)
                    restored.restore(k);
                    assertSame(k, restored, "kernel", s.id() + "/" + config + " restored after " + i + " steps");
                    restored = loaded;
                    compared++;
                }
            }
        }
        assertTrue(compared > 1000, "compared " + compared);
    }

    private static void assertSame(Object a, Object b, String path, String where) throws Exception {
        if (a == null || b == null || a instanceof Number || a instanceof Boolean || a instanceof Enum<?> || a instanceof String
                || a instanceof Params || a instanceof Config) {
            if (!(a instanceof Params) && !(a instanceof Config)) assertEquals(a, b, where + ": " + path);
            return;
        }
        if (a instanceof java.util.Set<?> set) { assertEquals(set, b, where + ": " + path); return; }
        if (a.getClass().isArray()) {
            int n = Array.getLength(a);
            assertEquals(n, Array.getLength(b), where + ": " + path + ".length");
            for (int i = 0; i < n; i++) assertSame(Array.get(a, i), Array.get(b, i), path + "[" + i + "]", where);
            return;
        }
        for (Class<?> cl = a.getClass(); cl != null && cl != Object.class; cl = cl.getSuperclass()) {
            for (Field f : cl.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) continue;
                f.setAccessible(true);
                Object x = f.get(a), y = f.get(b);
                if (a instanceof Cpu cpu && FRAMES.contains(f.getName())) {
                    for (int i = 0; i < (cpu.depth() + 1) * Cpu.FRAME_WORDS; i++) assertSame(Array.get(x, i), Array.get(y, i), path + "." + f.getName() + "[" + i + "]", where);
                    continue;
                }
                assertSame(x, y, path + "." + f.getName(), where);
            }
        }
    }
}
