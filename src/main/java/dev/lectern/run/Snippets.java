package dev.lectern.run;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.lectern.content.EssayDocument;
import dev.lectern.content.Problem;
import dev.lectern.markdown.MarkdownParser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the runnable snippets of an essay, numbered in reading order exactly as the renderer
 * numbers them, so "snippet 2" on screen and {@code lectern run slug 2} are the same code.
 */
public final class Snippets {
    /** The longest time limit an info string may ask for. */
    static final int MAX_TIMEOUT_SECONDS = 600;

    private Snippets() {
    }

    public static List<Snippet> extract(EssayDocument doc) {
        return extract(doc, new ArrayList<>());
    }

    /** The snippets, with bad options and unknown languages reported to {@code problems}. */
    public static List<Snippet> extract(EssayDocument doc, List<Problem> problems) {
        return extract(doc.essay().slug(), doc.essay().path(), MarkdownParser.parse(doc.body()), doc.bodyLine(), problems);
    }

    /** The snippets of an already parsed body whose first line is file line {@code bodyLine}. */
    public static List<Snippet> extract(String slug, String path, Document body, int bodyLine, List<Problem> problems) {
        List<Snippet> out = new ArrayList<>();
        for (Node n : body.getDescendants()) {
            if (!(n instanceof FencedCodeBlock f)) continue;
            String[] info = words(f);
            if (info.length < 2 || !info[1].equalsIgnoreCase("run")) continue;
            int line = bodyLine + f.getStartLineNumber();
            Duration timeout = Snippet.DEFAULT_TIMEOUT;
            for (int i = 2; i < info.length; i++) {
                String opt = info[i];
                if (opt.startsWith("timeout=")) {
                    Integer secs = seconds(opt.substring("timeout=".length()));
                    if (secs == null) {
                        problems.add(new Problem(path, line, "`" + opt + "`: the time limit must be whole seconds from 1 to "
                                + MAX_TIMEOUT_SECONDS));
                    } else {
                        timeout = Duration.ofSeconds(secs);
                    }
                } else {
                    problems.add(new Problem(path, line, "unknown snippet option `" + opt + "` (known: timeout=SECONDS)"));
                }
            }
            Optional<Language> lang = Language.named(info[0]);
            if (lang.isEmpty()) {
                problems.add(new Problem(path, line, "`" + info[0] + " run`: lectern cannot run " + info[0]
                        + " snippets (it runs " + Language.accepted() + ")"));
            }
            String expected = null;
            int expectedLine = 0;
            if (f.getNext() instanceof FencedCodeBlock next && isOutput(next)) {
                expected = content(next);
                expectedLine = bodyLine + next.getStartLineNumber();
            }
            out.add(new Snippet(slug, path, out.size() + 1, info[0].toLowerCase(Locale.ROOT), lang, content(f),
                    Optional.ofNullable(expected), line, expectedLine, timeout));
        }
        return out;
    }

    private static boolean isOutput(FencedCodeBlock f) {
        String[] w = words(f);
        return w.length > 0 && w[0].equalsIgnoreCase("output");
    }

    private static String[] words(FencedCodeBlock f) {
        String info = f.getInfo().toString().strip();
        return info.isEmpty() ? new String[0] : info.split("\\s+");
    }

    private static String content(FencedCodeBlock f) {
        return f.getContentChars().toString();
    }

    private static Integer seconds(String s) {
        try {
            int v = Integer.parseInt(s);
            return v >= 1 && v <= MAX_TIMEOUT_SECONDS ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
