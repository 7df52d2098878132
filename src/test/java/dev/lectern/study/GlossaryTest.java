package dev.lectern.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.content.GlossaryEntry;
import dev.lectern.content.GlossaryReader;
import dev.lectern.content.GlossaryTerm;
import dev.lectern.content.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code lectern define}'s matching, on the bundled glossary of 116 terms. */
class GlossaryTest {
    static final Glossary G = bundled();

    static Glossary bundled() {
        Path p = Path.of("content/glossary.md");
        try {
            return new Glossary(GlossaryReader.read(new SourceFile(SourceFile.Kind.GLOSSARY, "glossary", "glossary.md", p,
                    Files.size(p), 0), new ArrayList<>()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void exactTermIgnoresCaseDashesAndApostrophes() {
        assertEquals(Glossary.How.EXACT, G.lookup("cross-entropy").how());
        assertEquals("Cross-entropy", G.lookup("CROSS ENTROPY").entry().term());
        assertEquals("Bias–variance trade-off", G.lookup("bias-variance trade-off").entry().term());
        assertEquals("Bayes' theorem", G.lookup("bayes theorem").entry().term());
    }

    @Test
    void aliasesAndPluralsFindTheirTerm() {
        Glossary.Lookup l = G.lookup("log loss");
        assertEquals(Glossary.How.ALIAS, l.how());
        assertEquals("Cross-entropy", l.entry().term());
        assertEquals("Backpropagation", G.lookup("backprop").entry().term());
        assertEquals("Embedding", G.lookup("embeddings").entry().term());
    }

    @Test
    void aUniquePrefixFindsTheTermAndAnAmbiguousOneListsTheChoices() {
        Glossary.Lookup unique = G.lookup("backpropag");
        assertEquals(Glossary.How.PREFIX, unique.how());
        assertEquals("Backpropagation", unique.entry().term());
        Glossary.Lookup many = G.lookup("enc");
        assertFalse(many.found());
        assertTrue(many.suggestions().containsAll(List.of("Encoder", "Encoder-only model")), many.suggestions().toString());
    }

    @Test
    void typosGetDidYouMeanSuggestionsNotASilentGuess() {
        Glossary.Lookup l = G.lookup("sofmtax");
        assertFalse(l.found());
        assertEquals(Glossary.How.FUZZY, l.how());
        assertEquals("Softmax", l.suggestions().get(0));
        assertEquals("Dropout", G.lookup("dropuot").suggestions().get(0));
        assertEquals("Cross-entropy", G.lookup("crossentropy").suggestions().get(0));
        assertEquals(List.of(), G.lookup("zzzzzzzz").suggestions());
    }

    @Test
    void searchMatchesTermsAndAliasesByWordPrefix() {
        List<GlossaryEntry> hits = G.search("cross entropy", 3);
        assertEquals("Cross-entropy", hits.get(0).term());
        assertEquals("Softmax", G.search("softmax level:intro", 3).get(0).term());
        assertEquals(List.of(), G.search("level:intro", 3));
    }

    @Test
    void firstUsesFindEachTermOnceOutsideCodeAndHeadings() {
        String body = "# Softmax\n\nSoftmax turns logits into probabilities.\n\n```\nsoftmax(x)\n```\n\n"
                + "The cross-entropy of a softmax uses the logit again.\n";
        List<Glossary.FirstUse> uses = G.firstUses(body);
        List<String> terms = uses.stream().map(u -> u.entry().term()).toList();
        assertEquals("Softmax", terms.get(0));
        assertEquals(2, uses.get(0).line());
        assertEquals(0, uses.get(0).column());
        assertTrue(terms.contains("Cross-entropy"), terms.toString());
        assertEquals(terms.size(), terms.stream().distinct().count(), "each term once");
    }

    /** The rules {@code norm} follows, as they were written with regular expressions. */
    private static String normByRegex(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("['\u2019]", "").replaceAll("[\\s\u2010-\u2015_-]+", " ").strip();
    }

    @Test
    void namesAreNormalizedByTheSameRulesAsTheRegularExpressionsTheyReplaced() {
        List<String> names = new ArrayList<>(List.of("", " ", "--", "Bayes' theorem", "  Cross\u2013entropy  ", "top_k\t sampling",
                "rock 'n' roll", "a -'- b", "\u2003em space\u2003", "KV\u2011cache", "x\u000Bx\fx\rx", "\u0130stanbul", "-lead", "trail_"));
        for (GlossaryEntry e : G.entries()) {
            names.add(e.term());
            names.addAll(e.aliases());
        }
        java.util.Random r = new java.util.Random(7);
        String alphabet = "aZ '\u2019-_\u2010\u2015\t\n\u00a0\u2003\u0130/";
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = r.nextInt(12); j > 0; j--) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            names.add(b.toString());
        }
        for (String n : names) assertEquals(normByRegex(n), Glossary.norm(n), () -> "norm of `" + n + "`");
    }

    @Test
    void aGlossaryOfNamesAnswersAsTheWholeOneAndFetchesOnlyTheEntriesItAnswersWith() {
        List<GlossaryEntry> all = G.entries();
        List<GlossaryTerm> names = new ArrayList<>();
        for (GlossaryEntry e : all) names.add(new GlossaryTerm(e.term(), e.aliases()));
        List<Integer> fetched = new ArrayList<>();
        Glossary lazy = Glossary.of(names, i -> {
            fetched.add(i);
            return all.get(i);
        });
        for (String typed : List.of("cross entropy", "log loss", "logits", "softm", "atention", "zzzz")) {
            Glossary.Lookup whole = G.lookup(typed);
            Glossary.Lookup named = lazy.lookup(typed);
            assertEquals(whole.how(), named.how(), typed);
            assertEquals(whole.entry(), named.entry(), typed);
            assertEquals(whole.suggestions(), named.suggestions(), typed);
        }
        assertEquals(G.search("kv cache", 3), lazy.search("kv cache", 3));
        assertTrue(fetched.size() <= 10, "fetched " + fetched.size() + " of " + all.size() + " entries");
    }
}
