package org.panicscope.picture;

import java.util.ArrayList;
import java.util.List;

/** A painter that records the calls instead of drawing: what the timeline would draw, checked without a window. */
final class RecordingPainter implements Painter {
    record Call(String op, double x, double y, double w, double h, Tone tone, String text) { }

    final List<Call> calls = new ArrayList<>();
    private int depth;
    final List<String> groups = new ArrayList<>();

    @Override public void fillRect(double x, double y, double w, double h, Tone tone, double alpha) { calls.add(new Call("rect", x, y, w, h, tone, null)); }
    @Override public void strokeRect(double x, double y, double w, double h, Tone tone, double width) { calls.add(new Call("stroke", x, y, w, h, tone, null)); }
    @Override public void line(double x1, double y1, double x2, double y2, Tone tone, double width, boolean dashed) { calls.add(new Call("line", x1, y1, x2 - x1, y2 - y1, tone, null)); }
    @Override public void polyline(double[] xs, double[] ys, int n, Tone tone, double width) { calls.add(new Call("poly", xs[0], ys[0], xs[n - 1] - xs[0], 0, tone, null)); }
    @Override public void fillPolygon(double[] xs, double[] ys, int n, Tone tone, double alpha) { calls.add(new Call("polygon", xs[0], ys[0], 0, 0, tone, null)); }
    @Override public void fillOval(double x, double y, double w, double h, Tone tone, double alpha) { calls.add(new Call("oval", x, y, w, h, tone, null)); }
    @Override public void text(double x, double y, String text, Tone tone, TextStyle style, Align align) { calls.add(new Call("text", x, y, 0, 0, tone, text)); }
    @Override public double textWidth(String text, TextStyle style) { return text.length() * 7 * style.scale(); }
    @Override public double fontSize() { return 13; }
    @Override public void clip(double x, double y, double w, double h) { depth++; }
    @Override public void unclip() { depth--; }
    @Override public void beginGroup(String id, String role) { groups.add(id); }

    long count(String op, Tone t) { return calls.stream().filter(c -> c.op().equals(op) && (t == null || c.tone() == t)).count(); }
    boolean hasText(String part) { return calls.stream().anyMatch(c -> c.text() != null && c.text().contains(part)); }
    int clipDepth() { return depth; }
}
