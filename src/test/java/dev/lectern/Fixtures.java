package dev.lectern;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small libraries written into a temporary folder for tests. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path write(Path root, String relative, String text) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    /** A structured library with three essays, a track, a series and a glossary. */
    public static Path library(Path root) throws IOException {
        write(root, "library.md", "---\nid: testlib\ntitle: Test Library\ndek: For tests.\n---\n\n# Test Library\n\nAbout.\n");
        write(root, "tracks/basics.md", "---\ntitle: Basics\ndek: The basics.\nessays: [softmax, gradient-descent]\n---\n\n# Basics\n\nIntro.\n");
        write(root, "series/foundations.md", "---\ntitle: Foundations\ndek: Found.\n---\n\n# Foundations\n\nIntro.\n");
        write(root, "glossary.md", "# Glossary\n\n## Softmax\n\nAlso: softargmax\n\nTurns scores into probabilities.\n\n## Logit\n\nA raw score.\n");
        write(root, "essays/softmax.md", """
                ---
                title: The Softmax Function
                dek: Scores in, probabilities out.
                date: 2026-10-01
                level: intro
                series: foundations
                tags: [fundamentals, probability]
                ---

                # The Softmax Function

                Softmax exponentiates each score and divides by the sum.

                ## Temperature

                Dividing scores by a temperature flattens or sharpens the distribution.

                ## Numerical stability

                Subtract the maximum before exponentiating, or large logits overflow.
                """);
        write(root, "essays/gradient-descent.md", """
                ---
                title: Gradient Descent
                dek: Small steps downhill.
                date: 2026-09-01
                level: intermediate
                tags: [training]
                ---

                # Gradient Descent

                Each step moves against the gradient, scaled by the learning rate.

                ## Step size

                Too large a learning rate diverges; softmax outputs feed the loss here.
                """);
        write(root, "essays/kv-cache.md", """
                ---
                title: The KV Cache
                dek: Keys and values kept between steps.
                date: 2026-11-01
                level: advanced
                tags: [inference]
                ---

                # The KV Cache

                A decoder keeps the keys and values of past tokens in a KV cache so each new token
                attends without recomputing them.

                ## Size

                Two tensors per layer: keys and values, times heads, head dimension and sequence length.
                """);
        return root;
    }
}
