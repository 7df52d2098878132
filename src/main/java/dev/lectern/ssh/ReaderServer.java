package dev.lectern.ssh;

import dev.lectern.app.LibraryIndex;
import dev.lectern.store.DataPaths;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;

/**
 * {@code lectern serve}: an SSH server whose only offer is the reader. Keys are checked against
 * the authorized readers; a signed-in connection may open a PTY shell, which runs the reader,
 * and nothing else: exec, subsystems (sftp), port, agent and X11 forwarding are refused, and
 * passwords are never asked for. The host key is generated on the first start and kept, so
 * clients see the same key every time.
 */
public final class ReaderServer implements AutoCloseable {
    private static final AttributeKey<Reader> READER = new AttributeKey<>();
    private static final AttributeKey<Long> CONNECTED = new AttributeKey<>();

    private final SshServer sshd;
    private final ReaderRoom room;
    private final AuthorizedReaders readers;
    private final String fingerprint;

    private ReaderServer(SshServer sshd, ReaderRoom room, AuthorizedReaders readers, String fingerprint) {
        this.sshd = sshd;
        this.room = room;
        this.readers = readers;
        this.fingerprint = fingerprint;
    }

    /** Starts listening; the library and index are shared by every reader. */
    public static ReaderServer start(LibraryIndex library, DataPaths paths, ServeOptions o, Clock clock)
            throws IOException {
        ConnectionLog log = new ConnectionLog(o.log(), clock);
        AuthorizedReaders readers = o.open() ? AuthorizedReaders.open(log) : AuthorizedReaders.fromFile(o.authorizedKeys(), log);
        Path hostKey = o.hostKey() != null ? o.hostKey() : paths.data().resolve("serve").resolve("host_key");
        String fp = hostKeyFingerprint(hostKey);
        ReaderRoom room = new ReaderRoom(library, paths, o, log, clock);

        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost(o.bind());
        sshd.setPort(o.port());
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(hostKey);
        keys.setAlgorithm(KeyUtils.EC_ALGORITHM);
        keys.setKeySize(256);
        sshd.setKeyPairProvider(keys);
        sshd.setPasswordAuthenticator(null);
        sshd.setKeyboardInteractiveAuthenticator(null);
        sshd.setGSSAuthenticator(null);
        sshd.setHostBasedAuthenticator(null);
        sshd.setPublickeyAuthenticator((user, key, session) -> {
            Optional<Reader> r = readers.lookup(key);
            r.ifPresent(reader -> session.setAttribute(READER, reader));
            return r.isPresent();
        });
        sshd.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        sshd.setAgentFactory(null);
        sshd.setSubsystemFactories(List.of());
        sshd.setCommandFactory((channel, command) -> new Refusal(
                "this server hosts the reader only, not commands: connect with `ssh -t -p " + o.port() + " HOST`"));
        sshd.setShellFactory(channel -> {
            Reader r = channel.getSession().getAttribute(READER);
            if (r == null || !channel.getSession().isAuthenticated()) return new Refusal("not signed in");
            return new ReaderShell(room, r);
        });
        CoreModuleProperties.AUTH_TIMEOUT.set(sshd, Duration.ofSeconds(30));
        // lectern's own idle check warns first; this is the backstop for a connection without a reader
        CoreModuleProperties.IDLE_TIMEOUT.set(sshd, o.idle().plusMinutes(2));
        CoreModuleProperties.WAIT_FOR_SPACE_TIMEOUT.set(sshd, Duration.ofSeconds(30));
        CoreModuleProperties.MAX_AUTH_REQUESTS.set(sshd, 10);
        // a keystroke and its frame are small packets: send them at once, as OpenSSH does for a PTY
        CoreModuleProperties.TCP_NODELAY.set(sshd, true);
        CoreModuleProperties.SERVER_IDENTIFICATION.set(sshd, "lectern");
        sshd.addSessionListener(new SessionListener() {
            @Override
            public void sessionCreated(org.apache.sshd.common.session.Session s) {
                s.setAttribute(CONNECTED, System.nanoTime());
                log.event("connect " + remote(s));
            }

            @Override
            public void sessionClosed(org.apache.sshd.common.session.Session s) {
                Long t = s.getAttribute(CONNECTED);
                long secs = t == null ? 0 : (System.nanoTime() - t) / 1_000_000_000L;
                Reader r = s.getAttribute(READER);
                boolean in = s instanceof ServerSession ss && ss.isAuthenticated();
                log.event((in && r != null ? "disconnect " + r.label() : "refused (no authorized key) ")
                        + " " + remote(s) + " after " + secs + " s");
            }
        });
        sshd.start();
        return new ReaderServer(sshd, room, readers, fp);
    }

    private static String remote(org.apache.sshd.common.session.Session s) {
        SocketAddress a = s.getIoSession() == null ? null : s.getIoSession().getRemoteAddress();
        return a == null ? "?" : a.toString().replaceFirst("^/", "");
    }

    /** Generates the host key on first use (owner-only) and returns its SHA-256 fingerprint. */
    private static String hostKeyFingerprint(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        SimpleGeneratorHostKeyProvider p = new SimpleGeneratorHostKeyProvider(file);
        p.setAlgorithm(KeyUtils.EC_ALGORITHM);
        p.setKeySize(256);
        KeyPair kp;
        try {
            kp = p.loadKeys(null).iterator().next();
        } catch (RuntimeException e) {
            throw new IOException("cannot read or create the host key " + file + ": " + e.getMessage(), e);
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's own permissions apply
        }
        return KeyUtils.getFingerPrint(kp.getPublic());
    }

    public int port() {
        return sshd.getPort();
    }

    public String hostKeyFingerprint() {
        return fingerprint;
    }

    /** A sentence for the operator: where it listens, the host key, who may come in. */
    public String banner() {
        return "lectern serve: listening on " + sshd.getHost() + ":" + port() + "; host key " + fingerprint + "; "
                + (readers.isOpen() ? "open to any key" : readers.size() + " authorized key" + (readers.size() == 1 ? "" : "s"))
                + "; snippets " + (room.options().allowRun() ? "run" : "do not run");
    }

    /** Readers connected right now. */
    public int readers() {
        return room.count();
    }

    @Override
    public void close() throws IOException {
        room.close();
        sshd.stop(true);
    }
}
