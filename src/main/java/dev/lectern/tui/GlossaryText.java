package dev.lectern.tui;

import dev.lectern.render.MarkdownRenderer;
import dev.lectern.render.RenderOptions;
import dev.lectern.text.Line;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Glossary definitions are Markdown (emphasis, {@code $math$}): rendered like essays, once per
 * definition and width, so the glossary screen shows β and subscripts rather than TeX source.
 */
final class GlossaryText {
    private GlossaryText() {
    }

    private record Key(String markdown, int width, boolean unicode) {
    }

    private static final Map<Key, List<Line>> CACHE = new ConcurrentHashMap<>();

    /** The definition rendered for a width. */
    static List<Line> lines(String markdown, int width, boolean unicode) {
        if (CACHE.size() > 2000) CACHE.clear();
        return CACHE.computeIfAbsent(new Key(markdown, width, unicode),
                k -> MarkdownRenderer.render(k.markdown(), new RenderOptions(k.width(), k.unicode(), false)).lines()
                        .stream().filter(l -> !l.text().isBlank()).toList());
    }

    /** The definition as one line of plain text, for a list row. */
    static String oneLine(String markdown, boolean unicode) {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines(markdown, 1000, unicode)) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(l.text().strip());
        }
        return sb.toString();
    }
}
