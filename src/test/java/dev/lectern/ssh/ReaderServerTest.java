package dev.lectern.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.Fixtures;
import dev.lectern.app.LibraryIndex;
import dev.lectern.store.DataPaths;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lectern serve} against MINA's own SSH client: who gets in, what they may open, what is kept. */
class ReaderServerTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    private ReaderServer server;
    private LibraryIndex library;
    private KeyPair alice;
    private KeyPair bob;

    ReaderServer start(boolean open, int maxSessions, Duration idle) throws Exception {
        Fixtures.library(dir.resolve("lib"));
        alice = SshReaderClient.newKey();
        bob = SshReaderClient.newKey();
        Path keys = Files.writeString(dir.resolve("authorized_keys"),
                "# readers\n" + PublicKeyEntry.toString(alice.getPublic()) + " alice@example\n"
                        + PublicKeyEntry.toString(bob.getPublic()) + " bob\n");
        DataPaths paths = DataPaths.resolve(dir.resolve("data"), Map.of());
        library = new LibraryIndex(dir.resolve("lib"), paths);
        library.library();
        ServeOptions o = new ServeOptions("127.0.0.1", 0, null, open ? null : keys, open, false, maxSessions, 2, idle,
                new PrintStream(logBytes, true, StandardCharsets.UTF_8));
        server = ReaderServer.start(library, paths, o, Clock.systemUTC());
        return server;
    }

    ReaderServer start() throws Exception {
        return start(false, 64, Duration.ofMinutes(30));
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) server.close();
        if (library != null) library.close();
    }

    String log() {
        return logBytes.toString(StandardCharsets.UTF_8);
    }

    Path studyFile(KeyPair key) {
        return dir.resolve("data/readers").resolve(new Reader(KeyUtils.getFingerPrint(key.getPublic()), null).folder())
                .resolve("study.db");
    }

    static int rows(Path db, String sql) throws Exception {
        if (!Files.exists(db)) return 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); ResultSet r = c.createStatement().executeQuery(sql)) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    @Test
    void anAuthorizedKeyLandsOnHomeWithItsNameAndAnUnknownKeyIsRefused() throws Exception {
        start();
        try (SshReaderClient c = SshReaderClient.connect(server.port(), alice).shell(100, 30)) {
            String home = c.awaitText("Basics");
            assertTrue(home.contains("Test Library"), home);
            assertTrue(home.contains("alice@example"), home);
        }
        assertThrows(Exception.class, () -> SshReaderClient.connect(server.port(), SshReaderClient.newKey()).close());
        awaitLog("refused (no authorized key)");
        assertTrue(server.banner().contains("2 authorized keys"), server.banner());
    }

    @Test
    void aKeyAddedToAuthorizedKeysGetsInWithoutARestart() throws Exception {
        start();
        KeyPair carol = SshReaderClient.newKey();
        assertThrows(Exception.class, () -> SshReaderClient.connect(server.port(), carol).close());
        Files.writeString(dir.resolve("authorized_keys"), PublicKeyEntry.toString(carol.getPublic()) + " carol\n",
                java.nio.file.StandardOpenOption.APPEND);
        try (SshReaderClient c = SshReaderClient.connect(server.port(), carol).shell(80, 24)) {
            assertTrue(c.awaitText("Basics").contains("carol"));
        }
    }

    @Test
    void execSftpAndPortForwardingAreRefused() throws Exception {
        start();
        try (SshReaderClient c = SshReaderClient.connect(server.port(), alice)) {
            ChannelExec exec = c.session.createExecChannel("cat /etc/passwd");
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            exec.setErr(err);
            exec.setOut(new ByteArrayOutputStream());
            exec.open().verify(SshReaderClient.WAIT);
            exec.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), SshReaderClient.WAIT);
            assertEquals(1, exec.getExitStatus());
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("hosts the reader only"), err.toString());

            var sftp = c.session.createSubsystemChannel("sftp");
            ByteArrayOutputStream sftpOut = new ByteArrayOutputStream();
            sftp.setOut(sftpOut);
            sftp.setErr(new ByteArrayOutputStream());
            try {
                sftp.open().verify(SshReaderClient.WAIT);
            } catch (Exception refusedAtOpen) {
                // refused outright: fine too
            }
            // the subsystem request fails and the channel closes without a byte of sftp
            assertFalse(sftp.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), SshReaderClient.WAIT)
                    .contains(ClientChannelEvent.TIMEOUT), "the sftp channel stays open");
            assertEquals(0, sftpOut.size());
            assertThrows(Exception.class, () -> c.session.createDirectTcpipChannel(new SshdSocketAddress("127.0.0.1", 0),
                    new SshdSocketAddress("127.0.0.1", 22)).open().verify(SshReaderClient.WAIT));
        }
    }

    @Test
    void eachKeyKeepsItsOwnProgressAndComesBackToItsPlace() throws Exception {
        start();
        try (SshReaderClient a = SshReaderClient.connect(server.port(), alice).shell(100, 30)) {
            a.awaitText("Basics");
            a.type("\r"); // the track
            a.awaitText("0 of 2 read");
            a.type("\r"); // its first essay
            a.awaitText("divides by the sum");
            a.type("q");
            a.type("q");
            a.type("q");
            assertTrue(a.awaitClosed(), a.text());
        }
        awaitNoReaders();
        assertEquals(1, rows(studyFile(alice), "SELECT count(*) FROM essay_state WHERE last_opened IS NOT NULL"));
        try (SshReaderClient a = SshReaderClient.connect(server.port(), alice).shell(100, 30)) {
            assertTrue(a.awaitText("Continue reading").contains("The Softmax Function"));
        }
        try (SshReaderClient b = SshReaderClient.connect(server.port(), bob).shell(100, 30)) {
            String home = b.awaitText("Basics");
            assertFalse(home.contains("Continue reading"), home);
        }
        awaitNoReaders();
        assertEquals(0, rows(studyFile(bob), "SELECT count(*) FROM essay_state"));
    }

    @Test
    void aWindowChangeRedrawsTheReaderAtTheNewWidth() throws Exception {
        start();
        try (SshReaderClient c = SshReaderClient.connect(server.port(), alice).shell(120, 30)) {
            c.awaitText("Basics");
            assertTrue(maxColumn(c.raw()) > 60, "drawn across 120 columns at first");
            int before = c.raw().length();
            c.resize(50, 20);
            c.await(t -> c.raw().length() > before + 200, "a redraw");
            Thread.sleep(300);
            String after = c.raw().substring(before);
            assertTrue(maxColumn(after) <= 50, "redrawn within 50 columns: max " + maxColumn(after));
            assertTrue(maxRow(after) <= 20, "redrawn within 20 rows: max " + maxRow(after));
        }
    }

    @Test
    void theReaderFitsEveryTerminalFrom40x12To300x80() throws Exception {
        start();
        for (int[] size : new int[][] {{40, 12}, {80, 24}, {300, 80}}) {
            try (SshReaderClient c = SshReaderClient.connect(server.port(), alice).shell(size[0], size[1])) {
                c.awaitText("Basics");
                Thread.sleep(200);
                assertTrue(maxColumn(c.raw()) <= size[0], size[0] + " columns: drawn to " + maxColumn(c.raw()));
                assertTrue(maxRow(c.raw()) <= size[1], size[1] + " rows: drawn to " + maxRow(c.raw()));
            }
        }
    }

    @Test
    void aClientThatVanishesMidReadLosesNoWriteAndLeavesNoThread() throws Exception {
        start();
        try (SshReaderClient a = SshReaderClient.connect(server.port(), alice).shell(80, 24)) {
            a.awaitText("Basics");
            a.type("\r");
            a.awaitText("0 of 2 read");
            a.type("\r");
            a.awaitText("divides by the sum");
            a.type("m"); // mark read: a study write in flight
            a.drop();
        }
        awaitNoReaders();
        for (int i = 0; i < 100 && readerThreads() > 0; i++) Thread.sleep(50);
        assertEquals(0, readerThreads(), "reader threads left behind");
        assertEquals(1, rows(studyFile(alice), "SELECT count(*) FROM essay_state WHERE last_opened IS NOT NULL"));
        assertTrue(log().contains("out after"), log());
    }

    @Test
    void theRoomTurnsReadersAwayWhenFullAndWarnsThenDisconnectsTheIdle() throws Exception {
        start(true, 1, Duration.ofSeconds(4));
        try (SshReaderClient first = SshReaderClient.connect(server.port(), alice).shell(80, 24)) {
            first.awaitText("Basics");
            try (SshReaderClient second = SshReaderClient.connect(server.port(), bob).shell(80, 24)) {
                assertTrue(second.awaitText("reading places are taken").contains("try again"));
                assertTrue(second.awaitClosed());
            }
            first.awaitText("idle: this connection closes");
            assertTrue(first.awaitClosed(), "hung up after the idle timeout");
        }
        awaitLog("idle for");
    }

    @Test
    void snippetsDoNotRunOnTheServerUnlessItsOperatorAllowsThem() throws Exception {
        start();
        try (dev.lectern.app.Session s = new dev.lectern.app.Session(library, DataPaths.resolve(dir.resolve("r"), Map.of()),
                Clock.systemUTC())) {
            var refused = new dev.lectern.tui.SessionEffects(s, true, false).runSnippet("softmax", 1, dev.lectern.tui.Command.Consent.NOT_ASKED);
            assertTrue(refused.summary().contains("do not run on this server"), refused.summary());
            assertEquals("", refused.output());
        }
    }

    /** The log is written as sessions close, on the server's threads: wait for the line. */
    private void awaitLog(String text) throws InterruptedException {
        for (int i = 0; i < 200 && !log().contains(text); i++) Thread.sleep(25);
        assertTrue(log().contains(text), log());
    }

    private void awaitNoReaders() throws InterruptedException {
        for (int i = 0; i < 200 && server.readers() > 0; i++) Thread.sleep(25);
        assertEquals(0, server.readers());
    }

    private static long readerThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(t -> t.getName().startsWith("lectern-reader-") || t.getName().startsWith("lectern-input")
                        || t.getName().startsWith("lectern-store"))
                .count();
    }

    private static final Pattern CUP = Pattern.compile("\u001b\\[(\\d+);(\\d+)H");

    private static int maxColumn(String raw) {
        int max = 0;
        for (Matcher m = CUP.matcher(raw); m.find(); ) max = Math.max(max, Integer.parseInt(m.group(2)));
        return max;
    }

    private static int maxRow(String raw) {
        int max = 0;
        for (Matcher m = CUP.matcher(raw); m.find(); ) max = Math.max(max, Integer.parseInt(m.group(1)));
        return max;
    }

}
