package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a real lectern process ends ({@link Exit}): a printing command with the launcher's extracted
 * SQLite library halts once its output is out, with its exit code, and never pays for
 * {@code System.exit}'s logger lookup; without that library the driver extracts its own copy to
 * the temporary folder, and the process then exits normally so that the copy is deleted.
 */
class ExitTest {
    /** Loaded by {@code System.exit} (Java 21+) to find the logger it logs the exit to. */
    private static final String EXIT_LOGGER_LOOKUP = "jdk.internal.logger.BootstrapLogger$DetectBackend";

    @TempDir
    Path dir;

    @Test
    void withoutTheExtractedLibraryASearchExitsNormallyAndTheDriversCopyIsDeleted() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        ChildJvm.Result r = ChildJvm.run(dir.resolve("logs"), List.of("-Djava.io.tmpdir=" + tmp, "-Dorg.sqlite.tmpdir=" + tmp),
                "--data-dir", dir.resolve("data").toString(), "search", "softmax");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("Softmax"), r.out());
        try (Stream<Path> left = Files.list(tmp)) {
            List<String> names = left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("sqlite-")).toList();
            assertEquals(List.of(), names, "the driver's extracted library was left in the temporary folder");
        }
    }

    @Test
    void withTheExtractedLibraryPrintingCommandsHaltWithTheirExitCodeAndSkipTheExitLogger() throws Exception {
        Assumptions.assumeTrue(Runtime.version().feature() >= 21, "System.exit looks up a logger from Java 21 on");
        List<String> options = libraryNamed();
        String data = dir.resolve("data").toString();
        ChildJvm.Result found = ChildJvm.run(dir.resolve("logs"), options, "--data-dir", data, "search", "softmax");
        assertEquals(0, found.code(), found.out());
        assertTrue(found.out().contains("Softmax"), found.out());
        assertFalse(found.loaded(EXIT_LOGGER_LOOKUP), "search ended through System.exit");

        ChildJvm.Result missing = ChildJvm.run(dir.resolve("logs"), options, "--data-dir", data, "define", "no-such-term-anywhere");
        assertNotEquals(0, missing.code(), missing.out());
        assertTrue(missing.out().contains("no-such-term-anywhere"), missing.out());
        assertFalse(missing.loaded(EXIT_LOGGER_LOOKUP), "define ended through System.exit");

        ChildJvm.Result tracks = ChildJvm.run(dir.resolve("logs"), options, "--data-dir", data, "tracks");
        assertEquals(0, tracks.code(), tracks.out());
        assertTrue(tracks.loaded(EXIT_LOGGER_LOOKUP), "a command outside the printing ones should exit normally");
    }

    @Test
    void onlyTheQuickCommandsCountAsPrintingPlainLecternAndPicocliCommandsDoNot() {
        String data = dir.resolve("data").toString();
        assertTrue(Main.command(quietIo(), "--data-dir", data, "list").printedOnly());
        assertTrue(Main.command(quietIo(), "--data-dir", data, "define", "softmax").printedOnly());
        assertTrue(Main.command(quietIo(), "--data-dir", data, "next", "--plain").printedOnly(), "next printed the essay");
        assertFalse(Main.command(quietIo(), "--data-dir", data).printedOnly(), "plain lectern may open the reader");
        assertFalse(Main.command(quietIo(), "--data-dir", data, "tracks").printedOnly());
        assertFalse(Main.command(quietIo(), "--data-dir", data, "list", "--help").printedOnly());
    }

    private static Io quietIo() {
        java.io.OutputStream none = java.io.OutputStream.nullOutputStream();
        return new Io(new java.io.ByteArrayInputStream(new byte[0]), none, none, java.util.Map.of(),
                java.time.Clock.systemUTC(), false);
    }

    /** The launcher's options naming a copy of the native library extracted beforehand, as install.sh does. */
    private List<String> libraryNamed() throws Exception {
        String name = org.sqlite.util.LibraryLoaderUtil.getNativeLibName();
        String resource = org.sqlite.util.LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
        Path nativeDir = Files.createDirectories(dir.resolve("native"));
        try (InputStream in = org.sqlite.SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            Assumptions.assumeTrue(in != null, "sqlite-jdbc has no library for this platform: " + resource);
            Files.copy(in, nativeDir.resolve(name));
        }
        List<String> options = new ArrayList<>();
        if (Runtime.version().feature() >= 22) options.add("--enable-native-access=ALL-UNNAMED");
        options.add("-Dorg.sqlite.lib.path=" + nativeDir);
        options.add("-Dorg.sqlite.lib.name=" + name);
        return options;
    }
}
