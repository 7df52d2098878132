package dev.lectern.app;

/**
 * Start-up timing for docs/BENCHMARKS.md: with {@code LECTERN_TRACE=1} in the environment, each
 * mark prints the milliseconds since {@code main} began to standard error. Off, a mark costs one
 * field read.
 */
public final class Trace {
    private static final boolean ON = System.getenv("LECTERN_TRACE") != null;
    private static final long START = System.nanoTime();

    private Trace() {
    }

    public static void mark(String what) {
        if (ON) { // no printf: Formatter's own start-up would be measured
            long tenths = (System.nanoTime() - START) / 100_000;
            System.err.println("lectern-trace " + tenths / 10 + "." + tenths % 10 + " ms  " + what);
        }
    }
}
