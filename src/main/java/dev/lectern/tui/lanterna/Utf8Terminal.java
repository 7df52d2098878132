package dev.lectern.tui.lanterna;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * The process's terminal, writing text as UTF-8 whole (see {@link WholeUtf8}). Other charsets (a
 * non-UTF-8 locale) keep lanterna's own translation, which also maps box drawing to the VT100
 * line-drawing set. The line discipline is a {@link Tty}'s, not lanterna's stty processes.
 */
final class Utf8Terminal extends UnixTerminal implements WholeUtf8 {
    private final boolean utf8;
    /*
     * lanterna's constructor takes the terminal through the overrides below, before this class's
     * fields are set: they do nothing then, and the constructor takes it through the Tty once
     * super(...) is done. The field has no initializer, which would run after super(...) too.
     */
    private volatile Tty tty;

    /** {@code tty} is asked for the line discipline once lanterna's own set-up is done. */
    Utf8Terminal(InputStream in, OutputStream out, Charset charset, Callable<Tty> tty) throws Exception {
        super(in, out, charset, CtrlCBehaviour.TRAP);
        this.utf8 = StandardCharsets.UTF_8.equals(charset);
        Tty taking = tty.call();
        taking.take();
        this.tty = taking;
    }

    /*
     * lanterna registers for SIGWINCH through reflection and a proxy class, ~15 ms before the
     * first frame; here that runs on a thread of its own, which then asks the size once, so a
     * resize while it ran is not missed. (Before it is taken, the screen's start reads the size.)
     */
    @Override
    protected void registerTerminalResizeListener(Runnable onResize) {
        Thread t = new Thread(() -> {
            try {
                super.registerTerminalResizeListener(onResize);
            } catch (IOException ignored) {
                // lanterna's own registration swallows its failures; without it, sizes are read at start only
            }
            Tty now = tty;
            // a size from the kernel is cheap; lanterna's own probe (stty's case) would race the screen's
            if (now != null && now.size() != null) onResize.run();
        }, "lectern-resize-signal");
        t.setDaemon(true);
        t.start();
    }

    @Override
    protected void saveTerminalSettings() {
        // taken in the constructor
    }

    @Override
    protected void restoreTerminalSettings() throws IOException {
        if (tty != null) tty.giveBack();
    }

    @Override
    protected void canonicalMode(boolean enabled) {
        // set by Tty.take, given back by Tty.giveBack
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) {
        // set by Tty.take, given back by Tty.giveBack
    }

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) {
        // lanterna would set intr to ^C after giving the settings back; the user's own, given back, stays
    }

    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        TerminalSize s = tty == null ? null : tty.size();
        return s != null ? s : super.findTerminalSize();
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
