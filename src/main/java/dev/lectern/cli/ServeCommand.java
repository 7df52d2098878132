package dev.lectern.cli;

import dev.lectern.app.Session;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lectern serve}: the full-screen reader behind an SSH port, until stopped (Ctrl-C or
 * SIGTERM hangs up on every reader after their last write). The SSH classes load only here.
 */
@Command(name = "serve", description = "Serve the reader over SSH: each key gets its own progress.",
        mixinStandardHelpOptions = true)
final class ServeCommand extends SessionCommand {
    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port = 2222;
    @Option(names = "--bind", paramLabel = "ADDR", description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
    String bind = "127.0.0.1";
    @Option(names = "--host-key", paramLabel = "FILE", description = "The server's key (made on first start; default: DATA/serve/host_key).")
    Path hostKey;
    @Option(names = "--authorized-keys", paramLabel = "FILE", description = "OpenSSH authorized_keys: who may read (re-read when it changes).")
    Path authorizedKeys;
    @Option(names = "--open", description = "Let any key in (a public reading room); passwords are never accepted.")
    boolean open;
    @Option(names = "--allow-run", description = "Let readers run snippets (they run as code on this machine).")
    boolean allowRun;
    @Option(names = "--max-sessions", paramLabel = "N", description = "Readers at once (default: ${DEFAULT-VALUE}).")
    int maxSessions = 64;
    @Option(names = "--max-per-key", paramLabel = "N", description = "Readers at once with one key (default: ${DEFAULT-VALUE}).")
    int maxPerKey = 4;
    @Option(names = "--idle-minutes", paramLabel = "N", description = "Disconnect readers idle this long, warning first (default: ${DEFAULT-VALUE}).")
    int idleMinutes = 30;
    @Option(names = "--log", paramLabel = "FILE", description = "Append the connection log here instead of stderr.")
    Path logFile;

    @Override
    int execute(Session session, Out out) throws Exception {
        if (open && authorizedKeys != null) {
            out.error("--open and --authorized-keys exclude each other");
            return ExitCodes.USAGE;
        }
        if (!open && authorizedKeys == null) {
            Path standard = session.paths().config().resolve("authorized_keys");
            if (!java.nio.file.Files.exists(standard)) {
                out.error("who may read? give --authorized-keys FILE (OpenSSH format), put one at " + standard
                        + ", or --open to let any key in");
                return ExitCodes.USAGE;
            }
            authorizedKeys = standard;
        }
        // Index the library before the first reader arrives, so nobody waits for it.
        session.library();
        PrintStream log = logFile == null ? out.stderr()
                : new PrintStream(new java.io.FileOutputStream(logFile.toFile(), true), true, java.nio.charset.StandardCharsets.UTF_8);
        var options = new dev.lectern.ssh.ServeOptions(bind, port, hostKey, authorizedKeys, open, allowRun, maxSessions,
                maxPerKey, Duration.ofMinutes(idleMinutes), log);
        var server = dev.lectern.ssh.ReaderServer.start(session.libraryIndex(), session.paths(), options, session.clock());
        out.stderr().println(server.banner());
        out.stderr().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            try {
                server.close();
            } catch (Exception ignored) {
                // stopping anyway
            }
            stopped.countDown();
        }, "lectern-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        stopped.await();
        return ExitCodes.OK;
    }
}
