package org.panicscope.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.panicscope.engine.Explorer;
import org.panicscope.engine.Verdict;

/** The verdict matrix as a text table: one row per scenario, one column per configuration. */
final class MatrixTable {
    private MatrixTable() { }

    /** A cell: the reachable verdicts, hangs with their window letter, e.g. "DL(a,d) OK-K". */
    static String cell(Explorer.Result r) {
        StringBuilder b = new StringBuilder();
        for (Verdict v : Verdict.values()) {
            if (!r.outcomes().containsKey(v)) continue;
            if (!b.isEmpty()) b.append(' ');
            b.append(v.id());
            if (v.hang()) {
                List<String> w = new ArrayList<>();
                for (Explorer.Witness h : r.hangs()) if (h.verdict() == v) w.add(letter(h.window()));
                if (!w.isEmpty()) b.append('(').append(String.join(",", w)).append(')');
            }
        }
        if (!r.complete()) b.append(" +?");
        return b.toString();
    }

    static String letter(String window) {
        int close = window.indexOf(')');
        return window.startsWith("(") && close > 0 ? window.substring(1, close) : window;
    }

    static void print(PrintWriter out, List<Explorer.Result> results, boolean timed) {
        Map<String, Map<String, Explorer.Result>> rows = new LinkedHashMap<>();
        List<String> cols = new ArrayList<>();
        for (Explorer.Result r : results) {
            rows.computeIfAbsent(r.scenario(), k -> new LinkedHashMap<>()).put(r.config(), r);
            if (!cols.contains(r.config())) cols.add(r.config());
        }
        int w0 = Math.max(20, rows.keySet().stream().mapToInt(String::length).max().orElse(0) + 2);
        List<Integer> widths = new ArrayList<>();
        for (String c : cols) {
            int w = c.length();
            for (Map<String, Explorer.Result> row : rows.values()) if (row.containsKey(c)) w = Math.max(w, cell(row.get(c)).length());
            widths.add(w + 2);
        }
        out.println("Verdict matrix (" + (timed ? "timed" : "untimed") + "): reachable outcomes; hangs by window: a owner halted, "
                + "b flood livelock, d sem->lock, d2 console_owner_lock, e dump_lock, f gsmi_lock; +? = exploration capped");
        StringBuilder h = new StringBuilder(String.format("%-" + w0 + "s", "scenario"));
        for (int i = 0; i < cols.size(); i++) h.append(String.format("%-" + widths.get(i) + "s", cols.get(i)));
        out.println(h.toString().stripTrailing());
        for (Map.Entry<String, Map<String, Explorer.Result>> row : rows.entrySet()) {
            StringBuilder b = new StringBuilder(String.format("%-" + w0 + "s", row.getKey()));
            for (int i = 0; i < cols.size(); i++) {
                Explorer.Result r = row.getValue().get(cols.get(i));
                b.append(String.format("%-" + widths.get(i) + "s", r == null ? "" : cell(r)));
            }
            out.println(b.toString().stripTrailing());
        }
        if (timed) {
            out.println("Timed semantics (time costs of design doc §2.3), at each scenario's own parameters: a cell can change with");
            out.println("them, e.g. (d) under VP, VS, P12 and P123 appears in sem-lock-window at K_dump 0..1 (explore --sweep shows");
            out.println("where). Without time costs (--untimed) every window is reachable by starving a CPU. Why, cell by cell:");
            out.println("docs/model-notes.md §3-§4.");
        }
    }
}
