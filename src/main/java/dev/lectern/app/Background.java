package dev.lectern.app;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One piece of start-up work on a daemon thread of its own, while the caller does another that
 * needs nothing from it (the index opens while the folder is scanned; the library loads while
 * the terminal is taken). {@link #join} waits through interrupts, setting the flag again after,
 * so that whatever the work opened is never left behind, and throws what the work threw.
 */
public final class Background<T> {
    private final FutureTask<T> task;

    private Background(Callable<T> work) {
        this.task = new FutureTask<>(work);
    }

    public static <T> Background<T> start(String threadName, Callable<T> work) {
        Background<T> b = new Background<>(work);
        Thread t = new Thread(b.task, threadName);
        t.setDaemon(true);
        t.start();
        return b;
    }

    /** The work's result, once it is done; its exception as it threw it. */
    public T join() throws Exception {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Exception cause) throw cause;
                    if (e.getCause() instanceof Error err) throw err;
                    throw e;
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /** The result, or null when the work failed: for a caller already reporting a failure of its own. */
    public T joinQuietly() {
        try {
            return join();
        } catch (Exception e) {
            return null;
        }
    }
}
