package dev.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed launcher names an extracted SQLite library; {@link Driver} then loads it itself and
 * skips sqlite-jdbc's loader (which lists the temporary folder and reads the jar on every start).
 * Seen from outside: the loader's clean-up of stale extractions in its temporary folder does not
 * run. Without the names, it does, and the connection works either way.
 */
class DriverStartTest {
    @TempDir
    Path dir;

    @Test
    void withTheExtractedLibraryNamedTheDriversLoaderNeverRuns() throws Exception {
        Path nativeDir = extractNativeLibrary();
        Path stale = staleExtraction();
        Result r = probe(List.of("-Dorg.sqlite.lib.path=" + nativeDir, "-Dorg.sqlite.lib.name=" + libName()));
        assertEquals(0, r.code, r.output);
        assertTrue(r.output.startsWith("sqlite 3."), r.output);
        assertTrue(Files.exists(stale), "the loader ran and cleaned its temporary folder");
    }

    @Test
    void withoutItTheDriverLoadsTheLibraryItsOwnWayAndStillConnects() throws Exception {
        Path stale = staleExtraction();
        Result r = probe(List.of());
        assertEquals(0, r.code, r.output);
        assertTrue(r.output.startsWith("sqlite 3."), r.output);
        assertFalse(Files.exists(stale), "the loader's clean-up should have removed the stale file");
    }

    private Path extractNativeLibrary() throws Exception {
        String resource = org.sqlite.util.LibraryLoaderUtil.getNativeLibResourcePath() + "/" + libName();
        Path nativeDir = Files.createDirectories(dir.resolve("native"));
        try (InputStream in = org.sqlite.SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            Assumptions.assumeTrue(in != null, "sqlite-jdbc has no library for this platform: " + resource);
            Files.copy(in, nativeDir.resolve(libName()));
        }
        return nativeDir;
    }

    private static String libName() {
        return org.sqlite.util.LibraryLoaderUtil.getNativeLibName();
    }

    /** A file the loader's clean-up deletes: an old extraction of this version with no lock file beside it. */
    private Path staleExtraction() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        return Files.writeString(tmp.resolve("sqlite-" + org.sqlite.SQLiteJDBCLoader.getVersion() + "-0000-" + libName()), "");
    }

    private record Result(int code, String output) {
    }

    private Result probe(List<String> props) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.addAll(props);
        cmd.add("-Dorg.sqlite.tmpdir=" + dir.resolve("tmp"));
        cmd.add("-Djava.io.tmpdir=" + dir.resolve("tmp"));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(DriverProbe.class.getName());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "probe did not finish");
        return new Result(p.exitValue(), out);
    }
}
