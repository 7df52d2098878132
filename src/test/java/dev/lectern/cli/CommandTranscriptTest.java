package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.lectern.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real commands as processes: exit codes, JSON that parses, and no escape bytes when piped. */
class CommandTranscriptTest {
    @TempDir
    static Path dir;
    static Path lib;
    static Path data;

    @BeforeAll
    static void library() throws Exception {
        lib = Fixtures.library(dir.resolve("lib"));
        data = dir.resolve("data");
    }

    static LecternProcess.Result lectern(String... args) throws Exception {
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = lib.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return LecternProcess.run(data, Map.of("TERM", "xterm-256color"), all);
    }

    static void assertNoEscapes(String s) {
        assertFalse(s.contains("\u001b"), "escape byte in piped output: " + s);
    }

    @Test
    void listPipedIsTabSeparatedPlainText() throws Exception {
        LecternProcess.Result r = lectern("list");
        assertEquals(0, r.code(), r.err());
        assertNoEscapes(r.out());
        assertEquals("gradient-descent\tGradient Descent\tintermediate\t1\tunread", r.out().lines().findFirst().orElseThrow());
        assertEquals(3, r.out().lines().count());
    }

    @Test
    void listFiltersAndSorts() throws Exception {
        assertEquals("kv-cache", lectern("list", "--sort", "date").out().lines().findFirst().orElseThrow().split("\t")[0]);
        assertEquals(1, lectern("list", "--level", "advanced").out().lines().count());
        assertEquals(1, lectern("list", "--tag", "training").out().lines().count());
        assertEquals(1, lectern("list", "--series", "foundations").out().lines().count());
        LecternProcess.Result track = lectern("list", "--track", "basics");
        assertEquals("softmax", track.out().lines().findFirst().orElseThrow().split("\t")[0], "track order kept");
        assertEquals(2, lectern("list", "--level", "expert").code());
    }

    @Test
    void jsonOutputParsesForEveryListingCommand() throws Exception {
        for (String[] args : new String[][] {{"list", "--json"}, {"search", "softmax", "--json"}, {"tracks", "--json"},
                {"track", "basics", "--json"}, {"progress", "--json"}, {"search", "zzzzqqq", "--json"}}) {
            LecternProcess.Result r = lectern(args);
            assertNoEscapes(r.out());
            JsonParser.parseString(r.out()); // throws when it is not JSON
        }
    }

    @Test
    void searchFindsAndExitsZero() throws Exception {
        LecternProcess.Result r = lectern("search", "kv", "cache");
        assertEquals(0, r.code(), r.err());
        assertNoEscapes(r.out());
        assertTrue(r.out().startsWith("The KV Cache\n    kv-cache#the-kv-cache\n"), r.out());
    }

    @Test
    void searchWithNothingFoundExitsOneWithSuggestion() throws Exception {
        LecternProcess.Result r = lectern("search", "temprature");
        assertEquals(1, r.code());
        assertEquals("nothing matches `temprature`; did you mean: temperature?\n", r.err());
    }

    @Test
    void adversarialQueryIsAUsageErrorWithAMessage() throws Exception {
        LecternProcess.Result r = lectern("search", "!!!");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("lectern: nothing to search for in `!!!`"), r.err());
        LecternProcess.Result near = lectern("search", "NEAR(");
        assertTrue(near.code() == 0 || near.code() == 1, near.err());
    }

    @Test
    void markThenTrackShowsTheReadMark() throws Exception {
        assertEquals(0, lectern("mark", "softmax", "--read").code());
        LecternProcess.Result t = lectern("track", "basics");
        assertTrue(t.out().contains("[\u2713] The Softmax Function"), t.out());
        assertTrue(t.out().contains("Next: Gradient Descent"), t.out());
        assertEquals(0, lectern("mark", "softmax", "--unread").code());
        assertEquals(1, lectern("mark", "nope", "--read").code());
        assertEquals(2, lectern("mark", "softmax").code(), "--read or --unread is required");
    }

    @Test
    void unknownCommandIsAUsageError() throws Exception {
        assertEquals(2, lectern("frobnicate").code());
    }

    @Test
    void missingLibraryIsADataError() throws Exception {
        LecternProcess.Result r = LecternProcess.run(data, Map.of(), "--library", dir.resolve("nope").toString(), "list");
        assertEquals(3, r.code());
        assertTrue(r.err().startsWith("lectern: no library at "), r.err());
    }

    @Test
    void escapeSequencesInContentNeverReachTheOutput() throws Exception {
        Path evil = dir.resolve("evil");
        Fixtures.write(evil, "essays/evil.md", "---\ntitle: \"Evil \\e[2J title\"\n---\n# Evil\n\nbody \u001b]0;pwned\u0007 text\n");
        LecternProcess.Result r = LecternProcess.run(data, Map.of(), "--library", evil.toString(), "list");
        assertNoEscapes(r.out());
        assertTrue(r.out().contains("\u241b"), r.out());
        LecternProcess.Result s = LecternProcess.run(data, Map.of(), "--library", evil.toString(), "search", "body");
        assertNoEscapes(s.out());
    }

    @Test
    void versionAndCompletion() throws Exception {
        assertTrue(lectern("--version").out().startsWith("lectern "));
        String bash = lectern("completion", "bash").out();
        assertTrue(bash.contains("complete -F"), bash.substring(0, Math.min(200, bash.length())));
        assertTrue(lectern("completion", "zsh").out().contains("bashcompinit"));
    }

    @Test
    void anyFolderOfMarkdownIsSearchable() throws Exception {
        Path plain = dir.resolve("plain");
        Fixtures.write(plain, "notes/one.md", "# First Note\n\nAbout zebras.\n");
        LecternProcess.Result r = LecternProcess.run(data, Map.of(), "--library", plain.toString(), "search", "zebras");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("First Note\n    notes/one#first-note"), r.out());
    }

    @Test
    void corruptIndexIsRebuiltAndStudyDataKept() throws Exception {
        assertEquals(0, lectern("mark", "kv-cache", "--read").code());
        Path cache = data.resolve("cache");
        try (var files = Files.list(cache)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".db")).toList()) {
                Files.writeString(p, "this is not a database at all".repeat(100));
                Files.deleteIfExists(Path.of(p + "-wal"));
                Files.deleteIfExists(Path.of(p + "-shm"));
            }
        }
        LecternProcess.Result r = lectern("search", "softmax");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(lectern("list").out().contains("kv-cache\tThe KV Cache\tadvanced\t1\tread"));
        assertEquals(0, lectern("index", "--rebuild").code());
        assertTrue(lectern("list").out().contains("kv-cache\tThe KV Cache\tadvanced\t1\tread"), "study data survives a rebuild");
    }
}
