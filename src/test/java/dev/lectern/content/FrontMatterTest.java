package dev.lectern.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
    @Test
    void flowListOfTagsIsAListNotOneString() {
        FrontMatter fm = FrontMatter.parse("a.md", "---\ntitle: A\ntags: [training, evaluation]\n---\nbody\n");
        assertEquals(List.of("training", "evaluation"), fm.list("tags"));
        assertEquals("body\n", fm.body());
        assertEquals(5, fm.bodyLine());
    }

    @Test
    void blockListAndCommaListBothWork() {
        FrontMatter block = FrontMatter.parse("a.md", "---\ntags:\n  - a\n  - b\n---\n");
        FrontMatter comma = FrontMatter.parse("a.md", "---\ntags: a, b\n---\n");
        assertEquals(List.of("a", "b"), block.list("tags"));
        assertEquals(List.of("a", "b"), comma.list("tags"));
    }

    @Test
    void brokenYamlIsReportedWithTheFileLine() {
        FrontMatter fm = FrontMatter.parse("essays/x.md", "---\ntitle: A\ntags: [a, b\ndek: d\n---\n# X\n");
        assertEquals(1, fm.problems().size());
        Problem p = fm.problems().get(0);
        assertEquals("essays/x.md", p.file());
        assertTrue(p.line() >= 3 && p.line() <= 5, "line " + p.line());
        assertTrue(p.toString().startsWith("essays/x.md:" + p.line() + ": front matter is not valid YAML"));
    }

    @Test
    void noFrontMatterMeansTheWholeFileIsBody() {
        FrontMatter fm = FrontMatter.parse("a.md", "# Title\n\ntext\n");
        assertTrue(fm.fields().isEmpty());
        assertEquals("# Title\n\ntext\n", fm.body());
        assertTrue(fm.problems().isEmpty());
    }

    @Test
    void unclosedFrontMatterIsAProblemAndTheFileStillReads() {
        FrontMatter fm = FrontMatter.parse("a.md", "---\ntitle: A\n# Heading\n");
        assertEquals(1, fm.problems().size());
        assertEquals(1, fm.problems().get(0).line());
    }

    @Test
    void badLevelAndDateNameTheirLines() {
        List<Problem> problems = new ArrayList<>();
        LibraryReader.essay("x", "essays/x.md", "---\ntitle: X\ndate: 2026-13-40\nlevel: expert\n---\n# X\n", problems);
        assertEquals(List.of("essays/x.md:3: date `2026-13-40` is not a real YYYY-MM-DD date",
                "essays/x.md:4: level `expert` is not one of intro, intermediate, advanced"),
                problems.stream().map(Problem::toString).toList());
    }

    @Test
    void nestedMapValueIsReportedNotThrown() {
        FrontMatter fm = FrontMatter.parse("a.md", "---\ntitle:\n  en: A\n---\n");
        assertEquals(1, fm.problems().size());
        assertEquals(2, fm.problems().get(0).line());
    }

    @Test
    void theBodyAloneIsTheBodyAndLineParsingGivesForEveryBundledEssayAndOddFiles() throws Exception {
        List<String> texts = new java.util.ArrayList<>(List.of("no front matter\n", "---\ntitle: x\n---\nbody\n",
                "\uFEFF---\r\ntitle: x\r\n...\r\nbody", "---\nnever closed\n", "---", "---\n---\n"));
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of("content/essays"))) {
            for (java.nio.file.Path f : files.toList()) texts.add(java.nio.file.Files.readString(f));
        }
        for (String t : texts) {
            FrontMatter full = FrontMatter.parse("f.md", t);
            FrontMatter body = FrontMatter.bodyOnly("f.md", t);
            assertEquals(full.body(), body.body());
            assertEquals(full.bodyLine(), body.bodyLine());
            assertTrue(body.fields().isEmpty());
        }
    }
}
