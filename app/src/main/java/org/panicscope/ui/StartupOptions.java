package org.panicscope.ui;

/**
 * How the window starts, from system properties (used by scripts/screenshots.sh and for demos); everything is
 * optional and the window otherwise restores what the user had last time.
 *
 * <pre>
 * -Dpanicscope.scenario=owner-halted|FILE   -Dpanicscope.config=FINAL     -Dpanicscope.position=end|N|halt|spin|drop|hand-over
 * -Dpanicscope.theme=dark|light|projector   -Dpanicscope.presenter=true   -Dpanicscope.size=1920x1080
 * -Dpanicscope.markers=A,B                   -Dpanicscope.prefs=memory     -Dpanicscope.report=true (print the
 *  screen bounds of the snapshot targets once the window is laid out)
 * -Dpanicscope.tab=state|matrix|trials        -Dpanicscope.explore=true (explore every configuration at start;
 *  with -Dpanicscope.sweep=true on the matrix's default parameter grid too)
 * -Dpanicscope.trials=N (N trials per configuration of kmsg-panic at start)   -Dpanicscope.split=0.3 (timeline share)
 * </pre>
 */
public record StartupOptions(String scenario, String config, String position, String theme, boolean presenter,
                             double width, double height, String markers, boolean memoryPrefs, boolean report, String zoom,
                             String tab, boolean explore, int trials) {

    /** Options with nothing asked for at start. */
    public static StartupOptions none(double width, double height, boolean memoryPrefs) {
        return new StartupOptions(null, null, null, null, false, width, height, null, memoryPrefs, false, null, null, false, 0);
    }

    public static StartupOptions fromSystemProperties() {
        String size = System.getProperty("panicscope.size", "");
        double w = -1, h = -1;
        if (size.matches("\\d+x\\d+")) {
            w = Double.parseDouble(size.substring(0, size.indexOf('x')));
            h = Double.parseDouble(size.substring(size.indexOf('x') + 1));
        }
        return new StartupOptions(System.getProperty("panicscope.scenario"), System.getProperty("panicscope.config"),
                System.getProperty("panicscope.position"), System.getProperty("panicscope.theme"),
                Boolean.getBoolean("panicscope.presenter"), w, h, System.getProperty("panicscope.markers"),
                "memory".equals(System.getProperty("panicscope.prefs")), Boolean.getBoolean("panicscope.report"),
                System.getProperty("panicscope.zoom"), System.getProperty("panicscope.tab"),
                Boolean.getBoolean("panicscope.explore"), Integer.getInteger("panicscope.trials", 0));
    }
}
