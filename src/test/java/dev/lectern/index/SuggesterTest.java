package dev.lectern.index;

import static dev.lectern.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggesterTest {
    @TempDir
    Path dir;
    Path lib;
    IndexTestSupport ix;

    @BeforeEach
    void index() throws Exception {
        lib = Fixtures.library(dir.resolve("lib"));
        write(lib, "essays/attention.md", "---\ntitle: Attention Is Mixing\n---\n# Attention Is Mixing\n\n"
                + "Each transformer layer applies attention over the tokens; the transformer stacks them.\n"
                + "Attending is cheap once the KV cache holds the past. Attentive readers notice the retention.\n");
        ix = new IndexTestSupport(lib, dir.resolve("index.db"));
        ix.update();
    }

    @AfterEach
    void close() throws Exception {
        ix.close();
    }

    private List<String> suggestions(String q) throws Exception {
        return assertInstanceOf(SearchOutcome.NoMatch.class, ix.searcher().search(q, 10)).suggestions();
    }

    @Test
    void droppedLetterIsFound() throws Exception {
        assertEquals("attention", suggestions("atention").get(0));
    }

    @Test
    void swappedLettersAreOneEdit() throws Exception {
        assertEquals("transformer", suggestions("transfromer").get(0));
        assertEquals("transformer", suggestions("rtansformer").get(0));
    }

    @Test
    void aQueryOfSeveralWordsComesBackCorrected() throws Exception {
        assertEquals("kv cache", suggestions("kv cahce").get(0));
        assertEquals("transformer attention", suggestions("transfromer atention").get(0));
    }

    @Test
    void wordsThatMatchTogetherNothingHaveNoSuggestion() throws Exception {
        assertTrue(suggestions("softmax transformer").isEmpty());
        assertTrue(suggestions("zzzzzzzz").isEmpty());
    }

    @Test
    void wordsOfRemovedEssaysAreNoLongerSuggested() throws Exception {
        assertEquals("transformer", suggestions("transfromer").get(0));
        Files.delete(lib.resolve("essays/attention.md"));
        ix.update();
        assertFalse(suggestions("transfromer").contains("transformer"));
        write(lib, "essays/other.md", "# Other\n\nA transformer again.\n");
        ix.update();
        assertEquals("transformer", suggestions("transfromer").get(0));
        write(lib, "essays/other.md", "# Other\n\nNothing left.\n");
        Files.setLastModifiedTime(lib.resolve("essays/other.md"), FileTime.fromMillis(1_000));
        ix.update();
        assertFalse(suggestions("transfromer").contains("transformer"));
    }

    @Test
    void distanceCountsASwapAsOneEditAndStopsAtTheCap() {
        assertEquals(1, Suggester.distance("cahce", "cache", 2));
        assertEquals(1, Suggester.distance("atention", "attention", 2));
        assertEquals(2, Suggester.distance("kitten", "sitting", 5) - 1);
        assertEquals(3, Suggester.distance("abcdef", "uvwxyz", 2));
        assertEquals(0, Suggester.distance("same", "same", 1));
    }

    @Test
    void termsAreLowerCaseWordsOfThreeOrMoreWithALetter() {
        Set<String> out = new HashSet<>();
        Terms.collect("The KV-cache, 2024 GPUs; Été d\u00e9j\u00e0 x1 ab \uD835\uDC00bc", out);
        assertEquals(Set.of("the", "cache", "gpus", "\u00e9t\u00e9", "d\u00e9j\u00e0", "\uD835\uDC00bc"), out);
    }
}
