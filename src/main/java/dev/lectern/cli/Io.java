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
     * Whether the process's stdin and stdout are a terminal. Where /proc names what they are
     * (Linux), from there: the console's answer costs a cold start about 14 ms (the console's own
     * set-up, and on Java 22+ a reflective {@code isTerminal} call, the release target being 17).
     * Elsewhere from the console: Java 17–21 give one only for a terminal; Java 22+ give one even
     * when redirected, and say through {@code isTerminal}.
     */
    static boolean consoleIsTerminal() {
        Boolean proc = terminalByProc();
        return proc != null ? proc : consoleSaysTerminal();
    }

    /** From the targets of /proc/self/fd/0 and 1; null when /proc does not say. */
    static Boolean terminalByProc() {
        try {
            java.nio.file.Path in = java.nio.file.Path.of("/proc/self/fd/0");
            java.nio.file.Path out = java.nio.file.Path.of("/proc/self/fd/1");
            if (!java.nio.file.Files.isSymbolicLink(out) || !java.nio.file.Files.isSymbolicLink(in)) return null;
            return isTerminalDevice(java.nio.file.Files.readSymbolicLink(in).toString())
                    && isTerminalDevice(java.nio.file.Files.readSymbolicLink(out).toString());
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /** A device path that is a terminal: a pseudo-terminal, a console or serial tty, the controlling terminal. */
    static boolean isTerminalDevice(String path) {
        return path.startsWith("/dev/pts/") || path.startsWith("/dev/tty") || path.equals("/dev/console");
    }

    static boolean consoleSaysTerminal() {
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
