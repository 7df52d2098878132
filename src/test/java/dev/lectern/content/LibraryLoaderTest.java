package dev.lectern.content;

import static dev.lectern.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryLoaderTest {
    @TempDir
    Path dir;

    @Test
    void structuredLibraryLoadsEveryKindOfFile() throws Exception {
        Library lib = LibraryLoader.load(Fixtures.library(dir));
        assertEquals("testlib", lib.info().id());
        assertEquals(3, lib.essays().size());
        assertEquals(List.of("softmax", "gradient-descent"), lib.track("basics").orElseThrow().essays());
        assertEquals("Foundations", lib.seriesNamed("foundations").orElseThrow().title());
        assertEquals(List.of("Softmax", "Logit"), lib.glossary().stream().map(GlossaryEntry::term).toList());
        assertEquals(List.of("softargmax"), lib.glossary().get(0).aliases());
        assertEquals("Turns scores into probabilities.", lib.glossary().get(0).definition());
        Essay s = lib.essay("softmax").orElseThrow();
        assertEquals(Level.INTRO, s.level());
        assertEquals(List.of("fundamentals", "probability"), s.tags());
        assertTrue(lib.problems().isEmpty(), lib.problems().toString());
    }

    @Test
    void plainFolderWithoutFrontMatterIsALibrary() throws Exception {
        write(dir, "README.md", "# Project Guide\n\nWelcome.\n");
        write(dir, "guide/install.md", "Some text first.\n\n# Installing\n\nSteps.\n");
        write(dir, "guide/notitle.md", "just text\n");
        Library lib = LibraryLoader.load(dir);
        assertEquals(List.of("README", "guide/install", "guide/notitle"), lib.essays().stream().map(Essay::slug).toList());
        assertEquals("Project Guide", lib.essay("README").orElseThrow().title());
        assertEquals("Installing", lib.essay("guide/install").orElseThrow().title());
        assertEquals("guide/notitle", lib.essay("guide/notitle").orElseThrow().title());
        assertEquals(dir.getFileName().toString(), lib.info().id());
    }

    @Test
    void duplicateSlugsAreReportedAndTheFirstKept() throws Exception {
        Fixtures.library(dir);
        write(dir, "essays/more/softmax.md", "---\ntitle: Another\n---\n# Another\n");
        Library lib = LibraryLoader.load(dir);
        assertEquals("The Softmax Function", lib.essay("softmax").orElseThrow().title());
        assertTrue(lib.problems().stream().anyMatch(p -> p.file().equals("essays/more/softmax.md")
                && p.message().startsWith("duplicate slug `softmax`")), lib.problems().toString());
    }

    @Test
    void brokenFileIsReportedAndTheRestStillLoads() throws Exception {
        Fixtures.library(dir);
        write(dir, "essays/broken.md", "---\ntitle: [unclosed\n---\n# Broken Essay\n\ntext\n");
        Files.write(dir.resolve("essays/binary.md"), new byte[] {1, 0, 2, 3});
        Library lib = LibraryLoader.load(dir);
        assertEquals(4, lib.essays().size()); // the broken one loads with its heading as title
        assertEquals("Broken Essay", lib.essay("broken").orElseThrow().title());
        assertTrue(lib.problems().stream().anyMatch(p -> p.toString().startsWith("essays/broken.md:2: front matter is not valid YAML")),
                lib.problems().toString());
        assertTrue(lib.problems().stream().anyMatch(p -> p.toString().equals("essays/binary.md: skipped: a binary file, not Markdown")));
    }

    @Test
    void trackNamingAMissingEssayIsAProblem() throws Exception {
        Fixtures.library(dir);
        write(dir, "tracks/broken.md", "---\ntitle: B\nessays: [softmax, nope]\n---\n");
        Library lib = LibraryLoader.load(dir);
        assertTrue(lib.problems().stream().anyMatch(p -> p.toString()
                .equals("tracks/broken.md:3: track lists `nope`, which is not an essay in this library")));
    }

    @Test
    void invalidUtf8IsReadWithReplacementAndReported() throws Exception {
        Fixtures.library(dir);
        Files.write(dir.resolve("essays/latin1.md"), "# Caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Library lib = LibraryLoader.load(dir);
        assertTrue(lib.essay("latin1").isPresent());
        assertTrue(lib.problems().stream().anyMatch(p -> p.toString().equals("essays/latin1.md:1: not valid UTF-8; bad bytes are shown as \uFFFD")));
    }

    @Test
    void readingTimeIsComputedAtAbout230WordsAMinute() {
        String prose = "word ".repeat(460);
        assertEquals(2, ReadingTime.minutes(prose));
        String withCode = prose + "\n```\n" + "code ".repeat(460) + "\n```\n";
        assertEquals(3, ReadingTime.minutes(withCode)); // code counts half
        assertEquals(1, ReadingTime.minutes(""));
    }
}
