package dev.lectern.tui.lanterna;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The terminal's output without NUL bytes. lanterna 3.1.5 encodes each character with
 * {@code Charset.encode(..).array()}, whose backing array can be longer than the encoding, so a
 * two-byte UTF-8 character (é, β, ·) is followed by a stray NUL. lectern never sends NUL itself
 * (content is sanitised), so dropping them is safe and saves a byte per such character.
 */
final class NulFreeOutput extends FilterOutputStream {
    NulFreeOutput(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        if (b != 0) out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int start = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            if (b[i] == 0) {
                if (i > start) out.write(b, start, i - start);
                start = i + 1;
            }
        }
        if (end > start) out.write(b, start, end - start);
    }
}
