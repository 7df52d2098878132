package dev.lectern.render;

import dev.lectern.text.DisplayWidth;
import dev.lectern.text.Graphemes;
import dev.lectern.text.Line;
import dev.lectern.text.Span;
import dev.lectern.text.Style;
import java.util.ArrayList;
import java.util.List;

/**
 * Word-wraps styled spans to a width. Breaks at spaces; a word wider than the line is cut
 * between grapheme clusters, never inside one. Styles carry across the break. A newline in a
 * span's text ({@link #BREAK}) is a hard break.
 */
public final class Wrapper {
    /** A hard line break inside span text (U+2028, which the sanitizer leaves alone). */
    public static final char BREAK_CHAR = '\u2028';
    public static final String BREAK = String.valueOf(BREAK_CHAR);

    private Wrapper() {
    }

    public static List<Line> wrap(List<Span> spans, int width) {
        List<Line> lines = new ArrayList<>();
        List<Span> current = new ArrayList<>();
        int used = 0;
        // Pieces are words and spaces, each in its span's style.
        List<Span> pieces = new ArrayList<>();
        for (Span s : spans) split(s, pieces);
        boolean pendingSpace = false;
        Style spaceStyle = Style.PLAIN;
        for (Span p : pieces) {
            String t = p.text();
            if (t.equals(BREAK)) {
                lines.add(new Line(current, -1));
                current = new ArrayList<>();
                used = 0;
                pendingSpace = false;
                continue;
            }
            if (t.isBlank()) {
                if (used > 0) {
                    pendingSpace = true;
                    spaceStyle = p.style();
                }
                continue;
            }
            int w = DisplayWidth.of(t);
            int need = w + (pendingSpace ? 1 : 0);
            if (used + need <= width) {
                if (pendingSpace) current.add(new Span(" ", spaceStyle));
                current.add(p);
                used += need;
                pendingSpace = false;
                continue;
            }
            if (used > 0) {
                lines.add(new Line(current, -1));
                current = new ArrayList<>();
                used = 0;
                pendingSpace = false;
            }
            if (w <= width) {
                current.add(p);
                used = w;
                continue;
            }
            // A word longer than the line: cut it at grapheme boundaries.
            StringBuilder chunk = new StringBuilder();
            int cw = 0;
            Graphemes g = new Graphemes(t);
            while (g.next()) {
                if (cw + g.width() > width && cw > 0) {
                    current.add(new Span(chunk.toString(), p.style()));
                    lines.add(new Line(current, -1));
                    current = new ArrayList<>();
                    chunk.setLength(0);
                    cw = 0;
                }
                chunk.append(g.text());
                cw += g.width();
            }
            if (chunk.length() > 0) {
                current.add(new Span(chunk.toString(), p.style()));
                used = cw;
            }
        }
        if (!current.isEmpty() || lines.isEmpty()) lines.add(new Line(current, -1));
        List<Line> merged = new ArrayList<>(lines.size());
        for (Line l : lines) merged.add(merge(l));
        return merged;
    }

    /** The line with neighbouring spans of one style joined: fewer spans to paint and to compare. */
    public static Line merge(Line l) {
        if (l.spans().size() < 2) return l;
        List<Span> out = new ArrayList<>(l.spans().size());
        for (Span s : l.spans()) {
            if (!out.isEmpty() && out.get(out.size() - 1).style().equals(s.style())) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.text() + s.text(), s.style()));
            } else {
                out.add(s);
            }
        }
        return new Line(out, l.block());
    }

    private static void split(Span s, List<Span> out) {
        String t = s.text();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == BREAK_CHAR) {
                out.add(new Span(BREAK, s.style()));
                i++;
                continue;
            }
            int j = i;
            boolean space = c == ' ';
            while (j < t.length() && t.charAt(j) != BREAK_CHAR && (t.charAt(j) == ' ') == space) j++;
            out.add(new Span(t.substring(i, j), s.style()));
            i = j;
        }
    }
}
