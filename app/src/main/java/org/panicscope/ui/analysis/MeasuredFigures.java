package org.panicscope.ui.analysis;

import java.util.List;
import java.util.Map;

/**
 * The patch author's QEMU measurements (design doc §7), per configuration, shown beside the model's trials. The
 * same figures as {@code panicscope trials} prints; here as numbers so that the chart can draw them with their
 * 95 % intervals. A hang is "any time the system did not reboot to a login prompt on the serial console within 60
 * seconds" (Stephen Brennan).
 */
public final class MeasuredFigures {
    private MeasuredFigures() { }

    /** One measurement: hangs out of trials, what was measured, and the source tag of the design doc. */
    public record Measured(String what, int hangs, int trials, String source) {
        public double rate() { return trials == 0 ? 0 : (double) hangs / trials; }
    }

    private static final Map<String, List<Measured>> BY_CONFIG = Map.of(
            "BASE", List.of(new Measured("v5.16-rc8 unpatched", 197, 340, "L"),
                    new Measured("before series v1", 776, 1484, "S0")),
            "V0", List.of(new Measured("first patch (V0)", 0, 245, "L")),
            "VP", List.of(new Measured("Petr's variant: livelock", 200, 1409, "S1")),
            "P12", List.of(new Measured("Petr's variant = P12: livelock", 200, 1409, "S1")),
            "FINAL", List.of(new Measured("series v1", 0, 1238, "S0"), new Measured("series v2", 0, 408, "L"),
                    new Measured("series v3 (over 15 thousand)", 0, 15000, "L")));

    public static List<Measured> of(String config) { return BY_CONFIG.getOrDefault(config, List.of()); }
}
