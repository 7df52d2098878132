package dev.lectern.render;

import dev.lectern.content.Essay;
import dev.lectern.content.EssayDocument;
import dev.lectern.markdown.HeadingText;
import dev.lectern.text.Fit;
import dev.lectern.text.Line;
import dev.lectern.text.Role;
import dev.lectern.text.Span;
import dev.lectern.text.Style;
import java.util.ArrayList;
import java.util.List;

/**
 * An essay as a reader sees it: a header (title, dek, level, minutes, series, date) above the
 * rendered body. The body's own {@code # Title} line is dropped when it repeats the title.
 */
public final class EssayRenderer {
    private EssayRenderer() {
    }

    public static Rendered render(EssayDocument doc, RenderOptions opt) {
        Essay e = doc.essay();
        List<Line> header = new ArrayList<>();
        String ell = opt.symbols().ellipsis();
        for (Line l : Wrapper.wrap(List.of(new Span(e.title(), Style.of(Role.TITLE).bold())), opt.width())) header.add(l);
        if (!e.dek().isEmpty()) header.addAll(Wrapper.wrap(List.of(new Span(e.dek(), Style.of(Role.DEK).italic())), opt.width()));
        String dot = " " + opt.symbols().dot() + " ";
        StringBuilder meta = new StringBuilder();
        if (e.level() != null) meta.append(e.level().key()).append(dot);
        meta.append(e.minutes()).append(" min read");
        if (e.series() != null) meta.append(dot).append(e.series());
        if (e.date() != null) meta.append(dot).append(e.date());
        header.add(Line.of(Fit.truncate(meta.toString(), opt.width(), ell), Role.MUTED));
        header.add(Line.of(opt.symbols().heavyRule().repeat(opt.width()), Role.RULE));
        header.add(Line.EMPTY);
        Rendered body = MarkdownRenderer.render(withoutTitle(doc.body(), e.title()), opt);
        List<Line> lines = new ArrayList<>(header);
        lines.addAll(body.lines());
        int shift = header.size();
        List<Rendered.Heading> headings = new ArrayList<>();
        for (Rendered.Heading h : body.headings()) headings.add(new Rendered.Heading(h.anchor(), h.text(), h.level(), h.line() + shift));
        List<Rendered.SnippetRef> snippets = new ArrayList<>();
        for (Rendered.SnippetRef s : body.snippets()) snippets.add(new Rendered.SnippetRef(s.number(), s.language(), s.line() + shift));
        return new Rendered(lines, headings, snippets);
    }

    /** The body without a first {@code # Title} heading equal to the title (the header shows it). */
    static String withoutTitle(String body, String title) {
        int i = 0;
        while (i < body.length() && (body.charAt(i) == '\n' || body.charAt(i) == ' ')) i++;
        if (!body.startsWith("# ", i)) return body;
        int nl = body.indexOf('\n', i);
        String first = nl < 0 ? body.substring(i + 2) : body.substring(i + 2, nl);
        if (!HeadingText.plain(first).equals(HeadingText.plain(title))) return body;
        // Keep the line as a blank so the anchors of the rest still count the title heading.
        return "<!-- " + "title -->" + (nl < 0 ? "" : body.substring(nl));
    }
}
