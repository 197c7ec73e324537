package org.panicscope.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled scenarios, in the order a student should meet them: from the first deadlock to the window that is
 * still open today, then the neighbouring threads, then the randomized harness.
 */
public final class Scenarios {
    public static final List<String> IDS = List.of(
            "owner-halted", "flood-livelock", "halted-holding-sem", "waiter-halted", "sem-lock-window",
            "owner-lock-window", "kmsg-dump-order", "gsmi-lock", "kexec-lock", "kmsg-panic",
            // nbcon consoles (NBCON): model-notes, nbcon section
            "nbcon-safe-takeover", "nbcon-unsafe-takeover", "nbcon-flood", "nbcon-mixed-sem-lock");

    private static volatile List<Scenario> all;

    private Scenarios() { }

    public static List<Scenario> all() {
        List<Scenario> a = all;
        if (a == null) {
            List<Scenario> l = new ArrayList<>();
            for (String id : IDS) l.add(parseBundled(id));
            all = a = List.copyOf(l);
        }
        return a;
    }

    /**
     * A bundled scenario. Once {@link #all()} has loaded them (the app does at start-up), the same instance as in that
     * list, so that the window's picker knows it and the file is not parsed twice; before, it parses only this one
     * (a command needs no other).
     */
    public static Scenario bundled(String id) {
        List<Scenario> a = all;
        if (a != null) for (Scenario s : a) if (s.id().equals(id)) return s;
        return parseBundled(id);
    }

    private static Scenario parseBundled(String id) {
        String res = "/org/panicscope/scenarios/" + id + ".json";
        try (InputStream in = Scenarios.class.getResourceAsStream(res)) {
            if (in == null) throw new IllegalStateException("bundled scenario missing: " + res);
            return ScenarioLoader.parse(ScenarioLoader.decode(id + ".json", in.readAllBytes()), "scenarios/" + id + ".json", "bundled");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ScenarioException e) {
            throw new IllegalStateException("bundled scenario is invalid:\n" + e.getMessage(), e);
        }
    }

    /** A bundled id, or a path to a scenario file. Unknown ids give a message listing the valid ones. */
    public static Scenario resolve(String idOrFile) throws ScenarioException {
        if (IDS.contains(idOrFile)) return bundled(idOrFile);
        Path p = Path.of(idOrFile);
        if (Files.exists(p)) return ScenarioLoader.load(p);
        throw new IllegalArgumentException("unknown scenario '" + org.panicscope.engine.Echo.of(idOrFile) + "' (no such bundled id or file); valid scenarios: " + String.join(", ", IDS));
    }
}
