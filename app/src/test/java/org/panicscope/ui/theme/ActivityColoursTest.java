package org.panicscope.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every pair of activity colours (the legend's ten) can be told apart in each theme, with normal colour vision and
 * under simulated deuteranopia and protanopia (Machado, Oliveira and Fernandes 2009, severity 1.0, applied to linear
 * sRGB). The metric is CIE76: the Euclidean distance in CIELAB (D65). Thresholds: 20 with normal vision (well above
 * the ~2.3 of a just-noticeable difference, as small blocks on a lane need), 10 under the simulations. Reads the
 * colours from the theme stylesheets, the only place they are written.
 */
class ActivityColoursTest {
    static final List<String> ACTIVITIES = List.of("workload", "printk", "console-lock", "console-out", "panic", "cpu-stop",
            "driver", "spin", "nmi", "halted");
    static final double[][] PROTANOPIA = {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}};
    static final double[][] DEUTERANOPIA = {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};
    static final double NORMAL_MIN = 20, SIMULATED_MIN = 10;

    @Test void everyPairIsDistinguishableInEveryThemeAndUnderDeuteranopiaAndProtanopia() throws IOException {
        List<String> close = new ArrayList<>();
        for (String theme : List.of("dark", "light", "projector")) {
            String css = css(theme);
            int[] rgb = new int[ACTIVITIES.size()];
            for (int i = 0; i < rgb.length; i++) rgb[i] = colour(css, "-ps-act-" + ACTIVITIES.get(i), theme);
            check(theme, "normal vision", rgb, null, NORMAL_MIN, close);
            check(theme, "deuteranopia", rgb, DEUTERANOPIA, SIMULATED_MIN, close);
            check(theme, "protanopia", rgb, PROTANOPIA, SIMULATED_MIN, close);
        }
        assertThat(close).as("activity colour pairs too close (CIE76)").isEmpty();
    }

    @Test void theMetricSeparatesWhatItShouldAndTheSimulationMergesRedAndGreen() {
        assertThat(deltaE(lab(0xff0000, null), lab(0x00ff00, null))).isGreaterThan(100);
        assertThat(deltaE(lab(0x808080, null), lab(0x818181, null))).isLessThan(1);
        // a protanope sees pure red and a dark olive nearly alike; a normal viewer does not
        assertThat(deltaE(lab(0xcc0000, PROTANOPIA), lab(0x5a5a00, PROTANOPIA)))
                .isLessThan(deltaE(lab(0xcc0000, null), lab(0x5a5a00, null)) / 3);
    }

    private static void check(String theme, String vision, int[] rgb, double[][] sim, double min, List<String> close) {
        for (int i = 0; i < rgb.length; i++) for (int j = i + 1; j < rgb.length; j++) {
            double d = deltaE(lab(rgb[i], sim), lab(rgb[j], sim));
            if (d < min) close.add(String.format("%s, %s: %s / %s ΔE %.1f < %.0f", theme, vision, ACTIVITIES.get(i), ACTIVITIES.get(j), d, min));
        }
    }

    static double[] lab(int rgb, double[][] sim) {
        double[] c = {lin((rgb >> 16) & 255), lin((rgb >> 8) & 255), lin(rgb & 255)};
        if (sim != null) {
            double[] s = new double[3];
            for (int k = 0; k < 3; k++) s[k] = Math.max(0, Math.min(1, sim[k][0] * c[0] + sim[k][1] * c[1] + sim[k][2] * c[2]));
            c = s;
        }
        double x = (0.4124564 * c[0] + 0.3575761 * c[1] + 0.1804375 * c[2]) / 0.95047;
        double y = 0.2126729 * c[0] + 0.7151522 * c[1] + 0.0721750 * c[2];
        double z = (0.0193339 * c[0] + 0.1191920 * c[1] + 0.9503041 * c[2]) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double lin(int v) {
        double c = v / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) { return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116; }

    static double deltaE(double[] a, double[] b) { return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2)); }

    private static String css(String theme) throws IOException {
        try (InputStream in = ActivityColoursTest.class.getResourceAsStream("/org/panicscope/assets/themes/" + theme + ".css")) {
            assertThat(in).as(theme + ".css on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int colour(String css, String token, String theme) {
        Matcher m = Pattern.compile(Pattern.quote(token) + ":\\s*#([0-9a-fA-F]{6})").matcher(css);
        assertThat(m.find()).as(theme + " defines " + token).isTrue();
        return Integer.parseInt(m.group(1), 16);
    }
}
