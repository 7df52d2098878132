package dev.lectern.tui.lanterna;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A terminal at the other end of a pair of streams (an SSH channel): there is no tty to ask, so
 * the size is the one the client announced (its PTY request, then each window change), and
 * {@code stty} never runs.
 */
final class StreamTerminal extends ANSITerminal implements WholeUtf8 {
    private final boolean utf8;
    private volatile TerminalSize size;

    StreamTerminal(InputStream in, OutputStream out, Charset charset, int columns, int rows) {
        super(new EnterAsNewline(in), out, charset);
        this.utf8 = StandardCharsets.UTF_8.equals(charset);
        this.size = new TerminalSize(columns, rows);
    }

    /** The client's window changed. */
    void resize(int columns, int rows) {
        size = new TerminalSize(columns, rows);
        onResized(size);
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size;
    }

    @Override
    public boolean writesUtf8() {
        return utf8;
    }

    @Override
    public void writeBytes(byte[] bytes) throws IOException {
        writeToTerminal(bytes);
    }

    @Override
    public void putCharacter(char c) throws IOException {
        if (!putUtf8(String.valueOf(c))) super.putCharacter(c);
    }

    @Override
    public void putString(String s) throws IOException {
        if (!putUtf8(s)) super.putString(s);
    }
}
