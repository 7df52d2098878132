package dev.lectern.tui.lanterna;

import com.googlecode.lanterna.TerminalSize;
import java.io.IOException;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.nativ.CLibrary;

/**
 * Standard input's terminal read and set with the TCGETS/TCSETSW ioctls and measured with
 * TIOCGWINSZ, through jline's small native library (install.sh puts it beside the jar; without
 * that, jline copies it to the temporary folder at each start). No process is started: lanterna's
 * stty calls cost ~40 ms of the reader's first frame, and asking the terminal its size (a cursor
 * report) costs a round trip, over SSH a long one.
 *
 * <p>The kernel's {@code struct termios} travels as its raw 36 bytes rather than through jline's
 * Termios class, whose conversion leaves the line-discipline byte uninitialised: given back that
 * way, a terminal kept a random {@code line = 226}. Raw bytes are given back exactly as read.
 * The layout and numbers are those of Linux on x86-64 and ARM64 (asm-generic/termbits.h, little
 * endian); anywhere else {@link SttyTty} does the same through stty.
 */
final class NativeTty implements Tty {
    private static final Set<String> ARCHES = Set.of("amd64", "x86_64", "aarch64");
    private static final long TCGETS = 0x5401;
    private static final long TCSETSW = 0x5403; // after output drains, as stty does
    private static final int LFLAG = 3; // the fourth int: c_iflag, c_oflag, c_cflag, c_lflag
    private static final int ICANON = 0x2;
    private static final int ECHO = 0x8;
    private static final int CC = 17; // c_cc's byte offset, after the four flags and c_line
    private static final int VINTR = 0;
    private static final int VMIN = 6;
    private static final int DISABLED = 0; // _POSIX_VDISABLE

    private static final int STDIN = 0;
    private int[] saved;

    private NativeTty() {
    }

    /** The terminal on standard input, or null when there is none or the native library cannot load. */
    static NativeTty onStandardInput() {
        if (!supported()) return null;
        try {
            return isatty() ? new NativeTty() : null;
        } catch (LinkageError | RuntimeException noLibrary) {
            return null; // no library for this machine, or no writable temporary folder: stty does it
        }
    }

    /**
     * Whether standard input is a terminal, loading the library on first use. jline's loader
     * reports a library it cannot load as a warning on stderr, which would be left under the
     * reader's screen; stty takes over then, so the loader is kept quiet while it runs.
     */
    private static boolean isatty() {
        Logger jline = Logger.getLogger("org.jline");
        Level before = jline.getLevel();
        jline.setLevel(Level.OFF);
        try {
            return CLibrary.isatty(STDIN) == 1;
        } finally {
            jline.setLevel(before);
        }
    }

    /** Loads the library and the classes a start at a terminal uses, terminal or not: for install.sh's training run. */
    static void warmUp() {
        if (!supported()) return;
        onStandardInput();
        new NativeTty().size(); // without a terminal (or the library) it says null, having loaded the window-size class
    }

    private static boolean supported() {
        return "Linux".equals(System.getProperty("os.name")) && ARCHES.contains(System.getProperty("os.arch"));
    }

    @Override
    public void take() throws IOException {
        int[] now = new int[9];
        check(CLibrary.ioctl(STDIN, TCGETS, now), "TCGETS");
        saved = now.clone();
        now[LFLAG] &= ~(ICANON | ECHO);
        setByte(now, CC + VMIN, 1);
        setByte(now, CC + VINTR, DISABLED);
        check(CLibrary.ioctl(STDIN, TCSETSW, now), "TCSETSW");
    }

    @Override
    public void giveBack() throws IOException {
        if (saved != null) check(CLibrary.ioctl(STDIN, TCSETSW, saved.clone()), "TCSETSW");
    }

    @Override
    public TerminalSize size() {
        CLibrary.WinSize ws = new CLibrary.WinSize();
        try {
            if (CLibrary.ioctl(STDIN, CLibrary.TIOCGWINSZ, ws) != 0) return null;
        } catch (LinkageError | RuntimeException e) {
            return null;
        }
        // a pty nobody sized (some CI runners, script(1) without a terminal) says 0x0
        return ws.ws_col > 0 && ws.ws_row > 0 ? new TerminalSize(ws.ws_col, ws.ws_row) : null;
    }

    /** Sets byte {@code offset} of the struct held little-endian in {@code raw}. */
    static void setByte(int[] raw, int offset, int value) {
        int shift = (offset % 4) * 8;
        raw[offset / 4] = (raw[offset / 4] & ~(0xff << shift)) | ((value & 0xff) << shift);
    }

    private static void check(int result, String call) throws IOException {
        if (result != 0) throw new IOException(call + " failed on the terminal (" + result + ")");
    }
}
