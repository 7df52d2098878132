package dev.lectern.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One terminal line of styled spans, as the renderer produces it for a given width. Immutable.
 * A line may carry the index of the Markdown block it came from so a reading position can be
 * stored as a place in the document rather than a screen row.
 */
public record Line(List<Span> spans, int block) {
    public Line {
        spans = List.copyOf(spans);
    }

    public static final Line EMPTY = new Line(List.of(), -1);

    public static Line of(Span... spans) {
        return new Line(List.of(spans), -1);
    }

    public static Line plain(String text) {
        return text.isEmpty() ? EMPTY : new Line(List.of(Span.plain(text)), -1);
    }

    public static Line of(String text, Role role) {
        return new Line(List.of(Span.of(text, role)), -1);
    }

    public Line withBlock(int b) {
        return new Line(spans, b);
    }

    /** The text without styles. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) sb.append(s.text());
        return sb.toString();
    }

    public int width() {
        int w = 0;
        for (Span s : spans) w += s.width();
        return w;
    }

    /** This line with {@code prefix} spans in front (a quote bar, a list marker). */
    public Line prefixed(List<Span> prefix) {
        List<Span> all = new ArrayList<>(prefix.size() + spans.size());
        all.addAll(prefix);
        all.addAll(spans);
        return new Line(all, block);
    }

    /** This line with trailing spaces dropped from its last spans. */
    public Line stripTrailing() {
        List<Span> out = new ArrayList<>(spans);
        while (!out.isEmpty()) {
            Span last = out.get(out.size() - 1);
            String t = last.text().stripTrailing();
            if (t.isEmpty()) {
                out.remove(out.size() - 1);
            } else {
                if (t.length() != last.text().length()) out.set(out.size() - 1, new Span(t, last.style()));
                break;
            }
        }
        return out.size() == spans.size() && (out.isEmpty() || out.get(out.size() - 1) == spans.get(spans.size() - 1))
                ? this : new Line(out, block);
    }
}
