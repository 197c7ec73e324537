package org.panicscope.engine;

/**
 * How far one run may be driven without a verdict: a number of choices and a guard on the heap. Every mode drives
 * its runs through {@link Scheduler#drive(Run, Scheduler, Budget, Scheduler.Listener)} with a budget, so the
 * command line, the exports, trials (per trial), {@code validate} and the window stop at the same place. Reaching
 * either limit ends the run with {@link Verdict#NO_VERDICT} and a reason that starts "no verdict within N choices".
 *
 * <p>The default of one million choices is this model's own choice: the longest bundled run takes a few thousand
 * choices, and a livelock found by time ends after about {@code H} time units, a few choices per CPU and unit; a
 * file whose run needs more is almost always a repeat count or an {@code H} far beyond what it means to show.
 *
 * @param choices the most choices one run may take before it ends without a verdict
 * @param heap    the memory guard, asked every {@value #HEAP_CHECK_EVERY} choices
 */
public record Budget(long choices, Heap heap) {
    public static final long DEFAULT_CHOICES = 1_000_000;
    public static final Budget DEFAULT = new Budget(DEFAULT_CHOICES, Heap.RUNTIME);
    static final int HEAP_CHECK_EVERY = 4096;
    static final double HEAP_SHARE = 0.8;

    public Budget {
        if (choices < 1) throw new IllegalArgumentException("the choice budget must be at least 1, not " + choices);
    }

    /**
     * Whether a run that has taken {@code taken} choices of this budget stops here; if so it is ended with
     * {@link Verdict#NO_VERDICT} and the reason. The heap is asked only every {@value #HEAP_CHECK_EVERY} choices.
     */
    boolean stops(Run run, long taken) {
        if (taken >= choices) {
            run.noVerdict("no verdict within " + choices + " choices: the run neither completed nor "
                    + "hung (a repeat count or H too large?)", "choice budget");
            return true;
        }
        if (taken > 0 && taken % HEAP_CHECK_EVERY == 0) {
            String full = heap.exhausted();
            if (full != null) {
                run.noVerdict("no verdict within " + taken + " choices: " + full, "heap");
                return true;
            }
        }
        return false;
    }

    /** The default budget, or {@code choices} when the user gave one ({@code --max-choices}); null means the default. */
    public static Budget of(Long choices) {
        return choices == null ? DEFAULT : new Budget(choices, Heap.RUNTIME);
    }

    /** Whether the heap can take more of a run. */
    public interface Heap {
        /** The reason the heap cannot take more ("the heap is nearly full ..."), or null while it can. */
        String exhausted();

        /**
         * The JVM's heap, nearly full once more than {@value Budget#HEAP_SHARE} of its maximum is in use after a collection.
         * A run's history and trace only grow, so a run that reaches this would otherwise end in an
         * OutOfMemoryError; the share leaves room for the caller's own work (a picture, a JSON document) after it.
         */
        Heap RUNTIME = new Heap() {
            @Override public String exhausted() {
                Runtime rt = Runtime.getRuntime();
                long max = rt.maxMemory();
                if (rt.totalMemory() - rt.freeMemory() < HEAP_SHARE * max) return null;
                System.gc(); // garbage counts as used until collected: ask only when the heap looks full
                long used = rt.totalMemory() - rt.freeMemory();
                if (used < HEAP_SHARE * max) return null;
                return "the heap is nearly full (" + (used >> 20) + " of " + (max >> 20) + " MB in use); "
                        + heapHint();
            }
        };
    }

    /**
     * How a user raises the heap limit, with the limit now: the launcher adds {@code PANICSCOPE_JAVA_OPTIONS} after
     * its own options, so an {@code -Xmx} there wins (docs/reliability.md).
     */
    public static String heapHint() {
        return "raise the heap limit (now " + (Runtime.getRuntime().maxMemory() >> 20) + " MB) with PANICSCOPE_JAVA_OPTIONS=-Xmx<size>, e.g. -Xmx4g";
    }
}
