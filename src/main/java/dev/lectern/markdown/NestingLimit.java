package dev.lectern.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Caps how deep Markdown nests before flexmark sees it. flexmark builds and visits its tree
 * recursively, so 20,000 nested block quotes (or a list thousands of levels deep) end in a
 * StackOverflowError; no reader can follow more than a few dozen levels anyway. Past
 * {@link #MAX_QUOTES} container markers on a line (quotes and list markers alike) the extra ones are dropped, and indentation past
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

    /**
     * A cheap test that skips the work for ordinary text: a long run of container markers ('>',
     * list bullets and numbers) or of indentation at the start of a line. It may say yes for a
     * line that is not deep; {@link #cap} decides.
     */
    private static boolean mayBeDeep(String s) {
        int levels = 0;
        int indent = 0;
        boolean lineStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                lineStart = true;
                levels = 0;
                indent = 0;
                continue;
            }
            if (!lineStart) continue;
            if (c == '>' || c == '-' || c == '*' || c == '+' || c == '.' || c == ')') {
                if (++levels > MAX_QUOTES) return true;
            } else if (c == ' ' || c == '\t') {
                indent += c == '\t' ? 4 : 1;
                if (indent > MAX_INDENT) return true;
            } else if (c < '0' || c > '9') {
                lineStart = false;
            }
        }
        return false;
    }

    /**
     * The line with its container markers past {@link #MAX_QUOTES} levels dropped: quote markers
     * and list markers ({@code - * +} or a number with {@code .} or {@code )}, then a space) count
     * alike, since {@code - - - - item} on one line nests a list as deep as it has dashes.
     */
    private static String cap(String line) {
        int i = 0;
        int levels = 0;
        int cut = -1;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
                continue;
            }
            int end = markerEnd(line, i);
            if (end < 0) break;
            if (++levels == MAX_QUOTES) cut = end;
            i = end;
        }
        if (levels > MAX_QUOTES) {
            // keep the first MAX_QUOTES markers; the deeper ones, and the spaces between them, go
            // (kept spaces would add up to an indented code block)
            return line.substring(0, cut) + " " + line.substring(i);
        }
        return capIndent(line, 0);
    }

    /** Where the container marker at {@code i} ends, or -1 when none starts there. */
    private static int markerEnd(String line, int i) {
        char c = line.charAt(i);
        if (c == '>') return i + 1;
        boolean spaceAfter;
        if (c == '-' || c == '*' || c == '+') {
            spaceAfter = i + 1 < line.length() && (line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\t');
            return spaceAfter ? i + 1 : -1;
        }
        int j = i;
        while (j < line.length() && j - i < 9 && line.charAt(j) >= '0' && line.charAt(j) <= '9') j++;
        if (j == i || j >= line.length() || line.charAt(j) != '.' && line.charAt(j) != ')') return -1;
        spaceAfter = j + 1 < line.length() && (line.charAt(j + 1) == ' ' || line.charAt(j + 1) == '\t');
        return spaceAfter ? j + 1 : -1;
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
