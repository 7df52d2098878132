package dev.lectern.tui.lanterna;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** An ANSI terminal of a fixed size whose output is kept, to count and inspect what is sent. */
public final class ByteCountingTerminal extends ANSITerminal {
    private final ByteArrayOutputStream out;
    private final TerminalSize size;

    private ByteCountingTerminal(ByteArrayOutputStream out, int width, int height) {
        super(new ByteArrayInputStream(new byte[0]), out, StandardCharsets.UTF_8);
        this.out = out;
        this.size = new TerminalSize(width, height);
    }

    public static ByteCountingTerminal of(int width, int height) {
        return new ByteCountingTerminal(new ByteArrayOutputStream(), width, height);
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size;
    }

    /** Everything sent since the last call, and forget it. */
    public synchronized String take() {
        String s = out.toString(StandardCharsets.UTF_8);
        out.reset();
        return s;
    }
}
