package dev.lectern.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * Reads a library file as text, refusing what cannot be an essay: files over {@link #MAX_BYTES},
 * binary files (a NUL byte). Invalid UTF-8 is decoded with replacement characters and reported,
 * so the rest of the file stays readable. Line endings are normalised to {@code \n}.
 */
public final class SourceText {
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    private SourceText() {
    }

    /** The file's text, or null when it must be skipped (the reason is added to {@code problems}). */
    public static String read(SourceFile f, List<Problem> problems) {
        if (f.size() > MAX_BYTES) {
            problems.add(new Problem(f.path(), 0, "skipped: " + f.size() / 1024 + " KB is larger than the "
                    + MAX_BYTES / 1024 / 1024 + " MB an essay may be"));
            return null;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f.file());
        } catch (IOException e) {
            problems.add(new Problem(f.path(), 0, "cannot be read: " + e.getMessage()));
            return null;
        }
        return decode(f, bytes, problems);
    }

    /** Decodes bytes already read from {@code f}; null when they are binary. */
    public static String decode(SourceFile f, byte[] bytes, List<Problem> problems) {
        for (byte b : bytes) {
            if (b == 0) {
                problems.add(new Problem(f.path(), 0, "skipped: a binary file, not Markdown"));
                return null;
            }
        }
        String text;
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            text = strict.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, StandardCharsets.UTF_8);
            int bad = text.indexOf('\uFFFD');
            int line = bad < 0 ? 0 : (int) text.substring(0, bad).chars().filter(c -> c == '\n').count() + 1;
            problems.add(new Problem(f.path(), line, "not valid UTF-8; bad bytes are shown as \uFFFD"));
        }
        if (text.indexOf('\r') >= 0) text = text.replace("\r\n", "\n").replace('\r', '\n');
        return text;
    }
}
