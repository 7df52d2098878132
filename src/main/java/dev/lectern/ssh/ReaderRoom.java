package dev.lectern.ssh;

import dev.lectern.app.LibraryIndex;
import dev.lectern.store.DataPaths;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The readers connected right now, and what they share: one library with its index, the
 * operator's options, the log. It lets a reader in only while there is room (in all, and for
 * their key), keeps each reader's study data in a folder of its own, and warns, then
 * disconnects, readers idle past the timeout.
 */
final class ReaderRoom implements AutoCloseable {
    private final LibraryIndex library;
    private final DataPaths paths;
    private final ServeOptions options;
    private final ConnectionLog log;
    private final Clock clock;
    private final List<ReaderShell> present = new ArrayList<>();
    private final ScheduledExecutorService idleCheck = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lectern-serve-idle");
        t.setDaemon(true);
        return t;
    });

    ReaderRoom(LibraryIndex library, DataPaths paths, ServeOptions options, ConnectionLog log, Clock clock) {
        this.library = library;
        this.paths = paths;
        this.options = options;
        this.log = log;
        this.clock = clock;
        long every = Math.max(1, Math.min(10, options.warning().toSeconds() / 2));
        idleCheck.scheduleWithFixedDelay(this::checkIdle, every, every, TimeUnit.SECONDS);
    }

    LibraryIndex library() {
        return library;
    }

    ServeOptions options() {
        return options;
    }

    ConnectionLog log() {
        return log;
    }

    Clock clock() {
        return clock;
    }

    /** Where one reader's study data lives: a folder named by their key's fingerprint. */
    DataPaths pathsFor(Reader reader) {
        Path own = paths.data().resolve("readers").resolve(reader.folder());
        return new DataPaths(paths.cache(), own, own.resolve("config"), own.resolve("state"));
    }

    /** Lets the reader in, or says why not (the room is full, or this key has enough readers open). */
    synchronized String admit(ReaderShell shell) {
        if (present.size() >= options.maxSessions()) {
            return "all " + options.maxSessions() + " reading places are taken; try again in a while";
        }
        long same = present.stream().filter(s -> s.reader().fingerprint().equals(shell.reader().fingerprint())).count();
        if (same >= options.maxPerKey()) {
            return "this key already has " + same + " readers open (the limit); close one first";
        }
        present.add(shell);
        log.event("reader " + shell.reader().label() + " in (" + present.size() + " reading)");
        return null;
    }

    synchronized void leave(ReaderShell shell, long seconds, String error) {
        present.remove(shell);
        log.event("reader " + shell.reader().label() + " out after " + seconds + " s (" + present.size() + " reading)"
                + (error == null ? "" : "; " + error));
    }

    synchronized int count() {
        return present.size();
    }

    synchronized List<ReaderShell> present() {
        return List.copyOf(present);
    }

    private void checkIdle() {
        long idle = options.idle().toSeconds();
        long warnAt = idle - options.warning().toSeconds();
        for (ReaderShell s : present()) {
            long quiet = s.idleSeconds();
            if (quiet >= idle) {
                log.event("reader " + s.reader().label() + " idle for " + quiet + " s: disconnected");
                s.hangUp();
            } else if (quiet >= warnAt) {
                s.warn("idle: this connection closes in " + (idle - quiet) + " s unless you press a key");
            }
        }
    }

    /** Hangs up on every reader and waits (a few seconds at most) for their last writes. */
    @Override
    public void close() {
        idleCheck.shutdownNow();
        List<ReaderShell> all = present();
        for (ReaderShell s : all) s.hangUp();
        long deadline = System.currentTimeMillis() + 5000;
        try {
            for (ReaderShell s : all) s.join(Math.max(1, deadline - System.currentTimeMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stop waiting; the caller is being told to stop too
        }
    }
}
