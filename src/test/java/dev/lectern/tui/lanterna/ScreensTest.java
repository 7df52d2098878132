package dev.lectern.tui.lanterna;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.tui.TuiFixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The screens driven by scripted keys on lanterna's virtual terminal, asserting on what it shows. */
class ScreensTest {
    @TempDir
    Path tmp;
    Path lib;
    Path data;

    @BeforeEach
    void library() throws Exception {
        lib = TuiFixtures.library(tmp.resolve("lib"));
        data = tmp.resolve("data");
    }

    @Test
    void homeShowsTracksWithProgressAndRecentEssays() throws Exception {
        try (VirtualScreen s = new VirtualScreen(lib, data, 80, 24)) {
            s.waitFor("Tracks").settle();
            String t = s.text();
            assertTrue(t.contains("Test Library"), t);
            assertTrue(t.contains("Basics") && t.contains("0/2") && t.contains("next: The Softmax Function"), t);
            assertTrue(t.contains("Recently added") && t.contains("A Long Read"), t);
            assertTrue(t.contains("4 essays"), t);
        }
    }

    @Test
    void searchFindsAsYouTypeAndEnterOpensTheEssayAtTheSection() throws Exception {
        try (VirtualScreen s = new VirtualScreen(lib, data, 80, 24)) {
            s.waitFor("Tracks").keys("s").type("overflow").waitFor("Numerical stability").settle();
            s.keys("Enter").waitFor("% ").settle();
            String t = s.text();
            assertTrue(t.contains("The Softmax Function"), t);
            assertTrue(t.contains("large logits overflow"), t);
            assertTrue(t.contains("match 1/"), "the match is highlighted and counted: " + t);
        }
    }

    @Test
    void readerScrollsByLinesAndPagesWithTheStatusLine() throws Exception {
        try (VirtualScreen s = new VirtualScreen(lib, data, 80, 24)) {
            openLong(s);
            String first = s.row(0);
            assertTrue(first.contains("A Long Read"), first);
            assertTrue(s.row(23).contains("A Long Read") && s.row(23).contains("min left"), s.row(23));
            String second = s.row(1);
            s.keys("j").settle();
            assertEquals(second, s.row(0), "one line down moves the text up one row");
            s.keys("PgDn").settle();
            assertFalse(s.text().contains("Many sections, for scrolling."), s.text());
            s.keys("G").waitFor("zeta4x29.").settle();
            assertTrue(s.row(23).contains("100%") && s.row(23).contains("marked read"), s.row(23));
            s.keys("g").waitFor("Many sections, for scrolling.");
        }
    }

    @Test
    void tableOfContentsJumpsToTheSection() throws Exception {
        try (VirtualScreen s = new VirtualScreen(lib, data, 80, 24)) {
            openLong(s);
            s.keys("t").waitFor("Contents").waitFor("Epsilon section").settle();
            assertTrue(s.text().contains("words") || s.text().contains("min"), "sections show their size");
            s.keys("j", "j", "j", "j", "Enter").settle();
            assertTrue(s.row(0).contains("Epsilon section"), s.text());
            assertTrue(s.row(23).contains("Epsilon section"), "the status line names the section: " + s.row(23));
        }
    }

    @Test
    void linksGoToTheOtherEssayAndBackAndForward() throws Exception {
        try (VirtualScreen s = new VirtualScreen(lib, data, 80, 24)) {
            openLong(s);
            s.keys("t", "j", "Enter", "Tab").settle(); // the first link of Beta, scrolled into view
            String beta = s.row(0);
            s.keys("Enter").waitFor("Temperature");
            assertTrue(s.text().contains("The Softmax Function"), s.text());
            s.keys("Backspace").settle();
            assertEquals(beta, s.row(0), "back lands where the link was followed");
            s.keys("]").waitFor("Dividing scores by a temperature");
        }
    }

    @Test
    void positionSurvivesARestartAtAnotherWidth() throws Exception {
        String word;
        try (VirtualScreen s = new VirtualScreen(lib, data, 80, 30)) {
            openLong(s);
            s.keys("t", "j", "j", "j", "Enter").settle();
            assertTrue(s.row(0).strip().startsWith("Delta section"), s.text());
            s.keys("j", "j", "j", "j", "j", "j").settle(); // into the middle of the first paragraph
            word = s.row(0).strip().split(" ")[0];
            assertTrue(word.matches("delta1x\\d+\\.?"), "mid-paragraph: " + s.row(0));
            s.quit();
        }
        try (VirtualScreen s = new VirtualScreen(lib, data, 60, 20)) {
            s.waitFor("Continue reading").waitFor("Delta section");
            s.keys("Enter").waitFor("% ").settle();
            assertTrue(s.row(0).contains(word), "the same word is on the top line at 60 columns: " + s.text());
            assertTrue(s.row(19).contains("Delta section"), "the status line names the section: " + s.row(19));
        }
    }

    @Test
    void resizeReflowsAndKeepsThePassageAtTheTop() throws Exception {
        try (VirtualScreen s = new VirtualScreen(lib, data, 80, 30)) {
            openLong(s);
            s.keys("t", "j", "j", "Enter").settle();
            assertTrue(s.row(0).contains("Gamma section"), s.text());
            s.resize(70, 20);
            s.waitFor("Gamma section").settle();
            assertTrue(s.row(0).contains("Gamma section"), s.text());
            assertTrue(s.text().lines().allMatch(l -> l.length() <= 70));
        }
    }

    @Test
    void libraryNarrowsAsYouTypeAndOpens() throws Exception {
        try (VirtualScreen s = new VirtualScreen(lib, data, 80, 24)) {
            s.waitFor("Tracks").keys("e").waitFor("4 essays");
            s.keys("/").type("kv").waitFor("1 of 4 essays");
            s.keys("Enter", "Enter").waitFor("Keys and values kept between steps.");
        }
    }

    @Test
    void glossaryShowsDefinitionsAndFindsEssaysUsingTheTerm() throws Exception {
        try (VirtualScreen s = new VirtualScreen(lib, data, 80, 24)) {
            s.waitFor("Tracks").keys("w").waitFor("Glossary").settle();
            assertTrue(s.text().contains("Turns scores into probabilities."), s.text());
            s.keys("Enter").waitFor("\"Softmax\"").waitFor("The Softmax Function");
        }
    }

    @Test
    void helpListsTheKeysOfTheScreenItWasOpenedFrom() throws Exception {
        try (VirtualScreen s = new VirtualScreen(lib, data, 80, 24)) {
            openLong(s);
            s.keys("?").waitFor("Keys").settle();
            assertTrue(s.text().contains("Table of contents"), s.text());
            assertTrue(s.row(2).contains("Reader"), s.text());
        }
    }

    @Test
    void aFocusedSnippetRunsWithItsOutputInlineAndALongOneCanBeStopped() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(onPath("python3"), "python3 is not installed");
        dev.lectern.app.LibraryTrust.trust(lib, dev.lectern.store.DataPaths.resolve(data, java.util.Map.of()));
        try (VirtualScreen s = new VirtualScreen(lib, data, 80, 30)) {
            openLong(s);
            s.keys("t", "j", "j", "Enter", "Tab", "r").waitFor("matches the expected output").waitFor("done");
            s.keys("Tab", "r").waitFor("running");
            s.keys("x").waitFor("cancelled");
            assertFalse(s.text().contains("\u2502 late"), "the stopped snippet printed nothing: " + s.text());
        }
    }

    @Test
    void theReaderAsksBeforeRunningCodeOfALibraryItDoesNotTrustAndAnyOtherKeyRunsNothing() throws Exception {
        try (VirtualScreen s = new VirtualScreen(lib, data, 80, 30)) {
            openLong(s);
            s.keys("t", "j", "j", "Enter", "Tab", "r").waitFor("This library is not trusted").settle();
            assertTrue(s.row(29).contains("y yes, this session"), s.text());
            assertTrue(s.row(29).contains("a always trust this library"), s.text());
            s.keys("n").waitFor("snippet 1 not run").settle();
            assertFalse(s.text().contains("matches the expected output"), "nothing ran: " + s.text());
            assertFalse(s.text().contains("This library is not trusted"), "the question is gone: " + s.text());
            assertFalse(dev.lectern.app.LibraryTrust.trusted(lib, dev.lectern.store.DataPaths.resolve(data, java.util.Map.of())));
        }
    }

    @Test
    void yesRunsTheUntrustedLibrarysSnippetsForThisSessionOnlyAndRemembersNothing() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(onPath("python3"), "python3 is not installed");
        try (VirtualScreen s = new VirtualScreen(lib, data, 80, 30)) {
            openLong(s);
            s.keys("t", "j", "j", "Enter", "Tab", "r").waitFor("This library is not trusted").settle();
            s.keys("y").waitFor("matches the expected output").settle();
            // asked once: the next snippet of the same session runs without the question
            s.keys("Tab", "r").waitFor("running");
            assertFalse(s.text().contains("This library is not trusted"), s.text());
            s.keys("x").waitFor("cancelled");
        }
        assertFalse(dev.lectern.app.LibraryTrust.trusted(lib, dev.lectern.store.DataPaths.resolve(data, java.util.Map.of())),
                "y is for this session only");
    }

    @Test
    void alwaysTrustsTheLibraryForGoodSoTheNextReaderDoesNotAsk() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(onPath("python3"), "python3 is not installed");
        try (VirtualScreen s = new VirtualScreen(lib, data, 80, 30)) {
            openLong(s);
            s.keys("t", "j", "j", "Enter", "Tab", "r").waitFor("This library is not trusted").settle();
            s.keys("a").waitFor("matches the expected output").settle();
        }
        assertTrue(dev.lectern.app.LibraryTrust.trusted(lib, dev.lectern.store.DataPaths.resolve(data, java.util.Map.of())));
        try (VirtualScreen s = new VirtualScreen(lib, data, 80, 30)) {
            openLong(s);
            s.keys("g", "t", "j", "j", "Enter", "Tab", "r").waitFor("matches the expected output").settle();
        }
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (java.nio.file.Files.isExecutable(Path.of(dir, program))) return true;
        }
        return false;
    }

    @Test
    void tooSmallATerminalSaysSo() throws Exception {
        try (VirtualScreen s = new VirtualScreen(lib, data, 80, 24)) {
            s.waitFor("Tracks");
            s.resize(30, 8);
            s.waitFor("needs at least");
            s.resize(80, 24);
            s.waitFor("Tracks");
        }
    }

    private static void openLong(VirtualScreen s) throws InterruptedException {
        s.waitFor("Tracks").keys("e").waitFor("4 essays").keys("/").type("long").keys("Enter", "Enter");
        s.waitFor("min left").settle();
    }
}
