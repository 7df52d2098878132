package dev.lectern.render;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.lectern.markdown.Anchors;
import dev.lectern.markdown.HeadingText;
import dev.lectern.markdown.MarkdownParser;
import dev.lectern.markdown.math.DisplayMath;
import dev.lectern.text.Line;
import dev.lectern.text.Role;
import dev.lectern.text.Span;
import dev.lectern.text.Style;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Markdown to styled lines for a width. Each block renders its children at the width it gives
 * them and decorates the lines (a quote bar, a list marker), the way rich's BlockQuote does.
 * Footnotes and, when the terminal has no hyperlinks, link targets are collected and listed at
 * the end. Every top-level block's lines carry the block's index so a reading position can be a
 * place in the document rather than a screen row. One instance renders one document.
 *
 * <p>This class walks the blocks and holds the document's state (headings, anchors, the running
 * block index); each kind of block has a class of its own, as glamour's elements do:
 * {@link QuoteBlocks}, {@link ListBlocks}, {@link CodeBlocks}, {@link TableBlocks}, and
 * {@link InlineRenderer} for the spans inside them. A child's width follows one rule,
 * {@link #childWidth}.
 */
public final class MarkdownRenderer {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private final RenderOptions opt;
    private final Anchors anchors = new Anchors();
    private final List<Rendered.Heading> headings = new ArrayList<>();
    private final List<Rendered.SnippetRef> snippets = new ArrayList<>();
    private final Map<String, FootnoteBlock> footnotes = new LinkedHashMap<>();
    private final List<Line> out = new ArrayList<>();
    private int block;
    private final InlineRenderer inline;
    private final QuoteBlocks quotes;
    private final ListBlocks lists;
    private final CodeBlocks code;
    private final TableBlocks tables;

    private MarkdownRenderer(RenderOptions opt) {
        this.opt = opt;
        this.inline = new InlineRenderer(opt);
        this.quotes = new QuoteBlocks(this, opt, inline);
        this.lists = new ListBlocks(this, opt);
        this.code = new CodeBlocks(opt, inline, snippets);
        this.tables = new TableBlocks(opt, inline);
    }

    /** Renders Markdown for the options' width. Never throws for any input text. */
    public static Rendered render(String markdown, RenderOptions opt) {
        return new MarkdownRenderer(opt).run(markdown);
    }

    /**
     * Markdown that is paragraphs and nothing else (a glossary entry, mostly), rendered but not
     * laid out: each paragraph's inline spans, and the link targets listed after them. Laid out
     * at a width by {@link #lines}, it gives what {@link #render} gives, with no Markdown parsing:
     * the indexer keeps one for {@code define}, which then never loads the parser.
     */
    public record Paragraphs(List<List<Span>> spans, List<String> links) {
        public Paragraphs {
            spans = List.copyOf(spans);
            links = List.copyOf(links);
        }

        /**
         * The terminals text is kept rendered for, in this order: Unicode with hyperlinks, Unicode,
         * ASCII with hyperlinks, ASCII (math and marks differ with Unicode, link references with
         * hyperlinks). The width does not matter: {@link #lines} lays out at any.
         */
        public static final List<RenderOptions> VARIANTS = List.of(new RenderOptions(80, true, true),
                new RenderOptions(80, true, false), new RenderOptions(80, false, true), new RenderOptions(80, false, false));

        /** The position in {@link #VARIANTS} of a terminal with these options. */
        public static int variant(RenderOptions opt) {
            return (opt.unicode() ? 0 : 2) + (opt.hyperlinks() ? 0 : 1);
        }

        /** As {@link #render} lays it out at {@code width}. */
        public List<Line> lines(int width) {
            int w = new RenderOptions(width, true, false, false).width();
            List<Line> out = new ArrayList<>();
            int block = 0;
            for (List<Span> p : spans) {
                List<Line> lines = Wrapper.wrap(p, w);
                if (lines.isEmpty()) continue;
                if (!out.isEmpty()) out.add(Line.EMPTY.withBlock(block));
                for (Line l : lines) out.add(l.withBlock(block));
                block++;
            }
            linkNotes(out, links, block, w);
            List<Line> fitted = new ArrayList<>(out.size());
            for (Line l : out) fitted.add(Wrapper.merge(l.stripTrailing()));
            return fitted;
        }

        /** One string for the index (the links ride as a last paragraph); null when it cannot be. */
        public String encode() {
            List<List<Span>> all = new ArrayList<>(spans);
            List<Span> targets = new ArrayList<>();
            for (String l : links) targets.add(Span.of(l, Role.LINK));
            all.add(targets);
            return dev.lectern.text.SpanCodec.encode(all);
        }

        /** What {@link #encode} wrote, or null. */
        public static Paragraphs decode(String encoded) {
            List<List<Span>> all = dev.lectern.text.SpanCodec.decode(encoded);
            if (all == null || all.isEmpty()) return null;
            List<String> links = new ArrayList<>();
            for (Span t : all.get(all.size() - 1)) links.add(t.text());
            return new Paragraphs(all.subList(0, all.size() - 1), links);
        }
    }

    /** {@code markdown} as {@link Paragraphs} when it is nothing but paragraphs, else null. */
    public static Paragraphs paragraphs(String markdown, RenderOptions opt) {
        return paragraphs(markdown, List.of(opt)).get(0);
    }

    /** The same for each of {@code opts}, parsing once; each null when it is not only paragraphs. */
    public static List<Paragraphs> paragraphs(String markdown, List<RenderOptions> opts) {
        List<Paragraphs> none = new ArrayList<>();
        for (int i = 0; i < opts.size(); i++) none.add(null);
        if (markdown.contains("[^")) return none; // footnotes are gathered at the end
        Document doc = MarkdownParser.parse(markdown);
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) if (!(n instanceof Paragraph)) return none;
        List<Paragraphs> out = new ArrayList<>(opts.size());
        for (RenderOptions opt : opts) {
            InlineRenderer inline = new InlineRenderer(opt);
            List<List<Span>> spans = new ArrayList<>();
            for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) spans.add(inline.spans((Paragraph) n));
            out.add(inline.footnoteNumbers.isEmpty() ? new Paragraphs(spans, inline.links) : null);
        }
        return out;
    }

    /** The numbered link targets after a text: its "Links" block. */
    private static void linkNotes(List<Line> out, List<String> links, int block, int width) {
        if (links.isEmpty()) return;
        out.add(Line.EMPTY.withBlock(block));
        out.add(Line.of("Links", Role.HEADING_MINOR).withBlock(block));
        for (int i = 0; i < links.size(); i++) {
            String lead = "[" + (i + 1) + "] ";
            for (Line l : Wrapper.wrap(List.of(Span.of(links.get(i), Role.LINK)), Math.max(8, width - lead.length()))) {
                out.add(l.prefixed(List.of(Span.of(lead, Role.MUTED))).withBlock(block));
                lead = " ".repeat(lead.length());
            }
        }
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
                lines = code.codeLines(n.getChars().toString(), null, opt.width(), Role.CODE);
            }
            if (lines.isEmpty()) continue;
            if (!out.isEmpty() && !(n instanceof FencedCodeBlock f && CodeBlocks.isOutputFence(f) && code.nextIsExpectedOutputConsumed())) {
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
        if (n instanceof Paragraph p) return Wrapper.wrap(inline.spans(p), width);
        if (n instanceof BlockQuote q) return quotes.quote(q, width);
        if (n instanceof ListBlock l) return lists.list(l, width);
        if (n instanceof FencedCodeBlock f) return code.fenced(f, width);
        if (n instanceof IndentedCodeBlock c) return code.codeLines(c.getContentChars().toString(), null, width, Role.CODE);
        if (n instanceof ThematicBreak) return List.of(Line.of(opt.symbols().hrule().repeat(width), Role.RULE));
        if (n instanceof TableBlock t) return tables.table(t, width);
        if (n instanceof DisplayMath m) return code.displayMath(m.latex(), width);
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

    List<Line> children(Node parent, int width) {
        return children(parent, width, false);
    }

    /** Children's lines, a blank line between blocks unless {@code tight} (items of a tight list). */
    List<Line> children(Node parent, int width, boolean tight) {
        List<Line> lines = new ArrayList<>();
        boolean first = true;
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Reference || c instanceof FootnoteBlock) continue;
            List<Line> part = block(c, width, false);
            if (part.isEmpty()) continue;
            if (!first && !tight && !(c instanceof FencedCodeBlock f && CodeBlocks.isOutputFence(f) && code.nextIsExpectedOutputConsumed())) {
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
        if (h.getLevel() >= 3) spans.add(new Span(opt.symbols().pointer() + " ", Style.of(role).bold()));
        for (Span s : inline.spans(h)) spans.add(new Span(s.text(), s.style().withRole(role).bold()));
        List<Line> lines = new ArrayList<>(Wrapper.wrap(spans, width));
        if (h.getLevel() <= 2) {
            int w = 0;
            for (Line l : lines) w = Math.max(w, l.width());
            String rule = h.getLevel() == 1 ? opt.symbols().doubleRule() : opt.symbols().hrule();
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

    /** A child block's width under that rule: {@code indent} less, or the parent's own when there is no room. */
    static int childWidth(int width, int indent) {
        return roomToIndent(width, indent) ? width - indent : width;
    }







    // ---- code, snippets, diagrams, cards, math --------------------------------------------











    // ---- tables ---------------------------------------------------------------------------


    // ---- inline ---------------------------------------------------------------------------






    private void appendNotes() {
        if (!inline.footnoteNumbers.isEmpty()) {
            out.add(Line.EMPTY.withBlock(block));
            out.add(Line.of("Notes", Role.HEADING_MINOR).withBlock(block));
            for (Map.Entry<String, Integer> e : inline.footnoteNumbers.entrySet()) {
                FootnoteBlock fb = footnotes.get(e.getKey());
                String lead = inline.footnoteMark(e.getValue()) + " ";
                List<Line> body = fb == null ? List.of(Line.of("(missing footnote " + e.getKey() + ")", Role.MUTED))
                        : children(fb, Math.max(8, opt.width() - lead.length()));
                for (int i = 0; i < body.size(); i++) {
                    out.add(body.get(i).prefixed(List.of(Span.of(i == 0 ? lead : " ".repeat(lead.length()), Role.MUTED))).withBlock(block));
                }
            }
            block++;
        }
        linkNotes(out, inline.links, block, opt.width());
    }
}
