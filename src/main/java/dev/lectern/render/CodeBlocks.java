package dev.lectern.render;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;
import dev.lectern.diagram.Diagrams;
import dev.lectern.diagram.Drawing;
import dev.lectern.diagram.Glyphs;
import dev.lectern.render.math.MathRenderer;
import dev.lectern.text.DisplayWidth;
import dev.lectern.text.Fit;
import dev.lectern.text.Line;
import dev.lectern.text.Role;
import dev.lectern.text.Span;
import dev.lectern.text.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fenced and indented code (highlighted, clipped at the width with a marker unless the reader
 * scrolls sideways), runnable snippets and their expected output, diagrams, review cards and
 * display math. Numbers the snippets of one document in reading order.
 */
final class CodeBlocks {
    private final RenderOptions opt;
    private final InlineRenderer inline;
    private final List<Rendered.SnippetRef> snippets;
    private int snippetCount;
    private boolean expectedOutputPending;

    CodeBlocks(RenderOptions opt, InlineRenderer inline, List<Rendered.SnippetRef> snippets) {
        this.opt = opt;
        this.inline = inline;
        this.snippets = snippets;
    }

    boolean nextIsExpectedOutputConsumed() {
        boolean v = expectedOutputPending;
        expectedOutputPending = false;
        return v;
    }

    static boolean isOutputFence(FencedCodeBlock f) {
        return infoWords(f).length > 0 && infoWords(f)[0].equalsIgnoreCase("output");
    }

    private static String[] infoWords(FencedCodeBlock f) {
        String info = f.getInfo().toString().strip();
        return info.isEmpty() ? new String[0] : info.split("\\s+");
    }

    List<Line> fenced(FencedCodeBlock f, int width) {
        String[] info = infoWords(f);
        String lang = info.length == 0 ? "" : info[0].toLowerCase(Locale.ROOT);
        String body = f.getContentChars().toString();
        if (body.endsWith("\n")) body = body.substring(0, body.length() - 1);
        boolean runnable = info.length > 1 && info[1].equalsIgnoreCase("run");
        if (Diagrams.supports(lang)) return diagram(lang, f.getContentChars().toString(), width);
        if (lang.equals("cards")) return cards(body, width);
        if (lang.equals("output")) {
            List<Line> lines = new ArrayList<>();
            String label = expectedOutputPending ? "expected output" : "output";
            lines.add(Line.of("  " + opt.symbols().returns() + " " + label, Role.MUTED));
            lines.addAll(codeLines(body, null, width, Role.OUTPUT));
            return lines;
        }
        if (lang.equals("text") || lang.equals("ascii") || lang.equals("art")) return codeLines(body, null, width, Role.DIAGRAM);
        if (runnable) {
            snippetCount++;
            snippets.add(new Rendered.SnippetRef(snippetCount, lang, -1));
            List<Line> lines = new ArrayList<>();
            String dot = opt.symbols().dot();
            String head = opt.symbols().play() + " " + lang + " " + dot + " snippet " + snippetCount + " " + dot + " runnable";
            lines.add(Line.of(Fit.truncate(head, width, opt.symbols().ellipsis()), Role.MUTED));
            lines.addAll(codeLines(body, lang, width, Role.CODE));
            Node next = f.getNext();
            expectedOutputPending = next instanceof FencedCodeBlock nf && isOutputFence(nf);
            return lines;
        }
        return codeLines(body, lang, width, Role.CODE);
    }

    /**
     * Code lines, highlighted when the language is known, indented by two columns. A line too
     * long for the width is clipped with a marker, never wrapped mid-token.
     */
    List<Line> codeLines(String code, String lang, int width, Role role) {
        Highlighter hl = lang == null ? null : Highlighter.forLanguage(lang);
        List<Line> lines = new ArrayList<>();
        String clip = opt.symbols().arrow();
        int room = Math.max(4, width - 2);
        for (String raw : code.split("\n", -1)) {
            String text = raw.replace("\t", "    ");
            List<Span> spans = hl != null ? hl.line(text) : List.of(new Span(text, Style.of(role)));
            Line l = new Line(spans, -1);
            if (l.width() > room && !opt.wide()) l = clipLine(l, room - 1, clip);
            lines.add(l.prefixed(List.of(Span.plain("  "))));
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).text().isBlank() && lines.size() > 1) lines.remove(lines.size() - 1);
        return lines;
    }

    private static Line clipLine(Line l, int width, String marker) {
        List<Span> spans = new ArrayList<>();
        int used = 0;
        for (Span s : l.spans()) {
            int w = s.width();
            if (used + w <= width) {
                spans.add(s);
                used += w;
                continue;
            }
            String cut = Fit.truncate(s.text(), width - used, "");
            if (!cut.isEmpty()) spans.add(new Span(cut, s.style()));
            used += DisplayWidth.of(cut);
            break;
        }
        if (used < width) spans.add(Span.plain(" ".repeat(width - used)));
        spans.add(Span.of(marker, Role.MUTED));
        return new Line(spans, l.block());
    }

    List<Line> diagram(String lang, String source, int width) {
        Drawing d = Diagrams.draw(lang, source, width - 2, opt.unicode() ? Glyphs.UNICODE : Glyphs.ASCII);
        List<Line> lines = new ArrayList<>();
        String clip = opt.symbols().arrow();
        for (String s : d.lines()) {
            Line l = Line.of(s, Role.DIAGRAM);
            if (l.width() > width - 2 && !opt.wide()) l = clipLine(l, width - 3, clip);
            lines.add(l.prefixed(List.of(Span.plain("  "))));
        }
        d.note().ifPresent(n -> lines.add(Line.of(Fit.truncate("  (" + n + ")", width, "…"), Role.MUTED)));
        if (d.overflows()) lines.add(Line.of(Fit.truncate("  (wider than the screen: scroll sideways in the reader)", width, "…"), Role.MUTED));
        return lines;
    }

    /** Review cards: Q/A pairs, numbered, the answer indented under its question. */
    List<Line> cards(String body, int width) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of(opt.symbols().diamond() + " Review cards", Role.HEADING_MINOR));
        int n = 0;
        for (String[] card : CardText.parse(body)) {
            n++;
            lines.add(Line.EMPTY);
            List<Span> q = new ArrayList<>();
            q.add(new Span("Q" + n + ". ", Style.of(Role.STRONG).bold()));
            q.addAll(inline.spansOf(card[0]));
            lines.addAll(indent(Wrapper.wrap(q, width - 2), "  "));
            List<Span> a = new ArrayList<>();
            a.add(new Span("A. ", Style.of(Role.MUTED).bold()));
            a.addAll(inline.spansOf(card[1]));
            lines.addAll(indent(Wrapper.wrap(a, width - 6), "      "));
        }
        return lines;
    }

    private static List<Line> indent(List<Line> lines, String by) {
        List<Line> out = new ArrayList<>(lines.size());
        for (Line l : lines) out.add(l.prefixed(List.of(Span.plain(by))));
        return out;
    }

    List<Line> displayMath(String latex, int width) {
        List<String> rows = MathRenderer.display(latex, opt.unicode());
        int w = 0;
        for (String r : rows) w = Math.max(w, DisplayWidth.of(r));
        int pad = Math.max(2, (width - w) / 2);
        pad = Math.min(pad, 8);
        List<Line> lines = new ArrayList<>();
        String clip = opt.symbols().arrow();
        for (String r : rows) {
            Line l = Line.of(" ".repeat(pad) + r, Role.MATH);
            if (l.width() > width && !opt.wide()) l = clipLine(l, width - 1, clip);
            lines.add(l);
        }
        return lines;
    }
}
