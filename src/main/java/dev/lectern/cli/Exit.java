package dev.lectern.cli;

import dev.lectern.store.Database;

/**
 * How the process ends once a command has returned: its exit code, and whether the command only
 * printed.
 *
 * <p>Since Java 21, {@code System.exit} first asks for a {@code System.Logger} to log the exit.
 * In a cold JVM that lookup runs a service loader over the class path, which opens lectern's jar
 * and reads its directory of some 4,000 entries: 6–15 ms added to every command, after its
 * output. A command that only prints (the quick {@code search}, {@code list}, {@code define},
 * {@code read}; a pager at most) registers no shutdown hook and has flushed its output when it
 * returns, so the process then halts at once. Everything else exits normally and runs its hooks:
 * the reader restoring the terminal, {@code serve} stopping its server, and the SQLite driver's
 * loader deleting the library it extracted to the temporary folder (when the launcher did not
 * name an extracted one).
 */
record Exit(int code, boolean printedOnly) {
    void now() {
        if (halts()) {
            System.out.flush();
            System.err.flush();
            Runtime.getRuntime().halt(code);
        }
        System.exit(code);
    }

    /** Whether the process may end without its shutdown hooks. */
    boolean halts() {
        return printedOnly && !Database.needsNormalExit();
    }
}
