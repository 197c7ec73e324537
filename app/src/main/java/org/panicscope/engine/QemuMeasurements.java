package org.panicscope.engine;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The patch author's QEMU measurements (design doc §7), per configuration: what the model's trials stand beside, in
 * {@code panicscope trials} and in the app's trials chart. A hang is "any time the system did not reboot to a login
 * prompt on the serial console within 60 seconds" (Stephen Brennan). One table for both, so that they cannot
 * disagree; each figure carries its design-doc source tag.
 */
public final class QemuMeasurements {
    private QemuMeasurements() { }

    /**
     * One measurement: hangs out of trials, what was measured and the design doc's source tag. {@code atLeast}: the
     * count of trials is a lower bound ("over 15 thousand").
     */
    public record Measured(String what, int hangs, int trials, boolean atLeast, String source) {
        public double rate() { return trials == 0 ? 0 : (double) hangs / trials; }

        /** For example {@code 776/1484 (52.3 %) before the series, v1 cover letter [S0]}. */
        public String text() {
            String count = atLeast ? String.format("%d in over %,d", hangs, trials) : hangs + "/" + trials;
            String pct = hangs == 0 ? "" : String.format(" (%.1f %%)", 100 * rate());
            return count + pct + " " + what + " [" + source + "]";
        }
    }

    private static final Map<String, List<Measured>> BY_CONFIG = Map.of(
            "BASE", List.of(new Measured("before the series, v1 cover letter", 776, 1484, false, "S0"),
                    new Measured("on v5.16-rc8 unpatched", 197, 340, false, "L")),
            "V0", List.of(new Measured("with the first patch", 0, 245, false, "L")),
            "VP", List.of(new Measured("with Petr's variant: livelock", 200, 1409, false, "S1")),
            "P12", List.of(new Measured("with Petr's variant (= P12): livelock", 200, 1409, false, "S1")),
            "FINAL", List.of(new Measured("with series v1", 0, 1238, false, "S0"), new Measured("with series v2", 0, 408, false, "L"),
                    new Measured("with series v3", 0, 15000, true, "L")));

    /** The measurements of a configuration (by its name: BASE, V0, VP, P12, FINAL), most cited first; none for others. */
    public static List<Measured> of(String config) { return BY_CONFIG.getOrDefault(config, List.of()); }

    /** All of a configuration's measurements on one line, or null when it has none. */
    public static String summary(String config) {
        List<Measured> ms = of(config);
        return ms.isEmpty() ? null : ms.stream().map(Measured::text).collect(Collectors.joining("; "));
    }
}
