package dev.lectern.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares what a snippet printed with its expected output the way an author means it: trailing
 * whitespace on each line and trailing blank lines are ignored, and so are Windows line endings.
 */
public final class OutputComparison {
    private OutputComparison() {
    }

    /** Where two outputs first differ: a 1-based line and the two versions of it ("" past the end). */
    public record Difference(int line, String expected, String actual) {
    }

    public static boolean matches(String expected, String actual) {
        return normalized(expected).equals(normalized(actual));
    }

    public static Optional<Difference> firstDifference(String expected, String actual) {
        List<String> e = normalized(expected);
        List<String> a = normalized(actual);
        int n = Math.max(e.size(), a.size());
        for (int i = 0; i < n; i++) {
            String x = i < e.size() ? e.get(i) : "";
            String y = i < a.size() ? a.get(i) : "";
            if (!x.equals(y) || (i >= e.size()) != (i >= a.size())) return Optional.of(new Difference(i + 1, x, y));
        }
        return Optional.empty();
    }

    /** The lines of {@code text} as compared: trailing whitespace and trailing blank lines dropped. */
    public static List<String> normalizedLines(String text) {
        return normalized(text);
    }

    static List<String> normalized(String text) {
        List<String> lines = new ArrayList<>();
        for (String l : text.replace("\r\n", "\n").split("\n", -1)) lines.add(l.stripTrailing());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
        return lines;
    }
}
