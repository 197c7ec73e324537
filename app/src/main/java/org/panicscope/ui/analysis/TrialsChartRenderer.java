package org.panicscope.ui.analysis;

import java.util.List;
import org.panicscope.engine.QemuMeasurements;
import org.panicscope.engine.Trials;
import org.panicscope.picture.Painter;
import org.panicscope.picture.TextStyle;
import org.panicscope.picture.Tone;

/**
 * The trials chart: per configuration, the model's hang rate as a bar with its 95 % Wilson interval, and the
 * author's QEMU figures as diamonds with theirs, on one 0-100 % axis. Drawn through a {@link Painter}, like the
 * timeline, so it can be exported the same way.
 */
public final class TrialsChartRenderer {
    private TrialsChartRenderer() { }

    public static void paint(List<TrialsViewModel.Row> rows, double w, double h, Painter p) {
        double fs = p.fontSize(), left = fs * 7, right = fs * 17, top = fs * 3.2;
        double plot = Math.max(50, w - left - right);
        p.fillRect(0, 0, w, h, Tone.BACKGROUND);
        p.text(left, fs * 1.3, "hangs per 100 trials: model (bar, 95 % interval)", Tone.TEXT, TextStyle.BOLD, Painter.Align.LEFT);
        p.fillPolygon(diamond(left + plot * 0.62, fs * 0.9, fs * 0.45), diamondY(fs * 0.9, fs * 0.45), 4, Tone.MARKER, 1);
        p.text(left + plot * 0.62 + fs, fs * 1.3, "Stephen's QEMU runs", Tone.MARKER, TextStyle.BOLD, Painter.Align.LEFT);
        for (int k = 0; k <= 10; k++) {
            double x = left + plot * k / 10;
            p.line(x, top - fs * 0.4, x, h - fs, Tone.GRID, 1, k % 5 != 0);
            if (k % 2 == 0) p.text(x, top - fs * 0.7, k * 10 + " %", Tone.TEXT_MUTED, TextStyle.SMALL, Painter.Align.CENTER);
        }
        double rowH = Math.max(fs * 2.2, Math.min(fs * 3.4, (h - top - fs) / Math.max(1, rows.size())));
        for (int i = 0; i < rows.size(); i++) {
            TrialsViewModel.Row r = rows.get(i);
            double y = top + i * rowH, mid = y + rowH * 0.42;
            p.text(left - fs * 0.6, mid + fs * 0.35, r.config().name(), Tone.TEXT, TextStyle.BOLD, Painter.Align.RIGHT);
            Trials.Result res = r.result();
            if (res == null) {
                p.text(left + 4, mid + fs * 0.35, "…", Tone.TEXT_MUTED, TextStyle.LABEL, Painter.Align.LEFT);
            } else {
                double bw = plot * res.hangRate();
                p.fillRect(left, mid - rowH * 0.2, Math.max(1, bw), rowH * 0.4, res.hangs() > 0 ? Tone.ACT_SPIN : Tone.ACT_FINISHED, 0.9);
                whisker(p, left + plot * res.ci95()[0], left + plot * res.ci95()[1], mid, rowH * 0.32, Tone.TEXT);
                String t = String.format("%.1f %%  (%.1f–%.1f)  %d/%d", 100 * res.hangRate(), 100 * res.ci95()[0], 100 * res.ci95()[1], res.hangs(), res.count());
                p.text(left + plot + fs * 0.6, mid + fs * 0.1, t, Tone.TEXT, TextStyle.SMALL, Painter.Align.LEFT);
            }
            List<QemuMeasurements.Measured> ms = QemuMeasurements.of(r.config().name());
            for (int k = 0; k < ms.size(); k++) {
                QemuMeasurements.Measured m = ms.get(k);
                double my = mid + rowH * 0.3 + k * fs * 0.2;
                double[] ci = Trials.wilson(m.hangs(), m.trials());
                whisker(p, left + plot * ci[0], left + plot * ci[1], my, fs * 0.5, Tone.MARKER);
                double mx = left + plot * m.rate();
                p.fillPolygon(diamond(mx, my, fs * 0.42), diamondY(my, fs * 0.42), 4, Tone.MARKER, 1);
            }
            if (!ms.isEmpty()) {
                QemuMeasurements.Measured m = ms.getFirst();
                p.text(left + plot + fs * 0.6, mid + fs * 1.05, String.format("QEMU %d/%d%s", m.hangs(), m.trials(), ms.size() > 1 ? " …" : ""),
                        Tone.MARKER, TextStyle.SMALL, Painter.Align.LEFT);
            }
        }
    }

    private static void whisker(Painter p, double x0, double x1, double y, double h, Tone t) {
        p.line(x0, y, x1, y, t, 1.5, false);
        p.line(x0, y - h / 2, x0, y + h / 2, t, 1.5, false);
        p.line(x1, y - h / 2, x1, y + h / 2, t, 1.5, false);
    }

    private static double[] diamond(double x, double y, double r) { return new double[] {x, x + r, x, x - r}; }
    private static double[] diamondY(double y, double r) { return new double[] {y - r, y, y + r, y}; }
}
