package dev.lectern.tui.lanterna;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Input with Enter as LF. A tty in its usual mode turns the CR that the Enter key sends into LF;
 * an SSH channel hands over the raw CR, which lanterna's key profile does not read as Enter. A
 * CR LF pair (some clients send both) counts once.
 */
final class EnterAsNewline extends FilterInputStream {
    private boolean afterCr;

    EnterAsNewline(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        while (true) {
            int b = in.read();
            if (b == '\n' && afterCr) {
                afterCr = false;
                continue;
            }
            afterCr = b == '\r';
            return b == '\r' ? '\n' : b;
        }
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        if (len == 0) return 0;
        int n;
        int kept;
        do {
            n = in.read(buf, off, len);
            if (n <= 0) return n;
            kept = 0;
            for (int i = 0; i < n; i++) {
                byte b = buf[off + i];
                if (b == '\n' && afterCr) {
                    afterCr = false;
                    continue;
                }
                afterCr = b == '\r';
                buf[off + kept++] = b == '\r' ? (byte) '\n' : b;
            }
        } while (kept == 0); // a lone LF after a CR was all there was: read on rather than report 0
        return kept;
    }
}
