package org.panicscope;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.collections.ListChangeListener;
import javafx.stage.Window;

/**
 * Start-up probe, for {@code scripts/bench-startup.sh} and the build's AOT training run (see {@code jlink/README.md}).
 * With {@code -Dpanicscope.startupProbe=true} the app prints {@code first-frame <ms>}, the milliseconds from the start
 * of the process to the first frame of the first window, and exits with status 0. Without the property it does nothing.
 *
 * <p>"First frame" is the second animation pulse after the first window is shown: the scene is laid out and rendered in
 * the first pulse, and the FX thread only starts the next pulse once that frame has been handed to the screen. The
 * probe watches {@link Window#getWindows()}, so the UI code needs no hook of its own.
 */
final class StartupProbe {
    static final String PROPERTY = "panicscope.startupProbe";

    private StartupProbe() { }

    static void installIfRequested() {
        if (!Boolean.getBoolean(PROPERTY)) return;
        Window.getWindows().addListener(new ListChangeListener<Window>() {
            @Override public void onChanged(Change<? extends Window> c) {
                Window.getWindows().removeListener(this);
                new AnimationTimer() {
                    private int pulses;

                    @Override public void handle(long now) {
                        if (++pulses < 2) return;
                        stop();
                        report();
                    }
                }.start();
            }
        });
    }

    private static void report() {
        System.out.println("first-frame " + millisSinceProcessStart());
        System.out.flush();
        // Halt at once: the benchmark measures start-up only, and the AOT training run must end here. The JVM writes
        // the cache on its way out of halt too, and halting keeps the exit path out of it: System.exit would run the
        // shutdown hooks, and java.util.prefs' hook writes the preferences with the JDK's XML parser and serializer,
        // 350 classes that no first frame needs.
        Runtime.getRuntime().halt(0);
    }

    /**
     * On Linux from /proc, to about 10 ms: the process's start in clock ticks since boot (field 22 of /proc/self/stat;
     * the launcher script execs java, so this is the moment the launcher started) against the uptime. Not
     * ProcessHandle's start instant: it adds the boot time, which /proc gives in whole seconds only, so it is off by a
     * constant of up to a second.
     */
    static long millisSinceProcessStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");   // fields[0] is field 3
            long startTicks = Long.parseLong(fields[19]);
            double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Math.round(uptime * 1000 - startTicks * 1000.0 / USER_HZ);
        } catch (IOException | RuntimeException notLinux) {
            Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            return Duration.between(start, Instant.now()).toMillis();
        }
    }

    /** Clock ticks per second of /proc: USER_HZ, 100 on every Linux architecture the JDK runs on. */
    private static final int USER_HZ = 100;
}
