package dev.lectern.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Markdown into sections at ATX ({@code ## Title}) and setext headings, skipping lines
 * inside fenced code. A line scanner rather than a full parse: indexing a thousand essays must
 * stay close to the speed of the raw inserts, and headings are the only structure it needs.
 * Anchors come from {@link Anchors}, the same as the renderer's.
 */
public final class SectionSplitter {
    private SectionSplitter() {
    }

    public static List<Section> split(String markdown) {
        List<Section> out = new ArrayList<>();
        Anchors anchors = new Anchors();
        String[] lines = markdown.split("\n", -1);
        StringBuilder body = new StringBuilder();
        String anchor = "";
        String heading = "";
        int level = 0;
        int headingLine = 1;
        char fence = 0;
        int fenceLen = 0;
        String prev = null; // previous line when it could be a setext heading's text
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String t = stripIndent(line);
            if (fence != 0) {
                if (t != null && isFenceClose(t, fence, fenceLen)) fence = 0;
                body.append(line).append('\n');
                continue;
            }
            if (t != null && (t.startsWith("```") || t.startsWith("~~~"))) {
                char c = t.charAt(0);
                int n = 0;
                while (n < t.length() && t.charAt(n) == c) n++;
                if (c == '~' || t.indexOf('`', n) < 0) {
                    fence = c;
                    fenceLen = n;
                    body.append(line).append('\n');
                    prev = null;
                    continue;
                }
            }
            int atx = t == null ? 0 : atxLevel(t);
            if (atx > 0) {
                addSection(out, anchor, heading, level, headingLine, body);
                heading = HeadingText.plain(t.substring(atx));
                anchor = anchors.next(t.substring(atx));
                level = atx;
                headingLine = i + 1;
                prev = null;
                continue;
            }
            if (prev != null && t != null && isSetextUnderline(t)) {
                // The previous line was this heading's text: take it back out of the body.
                body.setLength(body.length() - prev.length() - 1);
                addSection(out, anchor, heading, level, headingLine, body);
                heading = HeadingText.plain(prev);
                anchor = anchors.next(prev);
                level = t.charAt(0) == '=' ? 1 : 2;
                headingLine = i;
                prev = null;
                continue;
            }
            body.append(line).append('\n');
            boolean paragraphText = t != null && !t.isBlank() && !t.startsWith(">") && !t.startsWith("-")
                    && !t.startsWith("*") && !t.startsWith("|") && !t.startsWith("<");
            prev = paragraphText && (prev == null || prev.isEmpty()) && previousIsBlank(lines, i) ? line : null;
        }
        addSection(out, anchor, heading, level, headingLine, body);
        return out;
    }

    private static boolean previousIsBlank(String[] lines, int i) {
        return i == 0 || lines[i - 1].isBlank() || atxLevel(lines[i - 1].strip()) > 0;
    }

    private static void addSection(List<Section> out, String anchor, String heading, int level, int line,
                                   StringBuilder body) {
        String text = body.toString();
        body.setLength(0);
        if (level == 0 && text.isBlank()) return; // nothing before the first heading
        out.add(new Section(out.size(), anchor, heading, level, line, text));
    }

    /** The line without up to three spaces of indentation, or null when it is indented code. */
    private static String stripIndent(String line) {
        int n = 0;
        while (n < line.length() && n < 4 && line.charAt(n) == ' ') n++;
        if (n == 4) return null;
        return line.substring(n);
    }

    static int atxLevel(String t) {
        int n = 0;
        while (n < t.length() && n < 7 && t.charAt(n) == '#') n++;
        if (n == 0 || n > 6) return 0;
        if (n < t.length() && t.charAt(n) != ' ' && t.charAt(n) != '\t') return 0;
        return n;
    }

    private static boolean isFenceClose(String t, char fence, int len) {
        int n = 0;
        while (n < t.length() && t.charAt(n) == fence) n++;
        return n >= len && t.substring(n).isBlank();
    }

    private static boolean isSetextUnderline(String t) {
        String s = t.strip();
        if (s.isEmpty()) return false;
        char c = s.charAt(0);
        if (c != '=' && c != '-') return false;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) != c) return false;
        return true;
    }
}
