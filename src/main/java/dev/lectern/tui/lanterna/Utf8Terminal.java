package dev.lectern.tui.lanterna;

import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The process's terminal, writing text as UTF-8 whole (see {@link WholeUtf8}). Other charsets (a
 * non-UTF-8 locale) keep lanterna's own translation, which also maps box drawing to the VT100
 * line-drawing set.
 */
final class Utf8Terminal extends UnixTerminal implements WholeUtf8 {
    private final boolean utf8;
    /*
     * While lanterna's constructor takes the terminal it runs stty once per setting: -g, -icanon,
     * min 1, -echo, intr undef, five processes at 15-20 ms each before the first frame. The four
     * changes are collected here and sent as one stty when the constructor is done. Neither field
     * has an initializer: they are written during super(...), and an initializer would run after
     * it and wipe them.
     */
    private List<String> pendingStty;
    private boolean taken;

    Utf8Terminal(InputStream in, OutputStream out, Charset charset) throws IOException {
        super(in, out, charset, CtrlCBehaviour.TRAP);
        this.utf8 = StandardCharsets.UTF_8.equals(charset);
        taken = true;
        if (pendingStty != null) runSTTYCommand(pendingStty.toArray(String[]::new));
        pendingStty = null;
    }

    /** True when lanterna is still taking the terminal and the setting {@code args} is deferred. */
    private boolean deferred(String... args) {
        if (taken) return false;
        if (pendingStty == null) pendingStty = new ArrayList<>();
        pendingStty.addAll(List.of(args));
        return true;
    }

    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        if (enabled || !deferred("-icanon", "min", "1")) super.canonicalMode(enabled);
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) throws IOException {
        if (enabled || !deferred("-echo")) super.keyEchoEnabled(enabled);
    }

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
        if (enabled || !deferred("intr", "undef")) super.keyStrokeSignalsEnabled(enabled);
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
