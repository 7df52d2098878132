package dev.lectern.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.lectern.markdown.MarkdownParser;
import dev.lectern.markdown.math.InlineMath;
import dev.lectern.render.math.MathRenderer;
import dev.lectern.text.Role;
import dev.lectern.text.Span;
import dev.lectern.text.Style;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inline Markdown to styled spans: emphasis, code, math, links and images, footnote marks. Keeps,
 * for the end of the document, the footnotes in the order they are first cited and, when the
 * terminal has no hyperlinks, the link targets as numbered references.
 */
final class InlineRenderer {
    final Map<String, Integer> footnoteNumbers = new LinkedHashMap<>();
    final List<String> links = new ArrayList<>();
    private final RenderOptions opt;

    InlineRenderer(RenderOptions opt) {
        this.opt = opt;
    }

    /** Inline Markdown from a string (card text). */
    List<Span> spansOf(String markdown) {
        Document d = MarkdownParser.parse(markdown);
        List<Span> spans = new ArrayList<>();
        for (Node c = d.getFirstChild(); c != null; c = c.getNext()) {
            if (!spans.isEmpty()) spans.add(Span.plain(" "));
            spans.addAll(spans(c));
        }
        return spans;
    }

    List<Span> spans(Node parent) {
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
            out.add(new Span("[" + opt.symbols().image() + " " + (alt.isEmpty() ? "image" : alt) + "]", style.withRole(Role.MUTED)));
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
    String footnoteMark(int n) {
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
}
