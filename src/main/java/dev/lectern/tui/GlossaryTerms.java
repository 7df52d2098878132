package dev.lectern.tui;

import dev.lectern.content.GlossaryEntry;
import dev.lectern.render.Rendered;
import dev.lectern.study.Glossary;
import dev.lectern.text.DisplayWidth;
import dev.lectern.text.Line;
import dev.lectern.text.Role;
import dev.lectern.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The first use of each glossary term in an essay as the reader shows it, found with {@link
 * Glossary#firstUses} over the rendered text of the body: the essay's header, headings, code,
 * math and link text are left out, so a term is marked where it is read in running prose. Each
 * becomes a focusable the reader's Tab reaches, like a link.
 */
final class GlossaryTerms {
    private GlossaryTerms() {
    }

    private static List<GlossaryEntry> cachedEntries;
    private static Glossary cached;

    /** One glossary per library: its term pattern is compiled once. */
    private static synchronized Glossary glossary(List<GlossaryEntry> entries) {
        if (cached == null || cachedEntries != entries) {
            cached = new Glossary(entries);
            cachedEntries = entries;
        }
        return cached;
    }

    /** The terms' first uses as focusables, in display lines ({@code displayOf} maps rendered lines to them). */
    static List<ReaderDoc.Focusable> of(Rendered r, int[] displayOf, List<GlossaryEntry> entries) {
        if (entries.isEmpty()) return List.of();
        List<String> texts = new ArrayList<>(r.lines().size());
        StringBuilder all = new StringBuilder();
        for (Line l : r.lines()) {
            String t = prose(l);
            texts.add(l.text());
            if (all.length() > 0) all.append('\n');
            all.append(t);
        }
        List<ReaderDoc.Focusable> out = new ArrayList<>();
        for (Glossary.FirstUse u : glossary(entries).firstUses(all.toString())) {
            List<ReaderDoc.Segment> segs = new ArrayList<>();
            int line = u.line();
            int col = u.column();
            // a term of several words may wrap: one segment per line it is on
            for (String part : u.text().split("\n", -1)) {
                String lt = texts.get(line);
                String p = part.stripTrailing();
                int from = Math.min(col, lt.length());
                int to = Math.min(lt.length(), from + p.length());
                if (to > from) {
                    segs.add(new ReaderDoc.Segment(displayOf[line], DisplayWidth.of(lt.substring(0, from)),
                            DisplayWidth.of(lt.substring(from, to))));
                }
                line++;
                col = leading(texts, line);
            }
            if (!segs.isEmpty()) out.add(new ReaderDoc.Focusable(null, 0, List.copyOf(segs), u.entry().term()));
        }
        return out;
    }

    private static int leading(List<String> texts, int line) {
        if (line >= texts.size()) return 0;
        String t = texts.get(line);
        int i = 0;
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) i++;
        return i;
    }

    /** A line's text with everything that is not running prose blanked, keeping every character's position. */
    private static String prose(Line l) {
        String text = l.text();
        if (l.block() < 0 || l.spans().isEmpty()) return " ".repeat(text.length());
        for (Span s : l.spans()) {
            if (s.text().isBlank()) continue;
            Role role = s.style().role();
            if (role == Role.HEADING || role == Role.HEADING_MINOR || role == Role.TITLE) return " ".repeat(text.length());
            break;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (Span s : l.spans()) {
            Role role = s.style().role();
            boolean skip = role.name().startsWith("CODE") || role == Role.MATH || role == Role.DIAGRAM || role == Role.OUTPUT
                    || role == Role.TABLE_BORDER || s.style().link() != null;
            sb.append(skip ? " ".repeat(s.text().length()) : s.text());
        }
        return sb.toString();
    }
}
