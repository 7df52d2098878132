package dev.lectern.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.Fixtures;
import dev.lectern.cli.Main;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and broken files given to {@code lectern import}, as real processes: each is a clear
 * error of one or two lines naming the file (exit 3) with study.db byte for byte as before, or a
 * bounded import. Big inputs are generated here into a temporary folder. The many-notes case
 * imports 200,000 notes by default; {@code -Dlectern.reliability.fullImport=true} makes it the
 * full million.
 */
@Tag("reliability") // the slow suite of docs/RELIABILITY.md: .ci/run and `mvn verify -Preliability` run it
class ImportAbuseTest {
    static final String HEAD = "{\"format\": \"lectern-study\", \"version\": 1, ";
    static final String NOTE = "{\"library\": \"testlib\", \"slug\": \"softmax\", \"anchor\": \"\", "
            + "\"createdAt\": \"2026-11-23T09:00:00.000Z\", \"text\": \"a note\"}";

    @TempDir
    Path dir;
    Path lib;
    Path data;
    Path study;
    RealProcess lectern;

    @BeforeEach
    void learnerWithStudyData() throws IOException {
        lib = Fixtures.library(dir.resolve("lib"));
        data = dir.resolve("data");
        study = data.resolve("study.db");
        lectern = new RealProcess(lib, data);
        String[] base = {"--library", lib.toString(), "--data-dir", data.toString()};
        assertEquals(0, Main.run(concat(base, "mark", "gradient-descent", "--read")));
        assertEquals(0, Main.run(concat(base, "note", "gradient-descent", "Smaller steps near the minimum.")));
    }

    private static String[] concat(String[] a, String... b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }

    /** Imports {@code file} and expects a clear refusal that changed nothing. */
    private RealProcess.Result refused(Path file, String says) throws Exception {
        byte[] before = Files.readAllBytes(study);
        RealProcess.Result r = lectern.run("import", file.toString());
        assertEquals(3, r.code(), r.out() + r.err());
        CorruptFilesTest.assertClearMessage(r, file.toString(), "Nothing was imported");
        assertTrue(r.err().contains(says), "says `" + says + "`:\n" + r.err());
        assertArrayEquals(before, Files.readAllBytes(study), "study.db byte for byte as before");
        return r;
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "not json at all",
        "[]",
        "{\"format\": \"lectern-study\", \"version\": 1, \"notes\": [",
        "{\"format\": \"lectern-study\", \"version\": 1} {}",
        "{\"format\": \"lectern-study\", \"version\": 1, \"notes\": [{\"text\": NaN}]}",
        "{'format': 'lectern-study', 'version': 1}",
        "{\"format\": \"lectern-study\", \"version\": 1, // comment\n}",
    })
    void malformedJsonIsAClearErrorAndChangesNothing(String text) throws Exception {
        refused(file("malformed.json", text), "malformed.json");
    }

    @Test
    void bytesThatAreNotUtf8AreAClearErrorAndChangeNothing() throws Exception {
        Path f = dir.resolve("latin1.json");
        Files.write(f, (HEAD + "\"notes\": [" + NOTE.replace("a note", "caf\u00e9") + "]}").getBytes(StandardCharsets.ISO_8859_1));
        refused(f, "not UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"format\": \"lectern-study\", \"version\": \"1\"}",
        HEAD + "\"notes\": {}}",
        HEAD + "\"notes\": [42]}",
        HEAD + "\"notes\": [{\"library\": \"testlib\", \"slug\": \"softmax\", \"anchor\": \"\", \"createdAt\": \"2026-11-23T09:00:00.000Z\", \"text\": 7}]}",
        HEAD + "\"notes\": [{\"library\": \"testlib\", \"slug\": \"softmax\", \"anchor\": \"\", \"createdAt\": \"yesterday\", \"text\": \"x\"}]}",
        HEAD + "\"notes\": [{\"library\": \"testlib\", \"slug\": \"softmax\", \"anchor\": \"\", \"createdAt\": \"2026-11-23T09:00:00.000Z\"}]}",
        HEAD + "\"notes\": [{\"library\": null, \"slug\": \"softmax\", \"anchor\": \"\", \"createdAt\": \"2026-11-23T09:00:00.000Z\", \"text\": \"x\"}]}",
        HEAD + "\"essays\": [{\"library\": \"testlib\", \"slug\": \"softmax\", \"readAt\": null, \"block\": 1.5, \"offset\": 0, \"lastOpened\": null}]}",
        HEAD + "\"essays\": [{\"library\": \"testlib\", \"slug\": \"softmax\", \"readAt\": null, \"block\": 99999999999, \"offset\": 0, \"lastOpened\": null}]}",
        HEAD + "\"cards\": [{\"library\": \"testlib\", \"cardId\": \"softmax-1\", \"slug\": \"softmax\", \"question\": \"q\", \"answer\": \"a\", \"state\": \"mastered\"}]}",
        HEAD + "\"notes\": [" + NOTE + ", {\"library\": \"testlib\", \"slug\": \"softmax\", \"colour\": \"red\"}]}",
        HEAD + "\"friends\": []}",
    })
    void wrongTypesAndUnknownFieldsAreAClearErrorNamingThePlaceAndChangeNothing(String text) throws Exception {
        refused(file("wrong.json", text), "wrong.json");
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 0, -1})
    void anUnknownVersionIsRefused(int version) throws Exception {
        refused(file("v.json", "{\"format\": \"lectern-study\", \"version\": " + version + ", \"notes\": [" + NOTE + "]}"),
                "export version " + version);
    }

    @Test
    void aFileWithoutTheFormatNameIsRefused() throws Exception {
        refused(file("other.json", "{\"version\": 1, \"notes\": [" + NOTE + "]}"), "not a lectern export");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        HEAD + "\"notes\": [], \"notes\": [" + NOTE + "]}",
        "{\"format\": \"lectern-study\", \"format\": \"lectern-study\", \"version\": 1}",
        HEAD + "\"notes\": [{\"library\": \"testlib\", \"slug\": \"softmax\", \"anchor\": \"\", \"createdAt\": \"2026-11-23T09:00:00.000Z\", \"text\": \"a\", \"text\": \"b\"}]}",
    })
    void duplicateKeysAreRefusedRatherThanOneSilentlyWinning(String text) throws Exception {
        refused(file("dup.json", text), "appears twice");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(300L << 20); // sparse: no disk used, no time spent
        }
        refused(big, "up to 256 MB");
    }

    @Test
    void aHundredMegabyteNoteIsRefusedAndChangesNothing() throws Exception {
        Path f = dir.resolve("100mb.json");
        try (BufferedWriter w = Files.newBufferedWriter(f)) {
            w.write(HEAD + "\"notes\": [{\"library\": \"testlib\", \"slug\": \"softmax\", \"anchor\": \"\", "
                    + "\"createdAt\": \"2026-11-23T09:00:00.000Z\", \"text\": \"");
            char[] chunk = "x".repeat(1 << 16).toCharArray();
            for (int i = 0; i < 100 * 16; i++) w.write(chunk);
            w.write("\"}]}");
        }
        assertTrue(Files.size(f) > 100L << 20);
        refused(f, "the most a field may hold");
    }

    static int manyNotes() {
        return Boolean.getBoolean("lectern.reliability.fullImport") ? 1_000_000 : 200_000;
    }

    private Path notesFile(String name, int n, boolean brokenAtTheEnd) throws IOException {
        Path f = dir.resolve(name);
        try (BufferedWriter w = Files.newBufferedWriter(f)) {
            w.write(HEAD + "\"notes\": [\n");
            for (int i = 0; i < n; i++) {
                if (i > 0) w.write(",\n");
                boolean last = i == n - 1;
                w.write(last && brokenAtTheEnd ? NOTE.replace("2026-11-23T09:00:00.000Z", "not a time")
                        : NOTE.replace("a note", "note " + i));
            }
            w.write("\n]}\n");
        }
        return f;
    }

    @Test
    void aBigFileBrokenInItsLastRowImportsNothingAtAll() throws Exception {
        Path f = notesFile("broken-end.json", manyNotes(), true);
        RealProcess.Result r = refused(f, "not a time");
        assertTrue(r.err().contains("notes[" + (manyNotes() - 1) + "]"), r.err());
        assertEquals(1, count("notes"));
    }

    @Test
    void manyNotesImportInOneBoundedTransaction() throws Exception {
        int n = manyNotes();
        Path f = notesFile("many.json", n, false);
        long t0 = System.nanoTime();
        RealProcess.Result r = lectern.run("import", f.toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(n + " notes"), r.out());
        assertEquals(n + 1, count("notes"));
        System.out.printf("ImportAbuseTest: %,d notes (%,d MB) imported in %,d ms%n", n, Files.size(f) >> 20, ms);
        RealProcess.Result again = lectern.run("import", f.toString());
        assertTrue(again.out().startsWith("Nothing new in "), again.out());
        assertEquals(n + 1, count("notes"));
    }

    @Test
    void controlCharactersInImportedNotesNeverReachTheTerminalRaw() throws Exception {
        String[] hostile = {"\u001b[31mred\u001b[0m", "\u001b]52;c;ZWNobyBwd25lZA==\u0007", "\u001b]0;title\u0007",
            "\u009b31m C1 CSI", "\u202eevil bidi", "bell\u0007 and nul\u0000 and del\u007f", "\u001b]8;;http://x\u001b\\link"};
        StringBuilder notes = new StringBuilder();
        for (int i = 0; i < hostile.length; i++) {
            if (i > 0) notes.append(", ");
            notes.append(NOTE.replace("a note", escape(hostile[i])).replace("09:00:00.000Z", "09:00:0" + i + ".000Z"));
        }
        Path f = file("hostile.json", HEAD + "\"notes\": [" + notes + "], \"bookmarks\": [{\"library\": \"testlib\", "
                + "\"slug\": \"softmax\", \"anchor\": \"\\u001b[2J\", \"createdAt\": \"2026-11-23T09:00:00.000Z\"}]}");
        RealProcess.Result imported = lectern.run("import", f.toString());
        assertEquals(0, imported.code(), imported.err());
        assertEquals(hostile.length + 1, count("notes"), "stored as given: the printers make them harmless");

        for (String[] cmd : new String[][] {{"notes"}, {"bookmarks"}, {"notes", "--json"}, {"shell"}}) {
            RealProcess.Result r = cmd[0].equals("shell") ? lectern.runWithInput("notes\nbookmarks\nexit\n", "shell")
                    : lectern.run(cmd);
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains(cmd[0].equals("bookmarks") ? "softmax#" : "red"), String.join(" ", cmd) + ": " + r.out());
            assertNoRawControls(r.out() + r.err(), String.join(" ", cmd));
        }
    }

    private static String escape(String s) {
        return new com.google.gson.Gson().toJson(s).replaceAll("^\"|\"$", "");
    }

    private static void assertNoRawControls(String s, String what) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c >= 0x80 && c < 0xa0;
            // JSON for scripts keeps the text exactly, escaped (\u001b): only raw characters count.
            boolean bidi = c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
            assertFalse(control || bidi, what + ": raw U+" + Integer.toHexString(c) + " at " + i + " in:\n" + s);
        }
    }

    private long count(String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + study);
             ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            return r.next() ? r.getLong(1) : -1;
        }
    }
}
