package org.panicscope.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.panicscope.engine.Explorer;
import org.panicscope.sweep.Axis;
import org.panicscope.sweep.Sweep;
import org.panicscope.sweep.SweepResult;
import org.panicscope.sweep.SweepText;

/**
 * {@code explore --sweep}: runs the sweep per (scenario, configuration) and prints it as text or JSON (fields
 * documented in docs/exploration.md, "Sweeps"). A progress line goes to stderr when stderr is a terminal.
 */
final class SweepOutput {
    private SweepOutput() { }

    static void run(List<Cell> cells, List<Axis> axes, Explorer.Options o, int threads, boolean json,
                    PrintWriter out, PrintWriter err) {
        boolean tty = System.console() != null;
        List<SweepResult> results = new ArrayList<>();
        long t0 = System.nanoTime();
        for (Cell c : cells) {
            String what = c.scenario().id() + " under " + c.config().name();
            Sweep.Listener progress = !tty ? Sweep.Listener.NONE : new Sweep.Listener() {
                @Override public void pointDone(int done, int total, long states) {
                    synchronized (err) {
                        err.printf("\rsweep %s: %d/%d points, %,d states", what, done, total, states);
                        err.flush();
                    }
                }
            };
            SweepResult r = Sweep.run(c.scenario(), c.config(), axes, o, threads, progress);
            if (tty) { err.print("\r\033[K"); err.flush(); }
            results.add(r);
            if (!json) SweepText.print(out, r);
        }
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("timed", o.timed());
            m.put("millis", (System.nanoTime() - t0) / 1_000_000);
            m.put("sweeps", results.stream().map(SweepOutput::toJson).toList());
            out.println(Json.write(m));
        }
    }

    /** One (scenario, configuration) of an explore command. */
    record Cell(org.panicscope.scenario.Scenario scenario, org.panicscope.model.Config config) { }

    static Map<String, Object> toJson(SweepResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", r.scenario());
        m.put("config", r.config());
        m.put("timed", r.timed());
        List<Map<String, Object>> axes = new ArrayList<>();
        for (Axis a : r.axes()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", a.name());
            x.put("from", a.from());
            x.put("to", a.to());
            axes.add(x);
        }
        m.put("axes", axes);
        m.put("complete", r.complete());
        m.put("states", r.states());
        m.put("millis", r.millis());
        List<Map<String, Object>> points = new ArrayList<>();
        for (Sweep.Point p : r.points()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("params", p.values());
            x.put("complete", p.result().complete());
            if (!p.result().complete()) x.put("stopReason", p.result().stopReason());
            x.put("states", p.result().states());
            x.put("outcomes", SweepResult.keysAt(p));
            points.add(x);
        }
        m.put("points", points);
        List<Map<String, Object>> outcomes = new ArrayList<>();
        for (SweepResult.OutcomeSweep o : r.outcomes()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("outcome", o.outcome());
            x.put("verdict", o.verdict().id());
            if (o.window() != null && o.verdict().hang()) x.put("window", o.window());
            x.put("reach", o.reach().word());
            x.put("robust", o.robust());
            x.put("reachableAt", o.reachable().stream().map(Sweep.Point::values).toList());
            x.put("unreachableAt", o.unreachable().stream().map(Sweep.Point::values).toList());
            x.put("openAt", o.unknown().stream().map(Sweep.Point::values).toList());
            List<Map<String, Object>> flips = new ArrayList<>();
            for (SweepResult.Flip f : o.flips()) {
                Map<String, Object> y = new LinkedHashMap<>();
                y.put("axis", f.axis());
                y.put("from", f.from().values());
                y.put("to", f.to().values());
                y.put("reachableAtFrom", f.reachableAtFrom());
                flips.add(y);
            }
            x.put("flips", flips);
            if (o.witness() != null) {
                Map<String, Object> w = new LinkedHashMap<>();
                w.put("params", o.witnessAt().values());
                w.put("witness", o.witness().schedule());
                w.put("choices", o.witness().choices());
                w.put("reason", o.witness().reason());
                x.put("witness", w);
            }
            outcomes.add(x);
        }
        m.put("outcomes", outcomes);
        return m;
    }
}
