package dev.lectern.tui;

import dev.lectern.Fixtures;
import dev.lectern.app.Session;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** The test library plus one long essay with sections, links to another essay and a snippet. */
public final class TuiFixtures {
    private TuiFixtures() {
    }

    public static final String LONG = "long-read";

    public static Path library(Path root) throws IOException {
        Fixtures.library(root);
        StringBuilder sb = new StringBuilder("""
                ---
                title: A Long Read
                dek: Many sections, for scrolling.
                date: 2026-11-20
                level: intermediate
                tags: [training]
                ---

                # A Long Read

                """);
        String[] sections = {"Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"};
        for (int s = 0; s < sections.length; s++) {
            sb.append("## ").append(sections[s]).append(" section\n\n");
            for (int p = 0; p < 4; p++) {
                sb.append("Paragraph ").append(p + 1).append(" of ").append(sections[s])
                        .append(" talks about gradients and losses at some length so that it wraps across"
                                + " several lines of the screen whatever the width of the terminal happens to be:");
                for (int w = 0; w < 30; w++) sb.append(' ').append(sections[s].toLowerCase()).append(p + 1).append('x').append(w);
                sb.append(".\n\n");
            }
            if (s == 1) sb.append("See [the temperature section](softmax.md#temperature) and [gradient descent](gradient-descent.md).\n\n");
            if (s == 2) sb.append("```python run\nprint(6 * 7)\n\nprint(\"done\")\n```\n\n```output\n42\ndone\n```\n\nA slow one:\n\n```python run\nimport time\ntime.sleep(30)\nprint(\"late\")\n```\n\n");
            if (s == 3) sb.append("A wide table of code:\n\n```text\n" + "wide-".repeat(40) + "end\n```\n\n");
        }
        Fixtures.write(root, "essays/" + LONG + ".md", sb.toString());
        return root;
    }

    public static Session session(Path lib, Path data) {
        return new Session(lib, data, Map.of(), Clock.systemUTC());
    }
}
