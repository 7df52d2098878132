package dev.lectern.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares a drawing with {@code src/test/resources/diagram/<name>.golden}: the lines as drawn,
 * then {@code -- overflows} and {@code -- note: …} when they apply. Run the tests with
 * {@code -Dlectern.updateGoldens=true} to rewrite the goldens from the actual output.
 */
final class GoldenFiles {
    private static final Path DIRECTORY = Path.of("src", "test", "resources", "diagram");

    private GoldenFiles() {
    }

    static String text(Drawing drawing) {
        List<String> lines = new ArrayList<>(drawing.lines());
        if (drawing.overflows()) {
            lines.add("-- overflows");
        }
        drawing.note().ifPresent(note -> lines.add("-- note: " + note));
        return String.join("\n", lines) + "\n";
    }

    static void assertGolden(String name, Drawing drawing) {
        Path file = DIRECTORY.resolve(name + ".golden");
        String actual = text(drawing);
        try {
            if (Boolean.getBoolean("lectern.updateGoldens")) {
                Files.createDirectories(DIRECTORY);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                throw new AssertionError("missing golden " + file + "; write it with -Dlectern.updateGoldens=true and review it");
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                    "golden " + file + " (regenerate with -Dlectern.updateGoldens=true)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
