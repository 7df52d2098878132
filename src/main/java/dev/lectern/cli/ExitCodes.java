package dev.lectern.cli;

/** The exit codes every command uses, as DESIGN.md fixes them. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Nothing found, or a check failed. */
    public static final int NOTHING = 1;
    public static final int USAGE = 2;
    /** The content or the data is wrong: unreadable library, study data from a newer version. */
    public static final int DATA = 3;

    private ExitCodes() {
    }
}
