package org.panicscope.talk;

import java.util.List;
import org.panicscope.scenario.JsonFile;
import org.panicscope.scenario.ScenarioException;

/** The bundled talks (scenarios/talks/, shipped inside the module). */
public final class Talks {
    public static final List<String> IDS = List.of("printk-panic-15-minutes");

    private Talks() { }

    public static Talk bundled(String id) {
        String name = "scenarios/talks/" + id + ".json";
        try {
            return TalkLoader.parse(JsonFile.resource("/org/panicscope/scenarios/talks/" + id + ".json", name), name, "bundled");
        } catch (ScenarioException e) {
            throw new IllegalStateException("bundled talk is invalid:\n" + e.getMessage(), e);
        }
    }
}
