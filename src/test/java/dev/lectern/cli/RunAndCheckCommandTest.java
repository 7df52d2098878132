package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `lectern run` and `lectern check` as real processes: what they print and how they exit. */
class RunAndCheckCommandTest {
    static final Path BROKEN = Path.of("src/test/resources/check/broken").toAbsolutePath();

    @TempDir
    Path data;

    LecternProcess.Result lectern(String... args) throws Exception {
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = BROKEN.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return LecternProcess.run(data, Map.of("TERM", "dumb", "LANG", "C.UTF-8"), all);
    }

    @Test
    void runPrintsTheOutputAndSaysItMatches() throws Exception {
        LecternProcess.Result r = lectern("run", "good", "--allow-run");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("snippet 1 \u00b7 python \u00b7 essays/good.md:27", lines.get(0));
        assertEquals("  6", lines.get(1));
        assertTrue(lines.get(2).startsWith("\u2713 matches the expected output \u00b7 "), lines.get(2));
    }

    @Test
    void runShowsTheFirstDifferenceAndExitsOneOnAMismatch() throws Exception {
        LecternProcess.Result r = lectern("run", "blocks", "1", "--allow-run");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("\u2717 differs from the expected output at line 1"), r.out());
        assertTrue(r.out().contains("  expected: 5\n  printed:  4\n"), r.out());
    }

    @Test
    void aLibraryFromElsewhereRunsNoCodeUntilAllowedOnceOrTrusted() throws Exception {
        LecternProcess.Result refused = lectern("run", "good");
        assertEquals(2, refused.code());
        assertEquals("", refused.out(), "nothing ran");
        assertTrue(refused.err().contains("is not a library you trust to run code") && refused.err().contains("--allow-run")
                && refused.err().contains("--trust"), refused.err());
        assertEquals(0, lectern("run", "good", "--allow-run").code(), "allowed once");
        assertEquals(2, lectern("run", "good").code(), "once is not for good");
        LecternProcess.Result trusted = lectern("run", "good", "--trust");
        assertEquals(0, trusted.code(), trusted.err());
        LecternProcess.Result after = lectern("run", "good");
        assertEquals(0, after.code(), "trusted from now on: " + after.err());
        assertTrue(Files.readString(data.resolve("config/trusted-libraries")).contains(BROKEN.toRealPath().toString()));
    }

    @Test
    void runWithANumberOutOfRangeIsAUsageError() throws Exception {
        LecternProcess.Result r = lectern("run", "good", "9");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("good has one snippet (1)"), r.err());
        r = lectern("run", "links");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("links has no runnable snippets"), r.err());
    }

    @Test
    void checkPrintsEveryProblemAsFileLineMessageAndExitsOne() throws Exception {
        LecternProcess.Result r = lectern("check", "--no-run");
        assertEquals(1, r.code(), r.err());
        assertFalse(r.out().contains("\u001b"));
        String prefix = BROKEN.toString() + "/";
        // The test runs in the project folder, so paths are shown relative to it.
        List<String> lines = r.out().lines().toList();
        assertEquals("src/test/resources/check/broken/essays/bad-front-matter.md:1: series `nonexistent` has no file"
                + " series/nonexistent.md", lines.get(0));
        assertFalse(r.out().contains(prefix));
        assertTrue(r.err().contains("checked 9 files: 5 essays, 3 glossary terms, 6 snippets (not run): 24 problems"), r.err());
    }

    @Test
    void checkJsonListsProblemsForScripts() throws Exception {
        LecternProcess.Result r = lectern("check", "--no-run", "--json");
        assertEquals(1, r.code());
        JsonObject j = JsonParser.parseString(r.out()).getAsJsonObject();
        assertFalse(j.get("passed").getAsBoolean());
        assertEquals(24, j.getAsJsonArray("problems").size()); // 22 kinds of trouble and two orphan essays
        JsonObject first = j.getAsJsonArray("problems").get(0).getAsJsonObject();
        assertEquals(1, first.get("line").getAsInt());
        assertTrue(first.get("file").getAsString().endsWith("essays/bad-front-matter.md"));
    }

    @Test
    void checkOnAMissingFolderIsADataError() throws Exception {
        LecternProcess.Result r = LecternProcess.run(data, Map.of("TERM", "dumb"), "--library", data.resolve("nope").toString(), "check");
        assertEquals(3, r.code());
        assertTrue(r.err().contains("no library at"), r.err());
    }
}
