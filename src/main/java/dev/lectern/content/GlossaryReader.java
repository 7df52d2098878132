package dev.lectern.content;

import dev.lectern.markdown.HeadingText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code glossary.md}: one {@code ## Term} heading per entry, an optional first line
 * {@code Also: alias, alias}, then the short definition (the first paragraph) and any deeper
 * text. Text before the first {@code ##} heading is the glossary's own introduction.
 */
public final class GlossaryReader {
    private GlossaryReader() {
    }

    public static List<GlossaryEntry> read(SourceFile f, List<Problem> problems) {
        String text = SourceText.read(f, problems);
        if (text == null) return List.of();
        FrontMatter fm = FrontMatter.parse(f.path(), text);
        problems.addAll(fm.problems());
        return parse(f.path(), fm.body(), fm.bodyLine(), problems);
    }

    public static List<GlossaryEntry> parse(String path, String body, int firstLine, List<Problem> problems) {
        List<GlossaryEntry> out = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        String[] lines = body.split("\n", -1);
        String term = null;
        int termLine = 0;
        List<String> entry = new ArrayList<>();
        boolean fence = false;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : null;
            if (line != null) {
                String t = line.strip();
                if (t.startsWith("```") || t.startsWith("~~~")) fence = !fence;
            }
            boolean isTerm = line != null && !fence && line.startsWith("## ");
            if (line == null || isTerm) {
                if (term != null) {
                    GlossaryEntry e = entry(term, termLine, entry, path, problems);
                    String key = e.term().toLowerCase(Locale.ROOT);
                    Integer prev = seen.putIfAbsent(key, termLine);
                    if (prev != null) {
                        problems.add(new Problem(path, termLine, "term `" + e.term() + "` is already defined at line " + prev));
                    } else {
                        out.add(e);
                    }
                }
                if (line == null) break;
                term = HeadingText.plain(line.substring(3));
                termLine = firstLine + i;
                entry.clear();
            } else if (term != null) {
                entry.add(line);
            }
        }
        return out;
    }

    private static GlossaryEntry entry(String term, int line, List<String> lines, String path, List<Problem> problems) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) i++;
        List<String> aliases = new ArrayList<>();
        if (i < lines.size() && lines.get(i).strip().regionMatches(true, 0, "Also:", 0, 5)) {
            for (String a : lines.get(i).strip().substring(5).split(",")) {
                if (!a.isBlank()) aliases.add(a.strip());
            }
            i++;
        }
        while (i < lines.size() && lines.get(i).isBlank()) i++;
        StringBuilder def = new StringBuilder();
        int j = i;
        while (j < lines.size() && !lines.get(j).isBlank()) {
            if (def.length() > 0) def.append(' ');
            def.append(lines.get(j).strip());
            j++;
        }
        if (def.length() == 0) problems.add(new Problem(path, line, "term `" + term + "` has no definition"));
        String body = String.join("\n", lines.subList(i, lines.size())).strip();
        return new GlossaryEntry(term, aliases, def.toString(), body, line);
    }
}
