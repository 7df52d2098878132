package dev.lectern.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.lectern.diagram.Diagrams;
import dev.lectern.diagram.Drawing;
import dev.lectern.diagram.Glyphs;
import dev.lectern.markdown.Anchors;
import dev.lectern.markdown.HeadingText;
import dev.lectern.markdown.MarkdownParser;
import dev.lectern.markdown.math.DisplayMath;
import dev.lectern.markdown.math.InlineMath;
import dev.lectern.render.math.MathRenderer;
import dev.lectern.text.DisplayWidth;
import dev.lectern.text.Fit;
import dev.lectern.text.Line;
import dev.lectern.text.Role;
import dev.lectern.text.Span;
import dev.lectern.text.Style;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Markdown to styled lines for a width. Each block renders its children at the width it gives
 * them and decorates the lines (a quote bar, a list marker), the way rich's BlockQuote does.
 * Footnotes and, when the terminal has no hyperlinks, link targets are collected and listed at
 * the end. Every top-level block's lines carry the block's index so a reading position can be a
 * place in the document rather than a screen row. One instance renders one document.
 */
public final class MarkdownRenderer {
    private static final Pattern ALERT = Pattern.compile("^\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\]\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private final RenderOptions opt;
    private final Anchors anchors = new Anchors();
    private final List<Rendered.Heading> headings = new ArrayList<>();
    private final List<Rendered.SnippetRef> snippets = new ArrayList<>();
    private final Map<String, Integer> footnoteNumbers = new LinkedHashMap<>();
    private final Map<String, FootnoteBlock> footnotes = new LinkedHashMap<>();
    private final List<String> links = new ArrayList<>();
    private final List<Line> out = new ArrayList<>();
    private int block;
    private int snippetCount;

    private MarkdownRenderer(RenderOptions opt) {
        this.opt = opt;
    }

    /** Renders Markdown for the options' width. Never throws for any input text. */
    public static Rendered render(String markdown, RenderOptions opt) {
        return new MarkdownRenderer(opt).run(markdown);
    }

    private Rendered run(String markdown) {
        Document doc = MarkdownParser.parse(markdown);
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof FootnoteBlock fb) footnotes.put(fb.getText().toString(), fb);
        }
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof FootnoteBlock || n instanceof Reference) continue;
            List<Line> lines;
            int before = out.size();
            try {
                lines = block(n, opt.width(), true);
            } catch (RuntimeException e) {
                // A construct the renderer cannot handle is shown as its source, never a crash.
                lines = codeLines(n.getChars().toString(), null, opt.width(), Role.CODE);
            }
            if (lines.isEmpty()) continue;
            if (!out.isEmpty() && !(n instanceof FencedCodeBlock f && isOutputFence(f) && nextIsExpectedOutputConsumed())) {
                out.add(Line.EMPTY.withBlock(block));
            }
            fixHeadingLines(before, out.size());
            for (Line l : lines) out.add(l.withBlock(block));
            block++;
        }
        appendNotes();
        List<Line> fitted = new ArrayList<>(out.size());
        for (Line l : out) fitted.add(Wrapper.merge(l.stripTrailing()));
        return new Rendered(fitted, headings, snippets);
    }

    private boolean expectedOutputPending;

    private boolean nextIsExpectedOutputConsumed() {
        boolean v = expectedOutputPending;
        expectedOutputPending = false;
        return v;
    }

    /** Headings recorded with a provisional line fix their line once the block lands in {@code out}. */
    private void fixHeadingLines(int from, int to) {
        for (int i = 0; i < headings.size(); i++) {
            Rendered.Heading h = headings.get(i);
            if (h.line() < 0) headings.set(i, new Rendered.Heading(h.anchor(), h.text(), h.level(), to + (to > from ? 0 : 0)));
        }
        for (int i = 0; i < snippets.size(); i++) {
            Rendered.SnippetRef s = snippets.get(i);
            if (s.line() < 0) snippets.set(i, new Rendered.SnippetRef(s.number(), s.language(), to));
        }
    }

    // ---- blocks ---------------------------------------------------------------------------

    private List<Line> block(Node n, int width, boolean top) {
        if (n instanceof Heading h) return heading(h, width, top);
        if (n instanceof Paragraph p) return Wrapper.wrap(inline(p), width);
        if (n instanceof BlockQuote q) return quote(q, width);
        if (n instanceof ListBlock l) return list(l, width);
        if (n instanceof FencedCodeBlock f) return fenced(f, width);
        if (n instanceof IndentedCodeBlock c) return codeLines(c.getContentChars().toString(), null, width, Role.CODE);
        if (n instanceof ThematicBreak) return List.of(Line.of((opt.unicode() ? "─" : "-").repeat(width), Role.RULE));
        if (n instanceof TableBlock t) return table(t, width);
        if (n instanceof DisplayMath m) return displayMath(m.latex(), width);
        if (n instanceof HtmlCommentBlock) return List.of();
        if (n instanceof HtmlBlock h) {
            String text = TAG.matcher(h.getChars().toString()).replaceAll("").strip();
            return text.isEmpty() ? List.of() : Wrapper.wrap(List.of(Span.plain(text.replaceAll("\\s+", " "))), width);
        }
        if (n instanceof Reference) return List.of();
        // Anything else (an extension's block): its children, or its text.
        if (n.hasChildren()) return children(n, width);
        String t = n.getChars().toString().strip();
        return t.isEmpty() ? List.of() : Wrapper.wrap(List.of(Span.plain(t)), width);
    }

    private List<Line> children(Node parent, int width) {
        return children(parent, width, false);
    }

    /** Children's lines, a blank line between blocks unless {@code tight} (items of a tight list). */
    private List<Line> children(Node parent, int width, boolean tight) {
        List<Line> lines = new ArrayList<>();
        boolean first = true;
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Reference || c instanceof FootnoteBlock) continue;
            List<Line> part = block(c, width, false);
            if (part.isEmpty()) continue;
            if (!first && !tight && !(c instanceof FencedCodeBlock f && isOutputFence(f) && nextIsExpectedOutputConsumed())) {
                lines.add(Line.EMPTY);
            }
            lines.addAll(part);
            first = false;
        }
        return lines;
    }

    private List<Line> heading(Heading h, int width, boolean top) {
        String source = h.getText().toString();
        String anchor = anchors.next(source);
        String text = HeadingText.plain(source);
        headings.add(new Rendered.Heading(anchor, text, h.getLevel(), top ? -1 : -1));
        List<Span> spans = new ArrayList<>();
        Role role = h.getLevel() <= 2 ? Role.HEADING : Role.HEADING_MINOR;
        if (h.getLevel() >= 3) spans.add(new Span(opt.unicode() ? "▸ " : "> ", Style.of(role).bold()));
        for (Span s : inline(h)) spans.add(new Span(s.text(), s.style().withRole(role).bold()));
        List<Line> lines = new ArrayList<>(Wrapper.wrap(spans, width));
        if (h.getLevel() <= 2) {
            int w = 0;
            for (Line l : lines) w = Math.max(w, l.width());
            String rule = h.getLevel() == 1 ? (opt.unicode() ? "═" : "=") : (opt.unicode() ? "─" : "-");
            lines.add(Line.of(rule.repeat(Math.max(1, Math.min(width, w))), Role.RULE));
        }
        return lines;
    }

    /** The fewest columns a nested block's text is given before its parent stops indenting it. */
    static final int MIN_CHILD = 8;

    /**
     * The one rule for a child block's room: indented by {@code indent} inside {@code width}, when
     * that leaves it at least {@link #MIN_CHILD} columns. Past that depth a parent stops indenting
     * (no more bars, markers on a line of their own), so every line still fits the width.
     */
    static boolean roomToIndent(int width, int indent) {
        return width - indent >= MIN_CHILD;
    }

    private List<Line> quote(BlockQuote q, int width) {
        Node first = q.getFirstChild();
        String firstText = first instanceof Paragraph ? first.getChars().toString() : "";
        var m = ALERT.matcher(firstText);
        if (m.find()) return alert(q, m.group(1).toUpperCase(Locale.ROOT), width);
        if (isPullQuote(q)) return pullQuote((Paragraph) first, width);
        String bar = opt.unicode() ? "│ " : "| ";
        // Nested past the point where the text would get fewer than MIN_CHILD columns, a quote
        // draws no more bars: every line still fits the width, and the text stays readable.
        boolean barred = roomToIndent(width, 2);
        List<Line> inner = children(q, barred ? width - 2 : width);
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

    private List<Line> pullQuote(Paragraph p, int width) {
        // A measure of its own (64 at most, 4 columns of margin each side) while there is room;
        // nested deep, the lead's 4 columns only.
        int inner = roomToIndent(width, 8) ? Math.min(width - 8, 64) : Math.max(1, width - 4);
        List<Span> spans = new ArrayList<>();
        for (Span s : inline(p)) spans.add(new Span(s.text(), s.style().withRole(Role.PULL_QUOTE).italic()));
        List<Line> wrapped = Wrapper.wrap(spans, inner);
        List<Line> lines = new ArrayList<>();
        String mark = opt.unicode() ? "❝" : "\"";
        for (int i = 0; i < wrapped.size(); i++) {
            String lead = i == 0 ? "  " + mark + " " : "    ";
            lines.add(wrapped.get(i).prefixed(List.of(Span.of(lead, Role.PULL_QUOTE))));
        }
        return lines;
    }

    private List<Line> alert(BlockQuote q, String kind, int width) {
        Role role = Role.valueOf(kind);
        String icon = opt.unicode() ? switch (kind) {
            case "NOTE" -> "ℹ";
            case "TIP" -> "✦";
            case "IMPORTANT" -> "❢";
            case "WARNING" -> "⚠";
            default -> "✖";
        } : "!";
        String bar = opt.unicode() ? "┃ " : "| ";
        List<Line> lines = new ArrayList<>();
        boolean barred = roomToIndent(width, 2);
        String title = Fit.truncate(icon + " " + kind.charAt(0) + kind.substring(1).toLowerCase(Locale.ROOT),
                barred ? width - 2 : width, opt.unicode() ? "…" : ".");
        lines.add(barred ? Line.of(new Span(bar, Style.of(role)), new Span(title, Style.of(role).bold()))
                : Line.of(new Span(title, Style.of(role).bold())));
        List<Line> inner = children(q, barred ? width - 2 : width);
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

    private List<Line> list(ListBlock list, int width) {
        List<Line> lines = new ArrayList<>();
        int number = list instanceof OrderedList o ? o.getStartNumber() : 1;
        int last = number;
        for (Node c = list.getFirstChild(); c != null; c = c.getNext()) last++;
        int numberWidth = String.valueOf(last).length();
        boolean loose = list.isLoose();
        boolean first = true;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) continue;
            String marker;
            if (item instanceof TaskListItem t) {
                marker = t.isItemDoneMarker() ? (opt.unicode() ? "☑ " : "[x] ") : (opt.unicode() ? "☐ " : "[ ] ");
            } else if (list instanceof OrderedList) {
                marker = String.format("%" + numberWidth + "d. ", number++);
            } else {
                marker = opt.unicode() ? "• " : "* ";
            }
            int mw = DisplayWidth.of(marker);
            // Nested too deep for the width, an item's marker gets a line of its own and its
            // body the whole width, so no line is wider than the width.
            boolean hanging = roomToIndent(width, mw);
            List<Line> body = children(item, hanging ? width - mw : width, !loose);
            if (body.isEmpty()) body = List.of(Line.EMPTY);
            if (!first && loose) lines.add(Line.EMPTY);
            if (!hanging) {
                lines.add(Line.of(Fit.truncate(marker.strip(), width, "…"), Role.BULLET));
                lines.addAll(body);
            } else {
                for (int i = 0; i < body.size(); i++) {
                    String lead = i == 0 ? marker : " ".repeat(mw);
                    lines.add(body.get(i).prefixed(List.of(Span.of(lead, Role.BULLET))));
                }
            }
            first = false;
        }
        return lines;
    }

    // ---- code, snippets, diagrams, cards, math --------------------------------------------

    private static boolean isOutputFence(FencedCodeBlock f) {
        return infoWords(f).length > 0 && infoWords(f)[0].equalsIgnoreCase("output");
    }

    private static String[] infoWords(FencedCodeBlock f) {
        String info = f.getInfo().toString().strip();
        return info.isEmpty() ? new String[0] : info.split("\\s+");
    }

    private List<Line> fenced(FencedCodeBlock f, int width) {
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
            lines.add(Line.of((opt.unicode() ? "  ↳ " : "  > ") + label, Role.MUTED));
            lines.addAll(codeLines(body, null, width, Role.OUTPUT));
            return lines;
        }
        if (lang.equals("text") || lang.equals("ascii") || lang.equals("art")) return codeLines(body, null, width, Role.DIAGRAM);
        if (runnable) {
            snippetCount++;
            snippets.add(new Rendered.SnippetRef(snippetCount, lang, -1));
            List<Line> lines = new ArrayList<>();
            String head = (opt.unicode() ? "▶ " : "> ") + lang + " " + (opt.unicode() ? "·" : "-") + " snippet " + snippetCount
                    + " " + (opt.unicode() ? "·" : "-") + " runnable";
            lines.add(Line.of(Fit.truncate(head, width, opt.unicode() ? "…" : "..."), Role.MUTED));
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
    private List<Line> codeLines(String code, String lang, int width, Role role) {
        Highlighter hl = lang == null ? null : Highlighter.forLanguage(lang);
        List<Line> lines = new ArrayList<>();
        String clip = opt.unicode() ? "›" : ">";
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

    private List<Line> diagram(String lang, String source, int width) {
        Drawing d = Diagrams.draw(lang, source, width - 2, opt.unicode() ? Glyphs.UNICODE : Glyphs.ASCII);
        List<Line> lines = new ArrayList<>();
        String clip = opt.unicode() ? "›" : ">";
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
    private List<Line> cards(String body, int width) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of((opt.unicode() ? "◆ " : "* ") + "Review cards", Role.HEADING_MINOR));
        int n = 0;
        for (String[] card : CardText.parse(body)) {
            n++;
            lines.add(Line.EMPTY);
            List<Span> q = new ArrayList<>();
            q.add(new Span("Q" + n + ". ", Style.of(Role.STRONG).bold()));
            q.addAll(inlineText(card[0]));
            lines.addAll(indent(Wrapper.wrap(q, width - 2), "  "));
            List<Span> a = new ArrayList<>();
            a.add(new Span("A. ", Style.of(Role.MUTED).bold()));
            a.addAll(inlineText(card[1]));
            lines.addAll(indent(Wrapper.wrap(a, width - 6), "      "));
        }
        return lines;
    }

    private static List<Line> indent(List<Line> lines, String by) {
        List<Line> out = new ArrayList<>(lines.size());
        for (Line l : lines) out.add(l.prefixed(List.of(Span.plain(by))));
        return out;
    }

    /** Inline Markdown from a string (card text). */
    private List<Span> inlineText(String markdown) {
        Document d = MarkdownParser.parse(markdown);
        List<Span> spans = new ArrayList<>();
        for (Node c = d.getFirstChild(); c != null; c = c.getNext()) {
            if (!spans.isEmpty()) spans.add(Span.plain(" "));
            spans.addAll(inline(c));
        }
        return spans;
    }

    private List<Line> displayMath(String latex, int width) {
        List<String> rows = MathRenderer.display(latex, opt.unicode());
        int w = 0;
        for (String r : rows) w = Math.max(w, DisplayWidth.of(r));
        int pad = Math.max(2, (width - w) / 2);
        pad = Math.min(pad, 8);
        List<Line> lines = new ArrayList<>();
        String clip = opt.unicode() ? "›" : ">";
        for (String r : rows) {
            Line l = Line.of(" ".repeat(pad) + r, Role.MATH);
            if (l.width() > width && !opt.wide()) l = clipLine(l, width - 1, clip);
            lines.add(l);
        }
        return lines;
    }

    // ---- tables ---------------------------------------------------------------------------

    private List<Line> table(TableBlock t, int width) {
        List<List<Span>> header = new ArrayList<>();
        List<List<List<Span>>> rows = new ArrayList<>();
        List<TableLayout.Align> aligns = new ArrayList<>();
        for (Node section = t.getFirstChild(); section != null; section = section.getNext()) {
            if (section instanceof com.vladsch.flexmark.ext.tables.TableSeparator) continue;
            for (Node r = section.getFirstChild(); r != null; r = r.getNext()) {
                if (!(r instanceof TableRow)) continue;
                List<List<Span>> cells = new ArrayList<>();
                for (Node c = r.getFirstChild(); c != null; c = c.getNext()) {
                    if (!(c instanceof TableCell cell)) continue;
                    cells.add(inline(cell));
                    if (section instanceof TableHead) {
                        String a = cell.getAlignment() == null ? "" : cell.getAlignment().name();
                        aligns.add(a.equals("CENTER") ? TableLayout.Align.CENTER
                                : a.equals("RIGHT") ? TableLayout.Align.RIGHT : TableLayout.Align.LEFT);
                    }
                }
                if (section instanceof TableHead && header.isEmpty()) header = cells; else rows.add(cells);
            }
        }
        return TableLayout.layout(header, rows, aligns, width, opt.unicode());
    }

    // ---- inline ---------------------------------------------------------------------------

    private List<Span> inline(Node parent) {
        List<Span> spans = new ArrayList<>();
        inlineInto(parent, Style.PLAIN, spans);
        return spans;
    }

    private void inlineInto(Node parent, Style style, List<Span> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) inlineNode(n, style, out);
    }

    private void inlineNode(Node n, Style style, List<Span> out) {
        if (n instanceof Text) {
            out.add(new Span(n.getChars().unescape(), style));
        } else if (n instanceof SoftLineBreak) {
            out.add(new Span(" ", style));
        } else if (n instanceof HardLineBreak) {
            out.add(new Span(Wrapper.BREAK, style));
        } else if (n instanceof Code c) {
            out.add(new Span(c.getText().toString(), style.withRole(Role.CODE)));
        } else if (n instanceof StrongEmphasis) {
            inlineInto(n, (style.role() == Role.PLAIN ? style.withRole(Role.STRONG) : style).bold(), out);
        } else if (n instanceof Emphasis) {
            inlineInto(n, (style.role() == Role.PLAIN ? style.withRole(Role.EMPHASIS) : style).italic(), out);
        } else if (n instanceof Strikethrough) {
            inlineInto(n, style.strike(), out);
        } else if (n instanceof InlineMath m) {
            out.add(new Span(MathRenderer.inline(m.latex(), opt.unicode()), style.withRole(Role.MATH)));
        } else if (n instanceof Image img) {
            String alt = img.getText().toString();
            out.add(new Span("[" + (opt.unicode() ? "🖼 " : "image: ") + (alt.isEmpty() ? "image" : alt) + "]", style.withRole(Role.MUTED)));
            link(img.getUrl().toString(), style, out, false);
        } else if (n instanceof ImageRef ir) {
            out.add(new Span("[image: " + ir.getText() + "]", style.withRole(Role.MUTED)));
        } else if (n instanceof Link l) {
            Style ls = style.withRole(Role.LINK).withLink(l.getUrl().toString());
            int before = out.size();
            inlineInto(n, ls, out);
            if (out.size() == before) out.add(new Span(l.getUrl().toString(), ls));
            link(l.getUrl().toString(), style, out, true);
        } else if (n instanceof LinkRef lr) {
            Style ls = style.withRole(Role.LINK);
            if (lr.isDefined() && lr.getReferenceNode(lr.getDocument()) != null) {
                String url = lr.getReferenceNode(lr.getDocument()).getUrl().toString();
                inlineInto(n, ls.withLink(url), out);
                link(url, style, out, true);
            } else {
                out.add(new Span(n.getChars().toString(), style));
            }
        } else if (n instanceof AutoLink a) {
            String url = a.getText().toString();
            out.add(new Span(url, style.withRole(Role.LINK).withLink(url)));
        } else if (n instanceof MailLink m) {
            out.add(new Span(m.getText().toString(), style.withRole(Role.LINK).withLink("mailto:" + m.getText())));
        } else if (n instanceof Footnote f) {
            String label = f.getText().toString();
            int num = footnoteNumbers.computeIfAbsent(label, k -> footnoteNumbers.size() + 1);
            out.add(new Span(footnoteMark(num), style.withRole(Role.LINK)));
        } else if (n instanceof HtmlInlineComment) {
            // dropped
        } else if (n instanceof HtmlInline) {
            // Tags are removed; the text between them stays (it is a sibling Text node).
        } else if (n instanceof HtmlEntity) {
            out.add(new Span(n.getChars().unescape(), style));
        } else if (n.hasChildren()) {
            inlineInto(n, style, out);
        } else {
            out.add(new Span(n.getChars().unescape(), style));
        }
    }

    /** Footnote numbers as superscripts (¹²), so they never look like link references ([1]). */
    private String footnoteMark(int n) {
        if (!opt.unicode()) return "[^" + n + "]";
        String sup = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder sb = new StringBuilder();
        for (char c : String.valueOf(n).toCharArray()) sb.append(sup.charAt(c - '0'));
        return sb.toString();
    }

    /** With hyperlinks the target rides on the style; without, a numbered reference follows. */
    private void link(String url, Style style, List<Span> out, boolean textShown) {
        if (opt.hyperlinks() && url.matches("(?i)https?://.*")) return;
        if (url.isEmpty() || url.startsWith("#")) return;
        int i = links.indexOf(url);
        if (i < 0) {
            links.add(url);
            i = links.size() - 1;
        }
        out.add(new Span("[" + (i + 1) + "]", style.withRole(Role.MUTED)));
    }

    private void appendNotes() {
        if (!footnoteNumbers.isEmpty()) {
            out.add(Line.EMPTY.withBlock(block));
            out.add(Line.of("Notes", Role.HEADING_MINOR).withBlock(block));
            for (Map.Entry<String, Integer> e : footnoteNumbers.entrySet()) {
                FootnoteBlock fb = footnotes.get(e.getKey());
                String lead = footnoteMark(e.getValue()) + " ";
                List<Line> body = fb == null ? List.of(Line.of("(missing footnote " + e.getKey() + ")", Role.MUTED))
                        : children(fb, Math.max(8, opt.width() - lead.length()));
                for (int i = 0; i < body.size(); i++) {
                    out.add(body.get(i).prefixed(List.of(Span.of(i == 0 ? lead : " ".repeat(lead.length()), Role.MUTED))).withBlock(block));
                }
            }
            block++;
        }
        if (!links.isEmpty()) {
            out.add(Line.EMPTY.withBlock(block));
            out.add(Line.of("Links", Role.HEADING_MINOR).withBlock(block));
            for (int i = 0; i < links.size(); i++) {
                String lead = "[" + (i + 1) + "] ";
                for (Line l : Wrapper.wrap(List.of(Span.of(links.get(i), Role.LINK)), Math.max(8, opt.width() - lead.length()))) {
                    out.add(l.prefixed(List.of(Span.of(lead, Role.MUTED))).withBlock(block));
                    lead = " ".repeat(lead.length());
                }
            }
        }
    }
}
