package dev.lectern.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Start-up work on another thread hands back its result, or its own exception, and is never abandoned. */
class BackgroundTest {
    @Test
    void joinGivesTheResultAndTheWorkRanOnAnotherThread() throws Exception {
        Thread caller = Thread.currentThread();
        Background<Thread> b = Background.start("t", Thread::currentThread);
        Thread ran = b.join();
        assertTrue(ran != caller && ran.isDaemon());
        assertEquals("t", ran.getName());
    }

    @Test
    void joinThrowsTheWorksOwnExceptionAndQuietlyGivesNull() {
        SQLException boom = new SQLException("locked");
        Background<String> b = Background.start("t", () -> {
            throw boom;
        });
        assertSame(boom, assertThrows(SQLException.class, b::join));
        assertNull(b.joinQuietly());
    }

    @Test
    void anInterruptedCallerStillWaitsForTheWorkAndKeepsItsInterrupt() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        Background<String> b = Background.start("t", () -> {
            go.await();
            return "done";
        });
        Thread.currentThread().interrupt();
        new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException ignored) {
                // the test ends either way
            }
            go.countDown();
        }).start();
        try {
            assertEquals("done", b.join());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }
}
