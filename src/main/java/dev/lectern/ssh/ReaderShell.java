package dev.lectern.ssh;

import dev.lectern.app.Session;
import dev.lectern.app.TerminalFacts;
import dev.lectern.text.Theme;
import dev.lectern.tui.lanterna.RemoteReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * One reader's shell channel: the full-screen reader on the channel's streams, sized by the
 * client's PTY request and resized on each window change, with this reader's own study data. It
 * runs on a thread of its own, so a slow or silent client holds up nobody else; when the client
 * goes, its input ends, the reader finishes its last study write and the thread ends.
 */
final class ReaderShell implements Command {
    private final ReaderRoom room;
    private final Reader reader;
    private InputStream in;
    private OutputStream out;
    private ExitCallback exit;
    private volatile ChannelSession channel;
    private volatile RemoteReader remote;
    private volatile long lastInput = System.nanoTime();
    private volatile boolean warned;
    private Thread thread;

    ReaderShell(ReaderRoom room, Reader reader) {
        this.room = room;
        this.reader = reader;
    }

    @Override
    public void start(ChannelSession channel, Environment env) throws IOException {
        this.channel = channel;
        Map<String, String> e = env.getEnv();
        int cols = number(e.get(Environment.ENV_COLUMNS));
        int rows = number(e.get(Environment.ENV_LINES));
        if (cols <= 0 || rows <= 0) {
            refuse("this server shows a full-screen reader: connect from a terminal (ssh -t)");
            return;
        }
        String full = room.admit(this);
        if (full != null) {
            refuse(full);
            return;
        }
        boolean unicode = TerminalFacts.utf8Locale(e).orElse(true);
        boolean mono = e.containsKey("NO_COLOR") || "dumb".equals(e.get(Environment.ENV_TERM));
        int colors = mono ? 0 : TerminalFacts.colors(e);
        Theme theme = Theme.builtIn(mono ? "mono" : "dark");
        RemoteReader r = new RemoteReader(new Touching(in), out, unicode, clamp(cols), clamp(rows));
        remote = r;
        env.addSignalListener((ch, signal) -> {
            Map<String, String> now = env.getEnv();
            r.resize(clamp(number(now.get(Environment.ENV_COLUMNS))), clamp(number(now.get(Environment.ENV_LINES))));
        }, Signal.WINCH);
        thread = new Thread(() -> run(r, theme, colors), "lectern-reader-" + reader.folder().substring(7, 15));
        thread.setDaemon(true);
        thread.start();
    }

    private void run(RemoteReader r, Theme theme, int colors) {
        long started = System.nanoTime();
        int code = 0;
        String error = null;
        try (Session session = new Session(room.library(), room.pathsFor(reader), room.clock())) {
            error = r.run(session, theme, colors, room.options().allowRun(), reader.name());
        } catch (Exception ex) {
            // a write to a client that has gone is how most readers leave: not an error
            ChannelSession c = channel;
            if (c == null || c.isOpen() && !c.isClosing()) {
                error = ex.toString();
                code = 1;
            }
        } finally {
            room.leave(this, (System.nanoTime() - started) / 1_000_000_000L, error);
            exit.onExit(code);
        }
    }

    private void refuse(String message) throws IOException {
        out.write(("lectern: " + message + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        room.log().event("refused " + reader.label() + ": " + message);
        exit.onExit(1, message);
    }

    Reader reader() {
        return reader;
    }

    /** Seconds since the reader last pressed a key. */
    long idleSeconds() {
        return (System.nanoTime() - lastInput) / 1_000_000_000L;
    }

    /** The idle warning, once per idle spell. */
    void warn(String text) {
        if (warned) return;
        warned = true;
        RemoteReader r = remote;
        if (r != null) r.notice(text);
    }

    /** Ends the connection (idle too long, or the server stopping). */
    void hangUp() {
        ChannelSession c = channel;
        if (c != null) c.close(false);
    }

    @Override
    public void destroy(ChannelSession channel) throws Exception {
        // the channel is gone: end the reader's input so it saves and stops
        in.close();
    }

    /** Waits for the reader's thread (after a hang-up), for tests and a clean stop. */
    void join(long millis) throws InterruptedException {
        Thread t = thread;
        if (t != null) t.join(millis);
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // the reader draws on stdout; a PTY merges the two anyway
    }

    private static int number(String s) {
        if (s == null) return 0;
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A size the reader can lay out: tiny or absurd PTY sizes are held to sane bounds. */
    private static int clamp(int n) {
        return Math.max(10, Math.min(n, 1000));
    }

    /** The channel's input, noting when the reader last sent anything (for the idle timeout). */
    private final class Touching extends FilterInputStream {
        Touching(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            touched();
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = in.read(buf, off, len);
            if (n > 0) touched();
            return n;
        }

        private void touched() {
            lastInput = System.nanoTime();
            warned = false;
        }
    }
}
