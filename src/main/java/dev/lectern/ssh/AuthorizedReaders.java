package dev.lectern.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * The keys allowed in: an OpenSSH authorized_keys file, read again whenever it changes (so an
 * operator adds a reader without a restart), or any key at all in an open reading room. A file
 * that cannot be read lets nobody in until it is fixed, and says why in the log.
 */
final class AuthorizedReaders {
    private final Path file;
    private final ConnectionLog log;
    private List<Allowed> allowed = List.of();
    private FileTime readAt;
    private long readSize = -1;

    private record Allowed(PublicKey key, String comment) {
    }

    private AuthorizedReaders(Path file, ConnectionLog log) {
        this.file = file;
        this.log = log;
    }

    /** Any key gets in (a public reading room); the reader has no name. */
    static AuthorizedReaders open(ConnectionLog log) {
        return new AuthorizedReaders(null, log);
    }

    /** Keys from an authorized_keys file; the file is read now, so a broken one fails the start. */
    static AuthorizedReaders fromFile(Path file, ConnectionLog log) throws IOException {
        AuthorizedReaders a = new AuthorizedReaders(file, log);
        a.reload(true);
        return a;
    }

    boolean isOpen() {
        return file == null;
    }

    int size() {
        return allowed.size();
    }

    /** The reader this key belongs to, or empty when it may not come in. */
    synchronized Optional<Reader> lookup(PublicKey key) {
        String fp = KeyUtils.getFingerPrint(key);
        if (file == null) return Optional.of(new Reader(fp, null));
        try {
            reload(false);
        } catch (IOException e) {
            log.event("authorized keys " + file + " unreadable: " + e.getMessage() + "; nobody gets in until it is fixed");
            allowed = List.of();
            readAt = null;
        }
        for (Allowed a : allowed) {
            if (KeyUtils.compareKeys(a.key(), key)) return Optional.of(new Reader(fp, name(a.comment())));
        }
        return Optional.empty();
    }

    private void reload(boolean first) throws IOException {
        FileTime mtime = Files.getLastModifiedTime(file);
        long size = Files.size(file);
        if (!first && mtime.equals(readAt) && size == readSize) return;
        List<Allowed> keys = new ArrayList<>();
        int bad = 0;
        for (AuthorizedKeyEntry e : AuthorizedKeyEntry.readAuthorizedKeys(file)) {
            try {
                PublicKey k = e.resolvePublicKey(null, null, PublicKeyEntryResolver.FAILING);
                if (k != null) keys.add(new Allowed(k, e.getComment()));
                else bad++;
            } catch (IOException | GeneralSecurityException | IllegalArgumentException ex) {
                bad++;
            }
        }
        allowed = List.copyOf(keys);
        readAt = mtime;
        readSize = size;
        log.event("authorized keys " + file + ": " + keys.size() + " key" + (keys.size() == 1 ? "" : "s")
                + (bad > 0 ? " (" + bad + " line" + (bad == 1 ? "" : "s") + " not understood, skipped)" : ""));
    }

    /** The comment's first word-ish part, as a display name (user@host comments are common). */
    private static String name(String comment) {
        if (comment == null) return null;
        String c = comment.strip();
        if (c.isEmpty()) return null;
        c = c.replaceAll("\\p{Cntrl}", "");
        return c.length() > 40 ? c.substring(0, 40) : c;
    }
}
