package dev.lectern.tui.lanterna;

import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The process's terminal, writing text as UTF-8 whole. lanterna 3.1.5 encodes one UTF-16 unit at
 * a time: a character outside the Basic Multilingual Plane (the math letters 𝔼, 𝐱 that essays
 * use) comes out as "??" and shifts the rest of its line, and a two-byte character is followed by
 * a stray NUL. Other charsets (a non-UTF-8 locale) keep lanterna's own translation, which also
 * maps box drawing to the VT100 line-drawing set.
 */
final class Utf8Terminal extends UnixTerminal {
    private final boolean utf8;

    Utf8Terminal(InputStream in, OutputStream out, Charset charset) throws IOException {
        super(in, out, charset, CtrlCBehaviour.TRAP);
        this.utf8 = StandardCharsets.UTF_8.equals(charset);
    }

    /** Whether whole strings reach the terminal as UTF-8 (so a cluster can be written in one go). */
    boolean writesUtf8() {
        return utf8;
    }

    @Override
    public void putCharacter(char c) throws IOException {
        if (utf8) writeToTerminal(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        else super.putCharacter(c);
    }

    @Override
    public void putString(String s) throws IOException {
        if (utf8) writeToTerminal(s.getBytes(StandardCharsets.UTF_8));
        else super.putString(s);
    }
}
