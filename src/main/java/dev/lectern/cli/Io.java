package dev.lectern.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Map;

/**
 * What a command reads and writes besides its arguments: standard input, output and error, the
 * environment, the clock, and whether the streams are a terminal. {@link Main#main} passes the
 * process's own; a test or the shell passes its own, so a command never reaches for
 * {@code System.out} or {@code System.getenv} itself and a transcript test runs in its JVM.
 *
 * @param terminal whether stdin and stdout are a terminal (colours, the terminal's width, the
 *                 full-screen reader and jline's line editor are used only then)
 */
public record Io(InputStream in, OutputStream out, OutputStream err, Map<String, String> env, Clock clock,
                 boolean terminal) {

    /** The process's streams (unbuffered file descriptors: {@link Out} buffers), environment and clock. */
    public static Io system() {
        return new Io(System.in, new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err),
                System.getenv(), new SystemClock(), consoleIsTerminal());
    }

    /**
     * Whether the process's stdin and stdout are a terminal. Java 17–21 give a console only then;
     * Java 22+ give one even when redirected, and say through {@code isTerminal} (called by
     * reflection, as the release target is 17).
     */
    static boolean consoleIsTerminal() {
        java.io.Console c = System.console();
        if (c == null) return false;
        try {
            Object t = java.io.Console.class.getMethod("isTerminal").invoke(c);
            return !Boolean.FALSE.equals(t);
        } catch (ReflectiveOperationException older) {
            return true;
        }
    }
}
