package dev.lectern.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes a file or folder read-only for the lectern processes a test starts, and writable again
 * when closed. Tests often run as root, whom file modes do not stop: then the immutable flag
 * ({@code chattr +i}) is used. When neither stops a write (no chattr, a file system without the
 * flag), the test is skipped rather than passing without proving anything.
 */
final class ReadOnly implements AutoCloseable {
    private final Path path;
    private final boolean immutable;

    private ReadOnly(Path path, boolean immutable) {
        this.path = path;
        this.immutable = immutable;
    }

    static ReadOnly make(Path path) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        ReadOnly r;
        if (root) {
            Assumptions.assumeTrue(chattr("+i", path), "chattr +i is not available here");
            r = new ReadOnly(path, true);
        } else {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
            r = new ReadOnly(path, false);
        }
        if (Files.isWritable(path)) {
            r.close();
            Assumptions.abort("cannot make " + path + " read-only here");
        }
        return r;
    }

    private static boolean chattr(String flag, Path path) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false; // no chattr on this machine
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (immutable) chattr("-i", path);
            else Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
