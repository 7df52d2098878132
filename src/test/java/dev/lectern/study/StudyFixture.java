package dev.lectern.study;

import dev.lectern.Fixtures;
import dev.lectern.app.Session;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** The test library with review cards added, and a clock the test moves by hand. */
public final class StudyFixture {
    static final String SOFTMAX_CARDS = """

            ## Review

            ```cards
            Q: What does softmax turn scores into?
            A: A probability distribution.

            Q: Why subtract the maximum logit first?
            A: So that large logits do not overflow
            when exponentiated.
            ```
            """;

    private StudyFixture() {
    }

    public static Path library(Path root) throws IOException {
        Fixtures.library(root);
        Path essay = root.resolve("essays/softmax.md");
        java.nio.file.Files.writeString(essay, java.nio.file.Files.readString(essay) + SOFTMAX_CARDS);
        Fixtures.write(root, "essays/gradient-descent.md", java.nio.file.Files.readString(root.resolve("essays/gradient-descent.md"))
                + "\n```cards\nQ: What scales each step?\nA: The learning rate.\n```\n");
        return root;
    }

    static Session session(Path lib, Path data, Clock clock) {
        return new Session(lib, data, Map.of("HOME", data.toString()), clock);
    }
}
