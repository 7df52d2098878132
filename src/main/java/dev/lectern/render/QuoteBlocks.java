package dev.lectern.render;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import dev.lectern.text.Fit;
import dev.lectern.text.Line;
import dev.lectern.text.Role;
import dev.lectern.text.Span;
import dev.lectern.text.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Block quotes: a bar beside the quoted blocks, a pull quote set apart, and GitHub's alerts ({@code > [!NOTE]}). */
final class QuoteBlocks {
    private static final Pattern ALERT = Pattern.compile("^\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\]\\s*", Pattern.CASE_INSENSITIVE);

    private final MarkdownRenderer parent;
    private final RenderOptions opt;
    private final InlineRenderer inline;

    QuoteBlocks(MarkdownRenderer parent, RenderOptions opt, InlineRenderer inline) {
        this.parent = parent;
        this.opt = opt;
        this.inline = inline;
    }

    List<Line> quote(BlockQuote q, int width) {
        Node first = q.getFirstChild();
        String firstText = first instanceof Paragraph ? first.getChars().toString() : "";
        var m = ALERT.matcher(firstText);
        if (m.find()) return alert(q, m.group(1).toUpperCase(Locale.ROOT), width);
        if (isPullQuote(q)) return pullQuote((Paragraph) first, width);
        String bar = opt.symbols().quoteBar() + " ";
        // Nested past the point where the text would get fewer than MIN_CHILD columns, a quote
        // draws no more bars: every line still fits the width, and the text stays readable.
        boolean barred = MarkdownRenderer.roomToIndent(width, 2);
        List<Line> inner = parent.children(q, MarkdownRenderer.childWidth(width, 2));
        List<Line> lines = new ArrayList<>();
        for (Line l : inner) {
            List<Span> spans = new ArrayList<>();
            for (Span s : l.spans()) spans.add(s.style().role() == Role.PLAIN ? new Span(s.text(), s.style().withRole(Role.QUOTE)) : s);
            Line quoted = new Line(spans, -1);
            lines.add(barred ? quoted.prefixed(List.of(Span.of(bar, Role.QUOTE))) : quoted);
        }
        return lines;
    }

    /** A quote of one paragraph holding one sentence: the sentence that carries the piece. */
    private static boolean isPullQuote(BlockQuote q) {
        Node p = q.getFirstChild();
        if (!(p instanceof Paragraph) || p.getNext() != null) return false;
        String t = p.getChars().toString().strip().replaceAll("\\s+", " ");
        if (t.length() < 20 || t.length() > 320) return false;
        String inner = t.substring(0, t.length() - 1);
        return t.matches(".*[.!?][\"”’)]?$") && !inner.matches(".*[.!?] [A-Z].*");
    }

    List<Line> pullQuote(Paragraph p, int width) {
        // A measure of its own (64 at most, 4 columns of margin each side) while there is room;
        // nested deep, the lead's 4 columns only.
        int inner = MarkdownRenderer.roomToIndent(width, 8) ? Math.min(width - 8, 64) : Math.max(1, width - 4);
        List<Span> spans = new ArrayList<>();
        for (Span s : inline.spans(p)) spans.add(new Span(s.text(), s.style().withRole(Role.PULL_QUOTE).italic()));
        List<Line> wrapped = Wrapper.wrap(spans, inner);
        List<Line> lines = new ArrayList<>();
        String mark = opt.symbols().pullQuote();
        for (int i = 0; i < wrapped.size(); i++) {
            String lead = i == 0 ? "  " + mark + " " : "    ";
            lines.add(wrapped.get(i).prefixed(List.of(Span.of(lead, Role.PULL_QUOTE))));
        }
        return lines;
    }

    List<Line> alert(BlockQuote q, String kind, int width) {
        Role role = Role.valueOf(kind);
        String icon = opt.symbols().alert(kind);
        String bar = opt.symbols().calloutBar() + " ";
        List<Line> lines = new ArrayList<>();
        boolean barred = MarkdownRenderer.roomToIndent(width, 2);
        String title = Fit.truncate(icon + " " + kind.charAt(0) + kind.substring(1).toLowerCase(Locale.ROOT),
                MarkdownRenderer.childWidth(width, 2), opt.symbols().ellipsis());
        lines.add(barred ? Line.of(new Span(bar, Style.of(role)), new Span(title, Style.of(role).bold()))
                : Line.of(new Span(title, Style.of(role).bold())));
        List<Line> inner = parent.children(q, MarkdownRenderer.childWidth(width, 2));
        if (!inner.isEmpty()) {
            // The first line starts with the [!KIND] marker: drop it.
            Line first = inner.get(0);
            String t = first.text();
            var m = ALERT.matcher(t);
            if (m.find()) {
                inner.set(0, dropPrefix(first, m.end()));
                if (inner.get(0).text().isBlank()) inner.remove(0);
            }
        }
        for (Line l : inner) lines.add(barred ? l.prefixed(List.of(new Span(bar, Style.of(role)))) : l);
        return lines;
    }

    private static Line dropPrefix(Line l, int chars) {
        List<Span> spans = new ArrayList<>();
        int left = chars;
        for (Span s : l.spans()) {
            if (left >= s.text().length()) {
                left -= s.text().length();
                continue;
            }
            spans.add(new Span(s.text().substring(left), s.style()));
            left = 0;
        }
        return new Line(spans, l.block());
    }
}
