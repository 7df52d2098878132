package dev.lectern.ssh;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One line per connection event (connect, sign-in refused, reader started, disconnect with its
 * duration), with the time, for an operator's log: stderr or a file.
 */
final class ConnectionLog {
    private final PrintStream out;
    private final Clock clock;

    ConnectionLog(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    void event(String text) {
        String line = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS) + " " + text.replaceAll("\\p{Cntrl}", "?");
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }
}
