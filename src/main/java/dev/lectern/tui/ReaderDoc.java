package dev.lectern.tui;

import dev.lectern.render.Rendered;
import dev.lectern.text.DisplayWidth;
import dev.lectern.text.Line;
import dev.lectern.text.Role;
import dev.lectern.text.Span;
import dev.lectern.text.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An essay as the reader shows it at one width: the rendered lines with the output of snippets
 * run so far inserted under their code, the links and snippets that Tab can focus, and the
 * mapping between screen lines and places in the document. Immutable; rebuilt when the width or
 * a snippet's output changes.
 */
public record ReaderDoc(int width, Rendered rendered, List<Line> lines, int[] displayOf, List<Focusable> focusables) {

    /** A piece of a focusable on one line, in display columns. */
    public record Segment(int line, int col, int width) {
    }

    /**
     * A link (target as written in the Markdown), a runnable snippet (its number), or the first use
     * of a glossary term ({@code term}: the entry's term).
     */
    public record Focusable(String target, int snippet, List<Segment> segments, String term) {
        public Focusable(String target, int snippet, List<Segment> segments) {
            this(target, snippet, segments, null);
        }

        public boolean isSnippet() {
            return snippet > 0;
        }

        public int line() {
            return segments.get(0).line();
        }
    }

    /** A find match in display columns. */
    public record Match(int line, int col, int width) {
    }

    /** What a finished or running snippet shows under its code. */
    public record Output(String summary, String text, boolean running) {
    }

    public static ReaderDoc of(Rendered r, int width, Map<Integer, Output> outputs, boolean unicode) {
        return of(r, width, outputs, unicode, List.of());
    }

    /** The essay with the first use of each of these glossary terms focusable too. */
    public static ReaderDoc of(Rendered r, int width, Map<Integer, Output> outputs, boolean unicode,
                               List<dev.lectern.content.GlossaryEntry> glossary) {
        List<Line> lines = new ArrayList<>(r.lines().size());
        int[] displayOf = new int[r.lines().size() + 1];
        // Output goes after the last line of the snippet's block (its code).
        java.util.Map<Integer, Integer> insertAfter = new java.util.HashMap<>();
        for (Rendered.SnippetRef s : r.snippets()) {
            if (!outputs.containsKey(s.number())) continue;
            int b = r.lines().get(s.line()).block();
            int end = s.line();
            while (end + 1 < r.lines().size() && r.lines().get(end + 1).block() == b) end++;
            while (end > s.line() && r.lines().get(end).spans().isEmpty()) end--;
            insertAfter.put(end, s.number());
        }
        for (int i = 0; i < r.lines().size(); i++) {
            displayOf[i] = lines.size();
            Line l = r.lines().get(i);
            lines.add(l);
            Integer n = insertAfter.get(i);
            if (n != null) lines.addAll(outputLines(outputs.get(n), l.block(), width, unicode));
        }
        displayOf[r.lines().size()] = lines.size();
        List<Focusable> fs = focusables(r, lines, displayOf);
        List<Focusable> terms = GlossaryTerms.of(r, displayOf, glossary);
        if (!terms.isEmpty()) {
            List<Focusable> all = new ArrayList<>(fs);
            all.addAll(terms);
            all.sort(java.util.Comparator.comparingInt(Focusable::line).thenComparingInt(f -> f.segments().get(0).col()));
            fs = List.copyOf(all);
        }
        return new ReaderDoc(width, r, List.copyOf(lines), displayOf, fs);
    }

    private static List<Line> outputLines(Output o, int block, int width, boolean unicode) {
        List<Line> out = new ArrayList<>();
        dev.lectern.text.Symbols sym = dev.lectern.text.Symbols.of(unicode);
        String bar = sym.quoteBar() + " ";
        out.add(new Line(List.of(Span.plain("  "), new Span(sym.pointer() + " " + o.summary(),
                Style.of(o.running() ? Role.MUTED : Role.OUTPUT).bold())), block));
        String text = o.text().stripTrailing();
        if (!text.isEmpty()) {
            for (String s : text.split("\n", -1)) {
                out.add(new Line(List.of(Span.plain("  "), Span.of(bar, Role.RULE), Span.of(s.replace("\t", "    "), Role.OUTPUT)), block));
            }
        }
        return out;
    }

    private static List<Focusable> focusables(Rendered r, List<Line> lines, int[] displayOf) {
        List<Focusable> out = new ArrayList<>();
        java.util.Map<Integer, Integer> snippetAt = new java.util.HashMap<>();
        for (Rendered.SnippetRef s : r.snippets()) snippetAt.put(displayOf[s.line()], s.number());
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            Integer n = snippetAt.get(i);
            if (n != null) {
                out.add(new Focusable(null, n, List.of(new Segment(i, 0, Math.max(1, l.width())))));
                continue;
            }
            int col = 0;
            for (Span s : l.spans()) {
                int w = s.width();
                String t = s.style().link();
                if (t != null && w > 0) {
                    Focusable last = out.isEmpty() ? null : out.get(out.size() - 1);
                    Segment ls = last == null ? null : last.segments().get(last.segments().size() - 1);
                    boolean continues = last != null && t.equals(last.target()) && ls != null
                            && ((ls.line() == i && ls.col() + ls.width() == col) || ls.line() == i - 1);
                    if (continues) {
                        List<Segment> segs = new ArrayList<>(last.segments());
                        if (ls.line() == i) segs.set(segs.size() - 1, new Segment(i, ls.col(), ls.width() + w));
                        else segs.add(new Segment(i, col, w));
                        out.set(out.size() - 1, new Focusable(t, 0, List.copyOf(segs)));
                    } else {
                        out.add(new Focusable(t, 0, List.of(new Segment(i, col, w))));
                    }
                }
                col += w;
            }
        }
        return List.copyOf(out);
    }

    public int size() {
        return lines.size();
    }

    /** The widest line (for sideways scrolling). */
    public int maxWidth() {
        int w = 0;
        for (Line l : lines) w = Math.max(w, l.width());
        return w;
    }

    /**
     * The screen line where a place is at this width: the line of the block that holds the
     * place's character (a place's offset counts the visible characters of its block before it,
     * so it names the same word whatever width the block was wrapped to).
     */
    public int lineOf(Place p) {
        if (p.anchor() != null) {
            int l = rendered.lineOf(p.anchor());
            return l < 0 ? 0 : displayOf[l];
        }
        if (lines.isEmpty()) return 0;
        if (p.block() < 0) return Math.max(0, Math.min(p.offset(), lines.size() - 1));
        int first = -1;
        int firstAfter = -1;
        for (int i = 0; i < lines.size(); i++) {
            int b = lines.get(i).block();
            if (b == p.block()) {
                first = i;
                break;
            }
            if (b > p.block() && firstAfter < 0) firstAfter = i;
        }
        if (first < 0) return firstAfter >= 0 ? firstAfter : lines.size() - 1;
        int seen = 0;
        int last = first;
        for (int i = first; i < lines.size() && lines.get(i).block() == p.block(); i++) {
            int n = visible(lines.get(i));
            if (seen + n > p.offset()) return i;
            seen += n;
            last = i;
        }
        return last;
    }

    /** The place in the document of a screen line: its block and the visible characters of the block before it. */
    public Place placeOf(int line) {
        if (lines.isEmpty()) return Place.START;
        line = Math.max(0, Math.min(line, lines.size() - 1));
        int b = lines.get(line).block();
        if (b < 0) return Place.at(-1, line);
        int first = line;
        while (first > 0 && lines.get(first - 1).block() == b) first--;
        int offset = 0;
        for (int i = first; i < line; i++) offset += visible(lines.get(i));
        return Place.at(b, offset);
    }

    /** Characters that are not white space: what stays the same when a block is wrapped again. */
    private static int visible(Line l) {
        int n = 0;
        for (Span s : l.spans()) {
            String t = s.text();
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                if (!Character.isWhitespace(cp) && cp != 0xa0) n++;
                i += Character.charCount(cp);
            }
        }
        return n;
    }

    /** The heading of the section a line is in, or null before the first heading. */
    public Rendered.Heading sectionAt(int line) {
        Rendered.Heading found = null;
        for (Rendered.Heading h : rendered.headings()) {
            if (displayOf[h.line()] <= line) found = h;
            else break;
        }
        return found;
    }

    /** The screen line of a heading. */
    public int lineOfHeading(Rendered.Heading h) {
        return displayOf[h.line()];
    }

    /** Every occurrence of any of the words (case-insensitive), in reading order. */
    public List<Match> find(List<String> words) {
        List<Match> out = new ArrayList<>();
        List<String> ws = words.stream().filter(w -> !w.isBlank()).map(w -> w.toLowerCase(Locale.ROOT)).toList();
        if (ws.isEmpty()) return out;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            String low = t.toLowerCase(Locale.ROOT);
            if (low.length() != t.length()) low = t; // case folding changed lengths: match exactly
            List<int[]> hits = new ArrayList<>();
            for (String w : ws) {
                int at = low.indexOf(w);
                while (at >= 0) {
                    hits.add(new int[] {at, at + w.length()});
                    at = low.indexOf(w, at + Math.max(1, w.length()));
                }
            }
            hits.sort((a, b) -> a[0] - b[0]);
            int lastEnd = -1;
            for (int[] h : hits) {
                if (h[0] < lastEnd) continue;
                int col = DisplayWidth.of(t.substring(0, h[0]));
                out.add(new Match(i, col, Math.max(1, DisplayWidth.of(t.substring(h[0], h[1])))));
                lastEnd = h[1];
            }
        }
        return out;
    }
}
