package org.panicscope.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.panicscope.engine.Trials;
import org.panicscope.export.Recording;

/**
 * Progress of a long export or of trials on standard error, one line rewritten in place, at most five times a
 * second, and only when a person is watching (a terminal: {@code System.console() != null}); piped or redirected
 * output gets none. Ctrl-C stops the command: the JVM's shutdown hooks remove what an export had not finished.
 */
final class TerminalProgress implements Recording.Progress, Trials.Progress {
    private static final long EVERY_NANOS = 200_000_000L;
    private final PrintWriter err;
    private final String what;
    private final long total;
    private final AtomicLong done = new AtomicLong();
    private volatile long last = System.nanoTime();
    private volatile int width;

    private TerminalProgress(PrintWriter err, String what, long total) {
        this.err = err;
        this.what = what;
        this.total = total;
    }

    /** Progress for a terminal, or a silent one when standard error is not a terminal. */
    static TerminalProgress of(PrintWriter err, String what, long total) {
        return new TerminalProgress(System.console() != null ? err : null, what, total);
    }

    @Override public void report(double fraction, String message) {
        if (err == null || fraction >= 1) return;
        show(fraction >= 0 ? String.format(java.util.Locale.ROOT, "%s: %s (%.0f %%)", what, message, 100 * fraction) : what + ": " + message);
    }

    /** Ctrl-C ends the JVM; nothing else cancels a command. */
    @Override public boolean cancelled() { return false; }

    @Override public void done(int trials) {
        long n = done.addAndGet(trials);
        if (err != null) show(String.format(java.util.Locale.ROOT, "%s: %d of %d trials", what, n, total));
    }

    private synchronized void show(String line) {
        long now = System.nanoTime();
        if (now - last < EVERY_NANOS) return;
        last = now;
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = line.length();
    }

    /** Clears the progress line, so that the result or a message starts at the left. */
    synchronized void clear() {
        if (err == null || width == 0) return;
        err.print("\r" + " ".repeat(width) + "\r");
        err.flush();
        width = 0;
    }
}
