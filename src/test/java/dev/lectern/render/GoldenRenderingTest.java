package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.text.Line;
import dev.lectern.text.Role;
import dev.lectern.text.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture in src/test/resources/render/*.md rendered at 40 and 80 columns and compared
 * with a readable golden: styles are marked as {role:text}, never raw escapes. Regenerate with
 * {@code mvn test -Dtest=GoldenRenderingTest -Dlectern.updateGoldens=true}.
 */
class GoldenRenderingTest {
    static final Path DIR = Path.of("src/test/resources/render");

    static Stream<Arguments> fixtures() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList().stream()
                    .flatMap(p -> Stream.of(Arguments.of(p.getFileName().toString(), 40), Arguments.of(p.getFileName().toString(), 80)));
        }
    }

    @ParameterizedTest(name = "{0} at {1} columns matches its golden")
    @MethodSource("fixtures")
    void rendersAsTheGoldenSays(String name, int width) throws IOException {
        String md = Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
        String actual = marked(MarkdownRenderer.render(md, new RenderOptions(width, true, false)));
        assertMatchesGolden(DIR.resolve(name.replace(".md", "." + width + ".golden")), actual);
    }

    @org.junit.jupiter.api.Test
    void aMissingGoldenFailsInsteadOfBeingWritten() {
        Path golden = DIR.resolve("no-such-fixture.80.golden");
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> assertMatchesGolden(golden, "text\n"));
        assertTrue(!Files.exists(golden), "the missing golden was written");
    }

    static void assertMatchesGolden(Path golden, String actual) throws IOException {
        if (Boolean.getBoolean("lectern.updateGoldens")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        // A missing golden fails: writing one silently would pass whatever the renderer drew.
        assertTrue(Files.exists(golden), "missing golden " + golden
                + "; write it with mvn test -Dtest=GoldenRenderingTest -Dlectern.updateGoldens=true and review it");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
    }

    /** Lines with styles written as {role:text} (plain text unmarked). */
    static String marked(Rendered r) {
        StringBuilder sb = new StringBuilder();
        for (Line l : r.lines()) {
            for (Span s : l.spans()) {
                if (s.style().role() == Role.PLAIN && !s.style().isBold() && !s.style().isItalic() && !s.style().isStrike()) {
                    sb.append(s.text());
                } else {
                    sb.append('{').append(s.style().role().key());
                    if (s.style().isBold()) sb.append("+b");
                    if (s.style().isItalic()) sb.append("+i");
                    if (s.style().isStrike()) sb.append("+s");
                    sb.append(':').append(s.text()).append('}');
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
