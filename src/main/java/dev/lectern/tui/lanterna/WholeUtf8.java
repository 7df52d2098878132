package dev.lectern.tui.lanterna;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A terminal that writes text as UTF-8 whole. lanterna 3.1.5 encodes one UTF-16 unit at a time:
 * a character outside the Basic Multilingual Plane (the math letters 𝔼, 𝐱 that essays use) comes
 * out as "??" and shifts the rest of its line, and a two-byte character is followed by a stray
 * NUL. The process's own terminal and a remote one (over SSH) both fix it the same way.
 */
interface WholeUtf8 {
    /** Whether whole strings reach the terminal as UTF-8 (so a cluster can be written in one go). */
    boolean writesUtf8();

    /** Writes raw bytes to the terminal (lanterna's {@code writeToTerminal}). */
    void writeBytes(byte[] bytes) throws IOException;

    /** Writes a string whole as UTF-8; false when this terminal uses another charset. */
    default boolean putUtf8(String s) throws IOException {
        if (!writesUtf8()) return false;
        writeBytes(s.getBytes(StandardCharsets.UTF_8));
        return true;
    }
}
