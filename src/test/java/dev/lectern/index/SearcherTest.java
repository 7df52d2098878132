package dev.lectern.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearcherTest {
    @TempDir
    Path dir;
    IndexTestSupport ix;
    Searcher searcher;

    @BeforeEach
    void index() throws Exception {
        ix = new IndexTestSupport(Fixtures.library(dir.resolve("lib")), dir.resolve("index.db"));
        ix.update();
        searcher = ix.searcher();
    }

    @AfterEach
    void close() throws Exception {
        ix.close();
    }

    private List<SearchHit> hits(String q) throws Exception {
        SearchOutcome o = searcher.search(q, 10);
        return o instanceof SearchOutcome.Hits h ? h.hits() : List.of();
    }

    @Test
    void titleMatchRanksAboveBodyMentions() throws Exception {
        List<SearchHit> h = hits("softmax");
        assertEquals("softmax", h.get(0).slug());
        assertEquals("the-softmax-function", h.get(0).anchor());
        assertTrue(h.stream().anyMatch(x -> x.slug().equals("gradient-descent")), "body mention also found");
    }

    @Test
    void wordsAreStemmed() throws Exception {
        assertEquals("softmax", hits("exponentiating").get(0).slug());
        assertFalse(hits("exponentiate").isEmpty());
    }

    @Test
    void phraseMatchesOnlyAdjacentWords() throws Exception {
        assertEquals("kv-cache", hits("\"keys and values\"").get(0).slug());
        assertTrue(hits("\"values and keys\"").isEmpty());
    }

    @Test
    void prefixMatches() throws Exception {
        assertFalse(hits("temperat*").isEmpty());
        assertTrue(hits("temperat").isEmpty());
    }

    @Test
    void exclusionRemovesSections() throws Exception {
        assertTrue(hits("softmax").stream().anyMatch(x -> x.slug().equals("gradient-descent")));
        assertTrue(hits("softmax -learning").stream().noneMatch(x -> x.slug().equals("gradient-descent")));
    }

    @Test
    void eachFilterRestrictsResults() throws Exception {
        assertTrue(hits("softmax level:intermediate").stream().allMatch(x -> x.slug().equals("gradient-descent")));
        assertTrue(hits("softmax series:foundations").stream().allMatch(x -> x.slug().equals("softmax")));
        assertTrue(hits("softmax tag:training").stream().allMatch(x -> x.slug().equals("gradient-descent")));
        assertFalse(hits("softmax track:basics").isEmpty());
        assertTrue(hits("cache track:basics").isEmpty());
    }

    @Test
    void unknownFilterValuesGiveAClearMessage() throws Exception {
        SearchOutcome.Invalid t = assertInstanceOf(SearchOutcome.Invalid.class, searcher.search("x track:nope", 10));
        assertEquals("no track `nope`; tracks are: basics", t.message());
        SearchOutcome.Invalid l = assertInstanceOf(SearchOutcome.Invalid.class, searcher.search("x level:expert", 10));
        assertTrue(l.message().startsWith("level must be intro, intermediate or advanced"));
    }

    @Test
    void snippetHighlightsTheMatch() throws Exception {
        SearchHit h = hits("overflow").get(0);
        assertTrue(h.rawSnippet().contains("\u0001overflow\u0002"), h.rawSnippet());
        assertTrue(h.snippet().spans().stream().anyMatch(s -> s.text().equals("overflow")
                && s.style().role() == dev.lectern.text.Role.MATCH));
    }

    @Test
    void misspellingSuggestsTheNearestIndexedWord() throws Exception {
        SearchOutcome.NoMatch nm = assertInstanceOf(SearchOutcome.NoMatch.class, searcher.search("temprature", 10));
        assertEquals("temperature", nm.suggestions().get(0));
    }

    @ParameterizedTest(name = "query {0} gives a result or a clear message")
    @ValueSource(strings = {"\"x", "AND OR", "foo-bar", "c++", "what's", "*foo", "a@b.c", "NEAR(", "", "   ",
            "!!! ??? ...", "\"\"", "-", "-softmax", "level:", "OR softmax", "softmax NOT", "col:softmax", "\u0000\u001b[2J",
            "title:softmax", "{softmax}", "^softmax"})
    void adversarialQueriesNeverThrow(String q) throws Exception {
        SearchOutcome o = searcher.search(q, 10);
        if (o instanceof SearchOutcome.Invalid inv) assertFalse(inv.message().isBlank());
    }

    @Test
    void tenKilobytesOfTextIsCappedWithANotice() throws Exception {
        String q = "softmax " + "lorem ipsum dolor ".repeat(600);
        SearchOutcome o = searcher.search(q, 10);
        assertTrue(o.notices().get(0).startsWith("only the first 24 terms were used"));
    }

    @Test
    void emptyQueryExplainsWhatToType() throws Exception {
        SearchOutcome.Invalid inv = assertInstanceOf(SearchOutcome.Invalid.class, searcher.search("", 10));
        assertEquals("nothing to search for: give a word or \"a phrase\"", inv.message());
        SearchOutcome.Invalid p = assertInstanceOf(SearchOutcome.Invalid.class, searcher.search("?!", 10));
        assertEquals("nothing to search for in `?!`: it has no letters or digits", p.message());
    }
}
