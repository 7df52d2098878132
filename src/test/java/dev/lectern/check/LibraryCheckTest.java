package dev.lectern.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.content.Problem;
import dev.lectern.run.SnippetRunner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code lectern check} on a fixture library with one problem of each kind: every message, with
 * its file and line, exactly as an author sees it.
 */
class LibraryCheckTest {
    static final Path BROKEN = Path.of("src/test/resources/check/broken");

    static final List<String> EXPECTED = List.of(
            // front matter
            "essays/bad-front-matter.md:1: series `nonexistent` has no file series/nonexistent.md",
            "essays/bad-front-matter.md:1: front matter has no `dek:` (required)",
            "essays/bad-front-matter.md:3: date `2026-02-30` is not a real YYYY-MM-DD date",
            "essays/bad-front-matter.md:4: level `expert` is not one of intro, intermediate, advanced",
            "essays/bad-front-matter.md:6: unknown front-matter field `colour` (known: title, dek, date, level, series, tags, aliases)",
            // orphans, diagrams, cards, snippets
            "essays/blocks.md:1: orphan: no track lists this essay, it is in no series and no other page links to it",
            "essays/blocks.md:9: mermaid: unsupported syntax: diagram type 'sequenceDiagram'",
            "essays/blocks.md:14: card question has no `A:` answer",
            "essays/blocks.md:16: `A:` answer without a `Q:` question before it",
            "essays/blocks.md:19: snippet 1 (python) printed other output than its expected output (line 23):"
                    + " at line 1 expected `5` but got `4`",
            "essays/blocks.md:27: snippet 2 (python) failed with exit status 1: boom",
            "essays/blocks.md:32: snippet 3 (sh) was stopped at its time limit of 1 s (allow more with `timeout=SECONDS` after `run`)",
            "essays/blocks.md:36: `ruby run`: lectern cannot run ruby snippets (it runs python, sh, bash, js, java)",
            "essays/blocks.md:40: `timeout=fast`: the time limit must be whole seconds from 1 to 600",
            // links and anchors
            "essays/links.md:1: orphan: no track lists this essay, it is in no series and no other page links to it",
            "essays/links.md:8: link to `nowhere.md`: no such file in the library",
            "essays/links.md:8: link to `good.md#a-sectoin`: essays/good.md has no heading with anchor `a-sectoin`"
                    + " (did you mean `#a-section`?)",
            "essays/links.md:9: link to `img/diagram.png`: no such file in the library",
            "essays/links.md:9: link to `#no-such-heading`: essays/links.md has no heading with anchor `no-such-heading`",
            "essays/links.md:11: link to `ghost-essay.md`: no such file in the library",
            // duplicate slugs
            "essays/more/good.md:1: duplicate slug `good`: essays/good.md has the same file name; this one is skipped",
            // glossary
            "glossary.md:7: link to `essays/good.md#softmax-itself`: essays/good.md has no heading with anchor `softmax-itself`",
            "glossary.md:9: alias `softmax` of `Logit` also names `Softmax` (line 3)",
            "glossary.md:15: term `Softmax` is already defined at line 3",
            "glossary.md:19: term `Empty` has no definition",
            // track and series references
            "library.md:1: `tracks` lists `missing-track`, which has no file tracks/missing-track.md",
            "tracks/basics.md:4: track lists `ghost`, which is not an essay in this library");

    @Test
    void everyKindOfProblemIsReportedWithItsFileAndLine() throws Exception {
        LibraryCheck.Report r = LibraryCheck.check(BROKEN, new SnippetCheck(new SnippetRunner(), 2, (d, t) -> { }));
        assertEquals(EXPECTED, r.problems().stream().map(Problem::toString).toList());
        assertEquals(5, r.essays());
        assertEquals(6, r.snippets().size());
        assertEquals(new SnippetCheck.Summary(5, 3), r.snippetRuns());
    }

    @Test
    void withoutRunningSnippetsEverythingElseIsStillChecked() throws Exception {
        LibraryCheck.Report r = LibraryCheck.check(BROKEN, null);
        List<String> expected = EXPECTED.stream().filter(m -> !m.contains("printed other output")
                && !m.contains("failed with exit") && !m.contains("time limit of")).toList();
        assertEquals(expected, r.problems().stream().map(Problem::toString).toList());
        assertEquals(SnippetCheck.Summary.NOT_RUN, r.snippetRuns());
    }

    @Test
    void theBundledLibraryHasNoProblemsBesidesItsSnippets() throws Exception {
        // The snippets themselves are run by `lectern check` in CI; here everything else is checked.
        LibraryCheck.Report r = LibraryCheck.check(Path.of("content"), null);
        assertEquals(List.of(), r.problems().stream().map(Problem::toString).toList());
        assertTrue(r.snippets().size() >= 35);
    }

    @Test
    void aPlainFolderOfMarkdownWithoutFrontMatterPasses() throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("plain");
        dev.lectern.Fixtures.write(dir, "README.md", "# Notes\n\nSee [part two](guide/two.md#setup).\n");
        dev.lectern.Fixtures.write(dir, "guide/two.md", "# Two\n\n## Setup\n\nBack to [the top](../README.md).\n");
        LibraryCheck.Report r = LibraryCheck.check(dir, null);
        assertEquals(List.of(), r.problems());
        assertEquals(2, r.essays());
    }
}
