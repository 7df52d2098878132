package dev.lectern.render.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Fixture-driven tests: {@code math/cases.txt} for inline rendering and
 * {@code math/display-cases.txt} with one golden file per case for display rendering.
 * Run with {@code -Dlectern.updateGoldens=true} to rewrite the display goldens.
 */
class MathRendererFixtureTest {
    private static final Path FIXTURES = Path.of("src/test/resources/math");
    private static final boolean UPDATE = Boolean.getBoolean("lectern.updateGoldens");

    /** One fixture line: the TeX, whether it is rendered in ASCII, and the right-hand side. */
    private record Case(String label, String latex, boolean unicode, String expected) {
        static Case parse(String left, String expected) {
            boolean ascii = left.startsWith("[ascii] ");
            String latex = ascii ? left.substring("[ascii] ".length()) : left;
            return new Case(left, latex, !ascii, expected);
        }
    }

    private static List<String> fixtureLines(String name) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(FIXTURES.resolve(name), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) lines.add(line);
        }
        return lines;
    }

    @TestFactory
    Stream<DynamicTest> inlineCases() throws IOException {
        List<String> lines = fixtureLines("cases.txt");
        assertTrue(lines.size() > 100, "cases.txt should hold many cases");
        return lines.stream().map(line -> {
            int arrow = line.indexOf(" => ");
            assertTrue(arrow > 0, "no ' => ' in: " + line);
            Case c = Case.parse(line.substring(0, arrow), line.substring(arrow + 4));
            return DynamicTest.dynamicTest(c.label(),
                    () -> assertEquals(c.expected(), MathRenderer.inline(c.latex(), c.unicode()), c.label()));
        });
    }

    @TestFactory
    Stream<DynamicTest> displayGoldens() throws IOException {
        return fixtureLines("display-cases.txt").stream().map(line -> {
            int colon = line.indexOf(": ");
            String name = line.substring(0, colon);
            Case c = Case.parse(line.substring(colon + 2), null);
            return DynamicTest.dynamicTest(name, () -> checkGolden(name, c));
        });
    }

    private static void checkGolden(String name, Case c) throws IOException {
        Path golden = FIXTURES.resolve("display").resolve(name + ".txt");
        List<String> actual = MathRenderer.display(c.latex(), c.unicode());
        List<String> content = new ArrayList<>();
        content.add("% " + c.label());
        content.addAll(actual);
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.write(golden, content, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(golden), "missing golden " + golden + "; run with -Dlectern.updateGoldens=true");
        List<String> expected = Files.readAllLines(golden, StandardCharsets.UTF_8);
        assertEquals(String.join("\n", expected), String.join("\n", content), "display golden " + name);
    }
}
