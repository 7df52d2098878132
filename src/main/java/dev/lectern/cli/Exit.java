package dev.lectern.cli;

import dev.lectern.store.Database;
import java.util.Set;

/**
 * How the process ends once a command has returned.
 *
 * <p>Since Java 21, {@code System.exit} first asks for a {@code System.Logger} to log the exit.
 * In a cold JVM that lookup runs a service loader over the class path, which opens lectern's jar
 * and reads its directory of some 4,000 entries: 6–15 ms added to every command, after its
 * output. A command that only prints ({@code search}, {@code list}, {@code define}, {@code read},
 * a pager at most) registers no shutdown hook and has flushed its output when it returns, so the
 * process then halts at once. Everything else exits normally and runs its hooks: the reader
 * restoring the terminal, {@code serve} stopping its server, and the SQLite driver's loader
 * deleting the library it extracted to the temporary folder (when the launcher did not name an
 * extracted one).
 */
final class Exit {
    /** The commands whose work is done, output flushed and nothing left to clean up when they return. */
    static final Set<String> PRINT_ONLY = Set.of("search", "list", "define", "read");

    private Exit() {
    }

    static void after(String[] args, int code) {
        if (haltsAfter(args)) {
            System.out.flush();
            System.err.flush();
            Runtime.getRuntime().halt(code);
        }
        System.exit(code);
    }

    /** Whether the process may end without its shutdown hooks after running {@code args}. */
    static boolean haltsAfter(String[] args) {
        String command = Subcommands.invoked(args); // null for plain lectern, help, an @file
        return command != null && PRINT_ONLY.contains(command) && !Database.needsNormalExit();
    }
}
