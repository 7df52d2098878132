package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.Fixtures;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain {@code lectern} and {@code lectern open} when output is not a terminal, as real processes. */
class FullScreenCommandTest {
    @TempDir
    Path dir;

    @Test
    void plainLecternPipedPrintsTheOverviewNotTheReader() throws Exception {
        Path lib = Fixtures.library(dir.resolve("lib"));
        var r = LecternProcess.run(dir.resolve("data"), Map.of("TERM", "xterm"), "--library", lib.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Test Library") && r.out().contains("Basics"), r.out());
        assertFalse(r.out().contains("\u001b"), "no escape codes when piped");
    }

    @Test
    void openWithoutATerminalSaysSoAndPointsToRead() throws Exception {
        Path lib = Fixtures.library(dir.resolve("lib"));
        var r = LecternProcess.run(dir.resolve("data"), Map.of("TERM", "xterm"), "--library", lib.toString(), "open", "softmax");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("needs a terminal") && r.err().contains("lectern read softmax"), r.err());
    }
}
