package dev.lectern.ssh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.EnumSet;
import java.util.function.Predicate;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;

/**
 * A reader at the far end of an SSH connection, for tests: MINA's own client signs in with a key,
 * opens a PTY shell of a given size, types, and reads what the server drew (with the escape
 * sequences, and as plain text).
 */
final class SshReaderClient implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(20);

    private final SshClient client;
    final ClientSession session;
    private ChannelShell shell;
    private PipedOutputStream keys;
    private final Bytes out = new Bytes();

    private SshReaderClient(SshClient client, ClientSession session) {
        this.client = client;
        this.session = session;
    }

    static KeyPair newKey() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    /** Connects and signs in; throws when the server refuses the key. */
    static SshReaderClient connect(int port, KeyPair key) throws IOException {
        SshClient c = SshClient.setUpDefaultClient();
        c.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        c.start();
        try {
            ClientSession s = c.connect("reader", "127.0.0.1", port).verify(WAIT).getSession();
            s.addPublicKeyIdentity(key);
            s.auth().verify(WAIT);
            return new SshReaderClient(c, s);
        } catch (IOException | RuntimeException e) {
            c.stop();
            throw e;
        }
    }

    /** Opens the shell channel with a PTY of this size. */
    SshReaderClient shell(int columns, int rows) throws IOException {
        shell = session.createShellChannel();
        shell.setPtyType("xterm-256color");
        shell.setPtyColumns(columns);
        shell.setPtyLines(rows);
        shell.setEnv("LANG", "C.UTF-8");
        keys = new PipedOutputStream();
        shell.setIn(new PipedInputStream(keys, 4096));
        shell.setOut(out);
        shell.setErr(out);
        shell.open().verify(WAIT);
        return this;
    }

    void type(String s) throws IOException {
        keys.write(s.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    void resize(int columns, int rows) throws IOException {
        shell.sendWindowChange(columns, rows);
    }

    /** Everything the server sent so far. */
    String raw() {
        return out.text();
    }

    /** Bytes received so far. */
    int received() {
        return out.size();
    }

    /** What the server sent, without escape sequences (text runs stay together). */
    String text() {
        return plain(raw());
    }

    static String plain(String s) {
        return s.replaceAll("\u001b\\[[0-9;?]*[ -/]*[@-~]", " ").replaceAll("\u001b[()][0-9A-B]", "")
                .replaceAll("\u001b[=>78]", "");
    }

    /** Waits until the text so far satisfies the test; fails with what arrived when it never does. */
    String await(Predicate<String> test, String what) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            String t = text();
            if (test.test(t)) return t;
            Thread.sleep(20);
        }
        throw new AssertionError("never saw " + what + "; got:\n" + text());
    }

    String awaitText(String needle) throws InterruptedException {
        return await(t -> t.contains(needle), "`" + needle + "`");
    }

    /** Waits for the shell channel to close (the reader quit or was hung up). */
    boolean awaitClosed() {
        return !shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT).contains(ClientChannelEvent.TIMEOUT);
    }

    Integer exitStatus() {
        return shell.getExitStatus();
    }

    /** Drops the connection at once, as a vanished client would. */
    void drop() throws IOException {
        session.close(true);
    }

    @Override
    public void close() throws IOException {
        try {
            session.close(true);
        } finally {
            client.stop();
        }
    }

    /** A thread-safe sink for the channel's output. */
    private static final class Bytes extends OutputStream {
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            buf.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            buf.write(b, off, len);
        }

        synchronized String text() {
            return buf.toString(StandardCharsets.UTF_8);
        }

        synchronized int size() {
            return buf.size();
        }
    }
}
