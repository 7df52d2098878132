package dev.lectern.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Caps how deep Markdown nests before flexmark sees it. flexmark builds and visits its tree
 * recursively, so 20,000 nested block quotes (or a list thousands of levels deep) end in a
 * StackOverflowError; no reader can follow more than a few dozen levels anyway. Past
 * {@link #MAX_QUOTES} quote markers the extra ones are dropped, and indentation past
 * {@link #MAX_INDENT} columns is cut to it, so deeper levels are shown flattened at the limit.
 * Lines keep their place (no line is added or removed), so line numbers in messages stay right;
 * fenced code is left alone.
 */
public final class NestingLimit {
    public static final int MAX_QUOTES = 32;
    public static final int MAX_INDENT = 128;

    private NestingLimit() {
    }

    /** The text with nesting capped; the same string when nothing is too deep. */
    public static String apply(String markdown) {
        if (!mayBeDeep(markdown)) return markdown;
        String[] lines = markdown.split("\n", -1);
        List<Integer> deep = deepLines(lines);
        if (deep.isEmpty()) return markdown;
        for (int n : deep) lines[n - 1] = cap(lines[n - 1]);
        return String.join("\n", lines);
    }

    /** 1-based numbers of the lines nested past the limit (for {@code lectern check}). */
    public static List<Integer> deepLines(String markdown) {
        return mayBeDeep(markdown) ? deepLines(markdown.split("\n", -1)) : List.of();
    }

    /** The lines outside fenced code that {@link #cap} would change. */
    private static List<Integer> deepLines(String[] lines) {
        List<Integer> out = new ArrayList<>();
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String f = fenceOf(lines[i]);
            if (fence != null) {
                if (f != null && f.charAt(0) == fence.charAt(0) && f.length() >= fence.length()) fence = null;
            } else if (f != null) {
                fence = f;
            } else if (cap(lines[i]) != lines[i]) {
                out.add(i + 1);
            }
        }
        return out;
    }

    /** A cheap test that skips the work for ordinary text: a long run of '>' or of indentation. */
    private static boolean mayBeDeep(String s) {
        int quotes = 0;
        int indent = 0;
        boolean lineStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                lineStart = true;
                quotes = 0;
                indent = 0;
                continue;
            }
            if (!lineStart) continue;
            if (c == '>') {
                if (++quotes > MAX_QUOTES) return true;
            } else if (c == ' ' || c == '\t') {
                indent += c == '\t' ? 4 : 1;
                if (indent > MAX_INDENT) return true;
            } else {
                lineStart = false;
            }
        }
        return false;
    }

    private static String cap(String line) {
        int i = 0;
        int quotes = 0;
        int cut = -1;
        while (i < line.length() && (line.charAt(i) == '>' || line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            if (line.charAt(i) == '>' && ++quotes == MAX_QUOTES) cut = i + 1;
            i++;
        }
        if (quotes > MAX_QUOTES) {
            // keep the first MAX_QUOTES markers; the deeper ones, and the spaces between them, go
            // (kept spaces would add up to an indented code block)
            return line.substring(0, cut) + " " + line.substring(i);
        }
        return capIndent(line, 0);
    }

    /** Cuts the whitespace after {@code from} to MAX_INDENT columns. */
    private static String capIndent(String line, int from) {
        int cols = 0;
        int i = from;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            cols += line.charAt(i) == '\t' ? 4 : 1;
            i++;
        }
        if (cols <= MAX_INDENT) return line;
        return line.substring(0, from) + " ".repeat(MAX_INDENT) + line.substring(i);
    }

    private static String fenceOf(String line) {
        int i = 0;
        while (i < line.length() && i < 4 && line.charAt(i) == ' ') i++;
        if (i > 3 || i >= line.length()) return null;
        char c = line.charAt(i);
        if (c != '`' && c != '~') return null;
        int j = i;
        while (j < line.length() && line.charAt(j) == c) j++;
        return j - i >= 3 ? line.substring(i, j) : null;
    }
}
