package dev.lectern.ssh;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@code lectern serve} runs, as the operator gave it.
 *
 * @param authorizedKeys the authorized_keys file, or null with {@code open}
 * @param open           any key may come in (a public reading room)
 * @param allowRun       snippets may run on the server
 * @param maxSessions    readers at once, all keys together
 * @param maxPerKey      readers at once with one key
 * @param idle           a reader who presses nothing this long is disconnected (warned a minute before)
 * @param log            where the one-line-per-event log goes
 */
public record ServeOptions(String bind, int port, Path hostKey, Path authorizedKeys, boolean open, boolean allowRun,
                           int maxSessions, int maxPerKey, Duration idle, PrintStream log) {
    public ServeOptions {
        if (!open && authorizedKeys == null) {
            throw new IllegalArgumentException("give --authorized-keys FILE, or --open to let any key in");
        }
        if (maxSessions < 1 || maxPerKey < 1) throw new IllegalArgumentException("session limits must be at least 1");
        if (idle.isNegative() || idle.isZero()) throw new IllegalArgumentException("the idle timeout must be positive");
    }

    /** How long before the idle disconnect the reader is warned. */
    Duration warning() {
        Duration minute = Duration.ofMinutes(1);
        return idle.compareTo(minute.multipliedBy(2)) >= 0 ? minute : idle.dividedBy(2);
    }
}
