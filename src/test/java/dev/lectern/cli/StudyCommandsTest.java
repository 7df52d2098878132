package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lectern.study.StudyFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study commands as a learner uses them, run as real processes with a simulated date. */
class StudyCommandsTest {
    @TempDir
    Path dir;

    static final String DAY1 = "2026-11-23T09:00:00Z";
    static final String DAY2 = "2026-11-24T08:30:00Z";

    LecternProcess.Result lectern(Path data, String now, String input, String... args) throws Exception {
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = dir.resolve("lib").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        Map<String, String> env = Map.of("TERM", "xterm-256color", "LECTERN_NOW", now);
        // the shell's line editor owns the process's terminal: it runs as a process of its own
        LecternProcess.Result r = args.length > 0 && args[0].equals("shell") ? LecternProcess.spawn(data, env, input, all)
                : LecternProcess.runWithInput(data, env, input, all);
        assertFalse(r.out().contains("\u001b"), "escape byte in piped output: " + r.out());
        return r;
    }

    @Test
    void newLearnerReadsRunsNextReviewsNextDayDefinesNotesAndExportsFromTheShell() throws Exception {
        StudyFixture.library(dir.resolve("lib"));
        Path data = dir.resolve("data");
        // Day 1: the first essay of the track, read; `next` then offers the second.
        LecternProcess.Result next = lectern(data, DAY1, null, "next");
        assertEquals(0, next.code(), next.err());
        assertTrue(next.out().startsWith("The Softmax Function\n"), next.out());
        assertTrue(next.err().contains("Next in Basics (1/2)"), next.err());
        assertEquals(0, lectern(data, DAY1, null, "mark", "softmax", "--read").code());
        next = lectern(data, DAY1, null, "next");
        assertTrue(next.out().startsWith("Gradient Descent\n"), next.out());

        // Day 2, in the shell: review both cards, look a term up, leave a note, export the notes.
        Path notes = dir.resolve("notes.md");
        String session = String.join("\n", "review", "", "3", "", "4", "", "3",
                "define softargmx", "define softargmax --short",
                "note softmax#temperature \"Below 1 sharpens; above 1 flattens.\"",
                "notes --export " + notes, "progress", "exit", "");
        LecternProcess.Result shell = lectern(data, DAY2, session, "shell");
        assertEquals(0, shell.code(), shell.err());
        String out = shell.out();
        assertTrue(out.contains("Q: What does softmax turn scores into?"), out);
        assertTrue(out.contains("A: A probability distribution."), out);
        assertTrue(out.contains("Good \u203a next in 10m"), out);
        // Good on a new card is a 10-minute learning step: the card comes back at the end of the sitting.
        assertTrue(out.contains("Reviewed 2 cards (3 answers)."), out);
        assertTrue(shell.err().contains("did you mean: Softmax?"), shell.err());
        assertTrue(out.contains("Turns scores into probabilities."), out);
        assertTrue(out.contains("Noted on softmax#temperature."), out);
        assertTrue(out.contains("Streak: 2 days"), out);
        String md = Files.readString(notes);
        assertTrue(md.contains("## The Softmax Function\n"), md);
        assertTrue(md.contains("### Temperature (#temperature)\n\n- Below 1 sharpens; above 1 flattens. \u2014 *2026-11-24 08:30*"), md);

        // The schedule was kept: two days on, the card graded Good twice is due (2 days), the Easy one (8 days) not.
        LecternProcess.Result due = lectern(data, "2026-11-26T09:00:00Z", null, "review", "--list", "--json");
        assertEquals(1, JsonParser.parseString(due.out()).getAsJsonArray().size(), due.out());
    }

    @Test
    void readWithAMistypedSectionFailsWithoutMovingTheReadersPlace() throws Exception {
        StudyFixture.library(dir.resolve("lib"));
        dev.lectern.Fixtures.write(dir.resolve("lib"), "tracks/serving.md",
                "---\ntitle: Serving\ndek: Serving.\nessays: [kv-cache]\n---\n\n# Serving\n\nIntro.\n");
        Path data = dir.resolve("data");
        LecternProcess.Result bad = lectern(data, DAY1, null, "read", "kv-cache#no-such-section");
        assertEquals(1, bad.code(), bad.err());
        assertTrue(bad.err().contains("no section `no-such-section` in kv-cache"), bad.err());
        LecternProcess.Result next = lectern(data, DAY1, null, "next");
        assertTrue(next.err().contains("Next in Basics"), next.err());
        // A good read is what moves the reader to the essay's track.
        assertEquals(0, lectern(data, DAY2, null, "read", "kv-cache").code());
        next = lectern(data, DAY2, null, "next");
        assertTrue(next.err().contains("Next in Serving"), next.err());
    }

    @Test
    void exportAndImportMoveStudyDataAndASecondImportChangesNothing() throws Exception {
        StudyFixture.library(dir.resolve("lib"));
        Path a = dir.resolve("a");
        lectern(a, DAY1, null, "mark", "softmax", "--read");
        lectern(a, DAY1, null, "bookmark", "softmax#temperature");
        lectern(a, DAY1, "\n3\nq\n", "review");
        Path file = dir.resolve("study.json");
        LecternProcess.Result exp = lectern(a, DAY1, null, "export", file.toString());
        assertEquals(0, exp.code(), exp.err());
        JsonObject json = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        assertEquals("lectern-study", json.get("format").getAsString());
        assertEquals(1, json.get("version").getAsInt());

        Path b = dir.resolve("b");
        LecternProcess.Result first = lectern(b, DAY1, null, "import", file.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().startsWith("Imported from "), first.out());
        LecternProcess.Result second = lectern(b, DAY1, null, "import", file.toString());
        assertTrue(second.out().startsWith("Nothing new in "), second.out());
        Path again = dir.resolve("again.json");
        lectern(b, DAY1, null, "export", again.toString());
        assertEquals(Files.readString(file), Files.readString(again));
        assertEquals("softmax#temperature", lectern(b, DAY1, null, "bookmarks").out().split("\t")[0]);

        Files.writeString(dir.resolve("bad.json"), "{\"format\": \"lectern-study\", \"version\": 99}");
        LecternProcess.Result bad = lectern(b, DAY1, null, "import", dir.resolve("bad.json").toString());
        assertEquals(3, bad.code());
        assertTrue(bad.err().contains("export version 99"), bad.err());
    }

    @Test
    void commandsKeepTheExitCodesAndPrintJsonThatParses() throws Exception {
        StudyFixture.library(dir.resolve("lib"));
        Path data = dir.resolve("data");
        assertEquals(1, lectern(data, DAY1, null, "define", "nothing-like-it").code());
        assertEquals(1, lectern(data, DAY1, null, "review").code(), "nothing read, nothing due");
        assertEquals(1, lectern(data, DAY1, null, "note", "softmax#no-such-section", "x").code());
        assertEquals(2, lectern(data, DAY1, null, "review", "--track", "nope").code());
        assertEquals(2, lectern(data, "yesterday", null, "progress").code());
        for (String[] args : List.of(new String[] {"define", "logit", "--json"}, new String[] {"next", "--json"},
                new String[] {"progress", "--json"}, new String[] {"review", "--all", "--json"},
                new String[] {"search", "softmax", "--json"})) {
            LecternProcess.Result r = lectern(data, DAY1, null, args);
            assertEquals(0, r.code(), String.join(" ", args) + ": " + r.err());
            JsonParser.parseString(r.out());
        }
        LecternProcess.Result search = lectern(data, DAY1, null, "search", "softmax");
        assertTrue(search.out().startsWith("glossary:\n  Softmax \u00b7 Turns scores into probabilities."), search.out());
        String completion = lectern(data, DAY1, null, "completion", "bash").out();
        for (String c : List.of("review", "define", "notes", "bookmark", "export", "import", "shell", "next")) {
            assertTrue(completion.contains(c), c);
        }
    }
}
