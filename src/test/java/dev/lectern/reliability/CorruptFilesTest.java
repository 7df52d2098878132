package dev.lectern.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.Fixtures;
import dev.lectern.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Damaged, read-only and misplaced data files meet real lectern processes (list, read, search,
 * mark, notes, the shell): each gets a message of one or two lines that names the file and says
 * what to do, the exit code DESIGN.md gives (3 for a data error), and study.db is never deleted
 * or changed, byte for byte; the index, a cache, is rebuilt by itself or replaced by a temporary
 * one with a notice. A damaged study file is set aside only by {@code lectern data set-aside}.
 */
@Tag("reliability") // the slow suite of docs/RELIABILITY.md: .ci/run and `mvn verify -Preliability` run it
class CorruptFilesTest {
    /** The same commands, in one shell, for every case: each must answer without a stack trace. */
    static final String SHELL_SCRIPT = "list\nread softmax\nsearch softmax\nmark softmax --read\nnotes\nexit\n";

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
        // Set up in this JVM (cheaper than two processes): one essay read, one note.
        inProcess("mark", "gradient-descent", "--read");
        inProcess("note", "gradient-descent", "Smaller steps near the minimum.");
        assertTrue(Files.isRegularFile(study));
        assertFalse(Files.exists(Path.of(study + "-wal")), "the WAL is folded in when the last connection closes");
    }

    private void inProcess(String... args) {
        String[] all = Stream.concat(Stream.of("--library", lib.toString(), "--data-dir", data.toString()),
                Stream.of(args)).toArray(String[]::new);
        assertEquals(0, Main.run(all), String.join(" ", args));
    }

    enum Damage {
        TRUNCATED {
            @Override
            void apply(Path file) throws IOException {
                byte[] b = Files.readAllBytes(file);
                Files.write(file, java.util.Arrays.copyOf(b, b.length / 2));
            }
        },
        GARBAGE {
            @Override
            void apply(Path file) throws IOException {
                byte[] b = new byte[(int) Math.max(4096, Files.size(file))];
                new Random(14).nextBytes(b);
                Files.write(file, b);
            }
        };

        abstract void apply(Path file) throws IOException;
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void aDamagedStudyFileIsRefusedUntouchedAndSetAsideOnlyWhenAsked(Damage damage) throws Exception {
        damage.apply(study);
        byte[] before = Files.readAllBytes(study);

        RealProcess.Result mark = lectern.run("mark", "softmax", "--read");
        assertEquals(3, mark.code(), mark.err());
        assertClearMessage(mark, study.toString(), "lectern data set-aside");
        assertShellAnswersEveryCommand(study.toString());
        assertArrayEquals(before, Files.readAllBytes(study), "study.db must not change");

        RealProcess.Result aside = lectern.run("data", "set-aside");
        assertEquals(0, aside.code(), aside.err());
        Matcher m = Pattern.compile("is now (\\S+study\\.db\\.damaged-\\d{8}-\\d{6})").matcher(aside.out());
        assertTrue(m.find(), aside.out());
        Path moved = Path.of(m.group(1));
        assertArrayEquals(before, Files.readAllBytes(moved), "set aside means renamed, bytes and all");
        assertFalse(Files.exists(study));

        RealProcess.Result fresh = lectern.run("mark", "softmax", "--read");
        assertEquals(0, fresh.code(), fresh.err());
        assertTrue(fresh.err().isBlank(), fresh.err());
        assertEquals(List.of("softmax"), readSlugs(study));
        assertArrayEquals(before, Files.readAllBytes(moved), "the set-aside file is never touched again");
    }

    @Test
    void setAsideLeavesAHealthyStudyFileAlone() throws Exception {
        byte[] before = Files.readAllBytes(study);
        RealProcess.Result aside = lectern.run("data", "set-aside");
        assertEquals(1, aside.code(), aside.out() + aside.err());
        assertClearMessage(aside, study.toString(), "--force");
        assertArrayEquals(before, Files.readAllBytes(study));
        try (Stream<Path> files = Files.list(data)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains("damaged")));
        }
    }

    enum Place { FILE, FOLDER }

    @ParameterizedTest
    @EnumSource(Place.class)
    void aReadOnlyStudyFileOrFolderIsRefusedWithWhatToDoAndLeftUnchanged(Place place) throws Exception {
        byte[] before = Files.readAllBytes(study);
        try (ReadOnly ro = ReadOnly.make(place == Place.FILE ? study : data)) {
            RealProcess.Result mark = lectern.run("mark", "softmax", "--read");
            assertEquals(3, mark.code(), mark.err());
            assertClearMessage(mark, study.toString(), "writable");
            assertShellAnswersEveryCommand(study.toString());
        }
        assertArrayEquals(before, Files.readAllBytes(study));
        assertEquals(List.of("gradient-descent"), readSlugs(study));
    }

    @Test
    void aFolderInPlaceOfTheStudyFileIsRefusedAndLeftAlone() throws Exception {
        Files.move(study, dir.resolve("study.db.saved"));
        Files.createDirectories(study);
        Files.writeString(study.resolve("keep.txt"), "someone's file");

        RealProcess.Result mark = lectern.run("mark", "softmax", "--read");
        assertEquals(3, mark.code(), mark.err());
        assertClearMessage(mark, study.toString(), "folder");
        assertShellAnswersEveryCommand(study.toString());
        assertEquals("someone's file", Files.readString(study.resolve("keep.txt")));
        try (Stream<Path> inside = Files.list(study)) {
            assertEquals(1, inside.count());
        }
    }

    enum IndexDamage { TRUNCATED, GARBAGE, READ_ONLY_FILE }

    @ParameterizedTest
    @EnumSource(IndexDamage.class)
    void aDamagedOrReadOnlyIndexIsRebuiltByItselfWithoutAWord(IndexDamage damage) throws Exception {
        Path index = indexFile();
        byte[] studyBefore = Files.readAllBytes(study);
        switch (damage) {
            case TRUNCATED -> Damage.TRUNCATED.apply(index);
            case GARBAGE -> Damage.GARBAGE.apply(index);
            case READ_ONLY_FILE -> { }
        }
        RealProcess.Result search;
        if (damage == IndexDamage.READ_ONLY_FILE) {
            try (ReadOnly ro = ReadOnly.make(index)) {
                // An immutable file cannot be replaced either: lectern searches a temporary index.
                search = lectern.run("search", "temperature");
            }
        } else {
            search = lectern.run("search", "temperature");
            assertTrue(search.err().isBlank(), "a cache is rebuilt without a word: " + search.err());
        }
        assertEquals(0, search.code(), search.err());
        assertTrue(search.out().contains("The Softmax Function"), search.out());
        assertNoStackTrace(search);
        if (damage != IndexDamage.READ_ONLY_FILE) assertEquals("ok", integrity(index));
        assertArrayEquals(studyBefore, Files.readAllBytes(study));
    }

    @ParameterizedTest
    @EnumSource(Place.class)
    void anIndexThatCannotBeKeptIsReplacedByATemporaryOneWithANotice(Place place) throws Exception {
        Path index = indexFile();
        Path cache = index.getParent();
        RealProcess.Result search;
        if (place == Place.FOLDER) {
            Files.delete(index); // a cache folder that lost its file and can take no new one
            try (ReadOnly ro = ReadOnly.make(cache)) {
                search = lectern.run("search", "temperature");
            }
        } else {
            Files.delete(index);
            Files.createDirectories(index);
            Files.writeString(index.resolve("keep.txt"), "someone's file");
            search = lectern.run("search", "temperature");
            assertEquals("someone's file", Files.readString(index.resolve("keep.txt")));
        }
        assertEquals(0, search.code(), search.err());
        assertTrue(search.out().contains("The Softmax Function"), search.out());
        assertClearMessage(search, index.toString(), "cache");
    }

    enum ThemeDamage { BINARY, WRONG_WORDS, BAD_ESCAPE }

    @ParameterizedTest
    @EnumSource(ThemeDamage.class)
    void aBrokenThemeFileIsNamedAndTheCommandStillRuns(ThemeDamage damage) throws Exception {
        Path theme = data.resolve("config/theme.properties");
        Files.createDirectories(theme.getParent());
        byte[] junk = new byte[3000];
        new Random(7).nextBytes(junk);
        switch (damage) {
            case BINARY -> Files.write(theme, junk);
            case WRONG_WORDS -> Files.writeString(theme, "heading = purple\nfoo = bar\nlink = bold bold-ish\n");
            case BAD_ESCAPE -> Files.writeString(theme, "heading = \\uZZZZ\n");
        }
        RealProcess.Result list = lectern.run("list");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("The Softmax Function"), list.out());
        assertClearMessage(list, theme.toString(), "theme");
    }

    @Test
    void brokenShellHistoryIsNamedAndTheShellStillRuns() throws Exception {
        Path history = data.resolve("state/history");
        Files.createDirectories(history.getParent());
        byte[] junk = new byte[3000];
        new Random(9).nextBytes(junk);
        Files.write(history, junk);
        byte[] before = Files.readAllBytes(history);
        RealProcess.Result shell = lectern.runWithInput("search temperature\nexit\n", "shell");
        assertEquals(0, shell.code(), shell.err());
        assertTrue(shell.out().contains("The Softmax Function"), shell.out());
        assertClearMessage(shell, history.toString(), "history");
        assertArrayEquals(before, Files.readAllBytes(history), "a history lectern cannot read is left as it is");
    }

    // --- helpers -------------------------------------------------------------------------------

    private void assertShellAnswersEveryCommand(String named) throws Exception {
        RealProcess.Result shell = lectern.runWithInput(SHELL_SCRIPT, "shell");
        assertEquals(0, shell.code(), shell.err());
        assertNoStackTrace(shell);
        assertTrue(shell.err().contains(named), shell.err());
        // Search needs no study data: it still answers.
        assertTrue(shell.out().contains("The Softmax Function"), shell.out());
    }

    static void assertClearMessage(RealProcess.Result r, String named, String whatToDo) {
        assertNoStackTrace(r);
        List<String> lines = r.errLines();
        assertTrue(lines.size() >= 1 && lines.size() <= 2, "one or two lines, got:\n" + r.err());
        assertTrue(r.err().contains(named), "names " + named + ":\n" + r.err());
        assertTrue(r.err().contains(whatToDo), "says what to do (" + whatToDo + "):\n" + r.err());
    }

    static void assertNoStackTrace(RealProcess.Result r) {
        for (String s : List.of("Exception", "\tat ", "Caused by", "unexpected error")) {
            assertFalse(r.err().contains(s) || r.out().contains(s), "no stack trace (" + s + "):\n" + r.err());
        }
    }

    private Path indexFile() throws IOException {
        try (Stream<Path> files = Files.list(data.resolve("cache"))) {
            return files.filter(p -> p.getFileName().toString().matches("index-.*\\.db")).findFirst().orElseThrow();
        }
    }

    private static String integrity(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet r = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            return r.next() ? r.getString(1) : "";
        }
    }

    private static List<String> readSlugs(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet r = c.createStatement().executeQuery("SELECT slug FROM essay_state WHERE read_at IS NOT NULL ORDER BY slug")) {
            List<String> out = new java.util.ArrayList<>();
            while (r.next()) out.add(r.getString(1));
            return out;
        }
    }
}
