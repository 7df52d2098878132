package dev.lectern.tui.lanterna;

import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The process's terminal, writing text as UTF-8 whole (see {@link WholeUtf8}). Other charsets (a
 * non-UTF-8 locale) keep lanterna's own translation, which also maps box drawing to the VT100
 * line-drawing set.
 */
final class Utf8Terminal extends UnixTerminal implements WholeUtf8 {
    private final boolean utf8;

    Utf8Terminal(InputStream in, OutputStream out, Charset charset) throws IOException {
        super(in, out, charset, CtrlCBehaviour.TRAP);
        this.utf8 = StandardCharsets.UTF_8.equals(charset);
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
