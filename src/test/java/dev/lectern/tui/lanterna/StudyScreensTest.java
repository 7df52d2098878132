package dev.lectern.tui.lanterna;

import dev.lectern.MovableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.app.Session;
import dev.lectern.content.Essay;
import dev.lectern.study.StudyFixture;
import dev.lectern.tui.TuiFixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study screens driven by keys on lanterna's virtual terminal, over a real study file and a simulated clock. */
class StudyScreensTest {
    @TempDir
    Path tmp;
    Path lib;
    Path data;
    MovableClock clock = new MovableClock(Instant.parse("2026-11-23T09:00:00Z"));

    @BeforeEach
    void library() throws Exception {
        TuiFixtures.library(tmp.resolve("lib"));
        lib = StudyFixture.library(tmp.resolve("lib")); // with review cards in softmax and gradient-descent
        data = tmp.resolve("data");
    }

    private Session session() {
        return new Session(lib, data, Map.of(), clock);
    }

    private static void open(VirtualScreen s, String narrow) throws InterruptedException {
        s.waitFor("Tracks").keys("e").waitFor("essays").keys("/").type(narrow).keys("Enter", "Enter");
        s.waitFor("% ").settle(); // the status line: the essay is rendered
    }

    @Test
    void homeShowsCardsDueAfterAnEssayIsMarkedRead() throws Exception {
        try (VirtualScreen s = new VirtualScreen(session(), null, 80, 24)) {
            s.waitFor("no cards due");
            open(s, "softmax");
            s.keys("m").waitFor("marked read").keys("q", "q").waitFor("2 cards due").settle();
            String t = s.text();
            assertTrue(s.row(2).contains("2 cards due") && s.row(2).contains("1 day in a row"), t);
            assertTrue(t.lines().allMatch(l -> l.length() <= 80), t);
        }
    }

    @Test
    void reviewACardWithKeysAndSeeTheNextOne() throws Exception {
        try (Session se = session()) {
            se.study().progress().markRead(se.library().essay("softmax").orElseThrow(), true);
        }
        try (VirtualScreen s = new VirtualScreen(session(), null, 80, 24)) {
            s.waitFor("2 cards due").keys("R").waitFor("What does softmax turn scores into?");
            assertTrue(s.text().contains("The Softmax Function") && s.text().contains("Review"), s.text());
            s.keys(" ").waitFor("A probability distribution.");
            assertTrue(s.text().contains("3 Good \u00b7 10m") && s.text().contains("4 Easy \u00b7 8d"), s.text());
            s.keys("3").waitFor("Why subtract the maximum logit first?").waitFor("Good \u00b7 next in 10m");
            assertTrue(s.row(0).contains("1 done"), s.row(0));
        }
    }

    @Test
    void leaveANoteInTheReaderAndSeeItOnTheNotesScreen() throws Exception {
        try (VirtualScreen s = new VirtualScreen(session(), null, 80, 24)) {
            open(s, "long");
            s.keys("t", "j", "Enter").settle().keys("a").waitFor("note on Beta section:");
            s.type("see the softmax essay").waitFor("see the softmax essay");
            s.keys("Enter").waitFor("note saved on Beta section");
            s.keys("q").waitFor("Library").keys("q").waitFor("Tracks").keys("N").waitFor("Notes and bookmarks").waitFor("1 note");
            assertTrue(s.text().contains("A Long Read"), s.text());
            assertTrue(s.text().contains("Beta section: see the softmax essay"), s.text());
            s.keys("Enter").waitFor("% ").settle();
            assertTrue(s.row(0).contains("Beta section"), "Enter opens the essay at the note's section: " + s.text());
        }
    }

    @Test
    void tabToAGlossaryTermAndEnterShowsItsDefinition() throws Exception {
        try (VirtualScreen s = new VirtualScreen(session(), null, 80, 24)) {
            open(s, "gradient");
            s.keys("Tab").settle().keys("Enter").waitFor("Glossary").settle();
            String t = s.text();
            assertTrue(t.contains("Turns scores into probabilities."), t);
            assertTrue(t.contains("also: softargmax"), "the entry's definition pane: " + t);
            s.keys("q").waitFor("% ");
        }
    }

    /**
     * The issue's "done when", in the full-screen reader: day 1 a new user reads the first essay of
     * the track and `lectern next` (which on a terminal starts the reader as `lectern open` does)
     * opens the second; day 2 they review the first essay's cards, look a term up, leave a note,
     * and the note is in the export.
     */
    @Test
    void newLearnerReadsNextReviewsNextDayLooksUpNotesAndExports() throws Exception {
        // day 1: read the first essay of the Basics track to its end
        try (VirtualScreen s = new VirtualScreen(session(), null, 80, 24)) {
            s.waitFor("Basics").keys("Enter").waitFor("Track").keys("c").waitFor("Scores in, probabilities out.").waitFor("% ").settle();
            s.keys("G").waitFor("\u2713 read").keys("q", "q").waitFor("2 cards due").settle();
            assertTrue(s.row(2).contains("1 day in a row"), s.text());
            s.quit();
        }
        clock.advance(Duration.ofMinutes(30));
        // still day 1: `lectern next` picks the next essay and starts the reader there
        String next;
        try (Session se = session()) {
            var p = se.study().progress();
            var track = p.currentTrack(se.library()).orElseThrow();
            Essay e = p.next(se.library(), track).orElseThrow();
            p.touch(e);
            next = e.slug();
        }
        assertEquals("gradient-descent", next);
        try (VirtualScreen s = new VirtualScreen(session(), next, 80, 24)) {
            // a short essay: all of it fits on the screen, so it counts as read at once
            s.waitFor("Small steps downhill.").waitFor("reached the end: marked read");
            s.quit();
        }

        // day 2: the cards are due; review them, look a term up, leave a note
        clock.advance(Duration.ofDays(1));
        try (VirtualScreen s = new VirtualScreen(session(), null, 80, 24)) {
            s.waitFor("3 cards due").settle();
            assertTrue(s.row(2).contains("1 day in a row (not yet today)"), s.text());
            s.keys("R").waitFor("What does softmax turn scores into?");
            s.keys(" ", "3").waitFor("Why subtract the maximum logit first?");
            s.keys(" ", "4").waitFor("What scales each step?");
            // Good on a new card is a 10-minute step: it comes back at the end of the sitting
            s.keys(" ", "4").waitFor("1 to go · 3 done").waitFor("What does softmax turn scores into?");
            clock.advance(Duration.ofMinutes(10)); // its step has ended
            s.keys(" ", "4").waitFor("Done: 4 answers given.");
            s.keys("q").waitFor("2 days in a row").waitFor("4 reviews today");
            // look up a term: the glossary, from anywhere
            s.keys("w").waitFor("Turns scores into probabilities.").keys("q").waitFor("Tracks");
            open(s, "softmax");
            // the whole essay fits on the screen, so no section is at its top: the note is on the essay
            s.keys("a").waitFor("note on the essay:");
            s.type("below 1 sharpens").keys("Enter").waitFor("note saved on The Softmax Function");
            s.quit();
        }
        try (Session se = session()) {
            var a = se.study().annotations();
            String md = a.markdown(a.notes(), ZoneOffset.UTC);
            assertTrue(md.contains("## The Softmax Function") && md.contains("### The whole essay"), md);
            assertTrue(md.contains("- below 1 sharpens \u2014 *2026-11-24 09:40*"), md);
            assertEquals(4, se.study().stats().reviews());
        }
    }
}
