package dev.lectern.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.content.EssayDocument;
import dev.lectern.content.LibraryLayout;
import dev.lectern.content.LibraryReader;
import dev.lectern.content.Problem;
import dev.lectern.content.SourceFile;
import dev.lectern.render.EssayRenderer;
import dev.lectern.render.RenderOptions;
import dev.lectern.render.Rendered;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {
    private static EssayDocument doc(String text) {
        return LibraryReader.essay("demo", "essays/demo.md", text, new ArrayList<>());
    }

    @Test
    void snippetsAreNumberedInReadingOrderWithTheirOutputBlocksAndFileLines() {
        EssayDocument d = doc("""
                ---
                title: Demo
                ---

                # Demo

                ```python run
                print(1)
                ```

                ```output
                1
                ```

                - in a list:

                  ```sh run timeout=30
                  echo hi
                  ```

                ```python
                not runnable
                ```
                """);
        List<Problem> problems = new ArrayList<>();
        List<Snippet> s = Snippets.extract(d, problems);
        assertEquals(List.of(), problems);
        assertEquals(2, s.size());
        assertEquals(1, s.get(0).number());
        assertEquals(7, s.get(0).line());
        assertEquals("print(1)\n", s.get(0).code());
        assertEquals("1\n", s.get(0).expected().orElseThrow());
        assertEquals(11, s.get(0).expectedLine());
        assertEquals(Duration.ofSeconds(10), s.get(0).timeout());
        assertEquals(2, s.get(1).number());
        assertEquals(Language.SH, s.get(1).language().orElseThrow());
        assertEquals(Duration.ofSeconds(30), s.get(1).timeout());
        assertTrue(s.get(1).expected().isEmpty());
    }

    @Test
    void badOptionsAndUnknownLanguagesAreProblemsOnTheFenceLine() {
        EssayDocument d = doc("---\ntitle: Demo\n---\n\n```python run timeout=0 fast\nprint(1)\n```\n\n```ruby run\nputs 1\n```\n");
        List<Problem> problems = new ArrayList<>();
        List<Snippet> s = Snippets.extract(d, problems);
        assertEquals(2, s.size());
        assertEquals(List.of(
                "essays/demo.md:5: `timeout=0`: the time limit must be whole seconds from 1 to 600",
                "essays/demo.md:5: unknown snippet option `fast` (known: timeout=SECONDS)",
                "essays/demo.md:9: `ruby run`: lectern cannot run ruby snippets (it runs python, sh, bash, js, java)"),
                problems.stream().map(Problem::toString).toList());
    }

    @Test
    void everyBundledEssayNumbersItsSnippetsAsTheRendererDoes() throws Exception {
        Path content = Path.of("content");
        int total = 0;
        for (SourceFile f : LibraryLayout.scan(content)) {
            if (f.kind() != SourceFile.Kind.ESSAY) continue;
            EssayDocument d = LibraryReader.essay(f, new ArrayList<>());
            List<Snippet> snippets = Snippets.extract(d);
            Rendered r = EssayRenderer.render(d, new RenderOptions(80, true, false));
            assertEquals(r.snippets().size(), snippets.size(), f.path());
            for (int i = 0; i < snippets.size(); i++) {
                assertEquals(r.snippets().get(i).language(), snippets.get(i).languageName(), f.path());
                assertEquals(Files.readAllLines(f.file()).get(snippets.get(i).line() - 1).strip().split("\\s+")[0],
                        "```" + snippets.get(i).languageName(), f.path() + " line " + snippets.get(i).line());
            }
            total += snippets.size();
        }
        assertTrue(total >= 35, "the bundled essays have runnable snippets: " + total);
    }
}
