package dev.lectern.study;

import dev.lectern.markdown.Section;
import dev.lectern.markdown.SectionSplitter;
import dev.lectern.render.CardText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the {@code cards} fences of an essay body, section by section, and turns them into
 * {@link Card}s with the same Q/A rules the renderer uses ({@link CardText}). A fence-aware line
 * scan: a {@code cards} block shown inside another code block is not a card. The same question
 * twice in one essay is one card.
 */
public final class CardExtractor {
    private CardExtractor() {
    }

    public static List<Card> extract(String slug, String body) {
        Map<String, Card> out = new LinkedHashMap<>();
        for (Section s : SectionSplitter.split(body)) {
            for (String block : cardBlocks(s.markdown())) {
                for (String[] qa : CardText.parse(block)) {
                    Card c = Card.of(slug, s.anchor(), qa[0], qa[1]);
                    out.putIfAbsent(c.id(), c);
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The bodies of the {@code cards} fences in some Markdown. */
    static List<String> cardBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        char fence = 0;
        int fenceLen = 0;
        StringBuilder cur = null;
        for (String line : markdown.split("\n", -1)) {
            String t = line.stripLeading();
            boolean indentedCode = line.length() - t.length() >= 4;
            if (fence == 0) {
                if (indentedCode || !(t.startsWith("```") || t.startsWith("~~~"))) continue;
                char c = t.charAt(0);
                int n = 0;
                while (n < t.length() && t.charAt(n) == c) n++;
                String info = t.substring(n).strip();
                if (c == '`' && info.indexOf('`') >= 0) continue; // not a fence: an inline code span
                fence = c;
                fenceLen = n;
                String lang = info.isEmpty() ? "" : info.split("\\s+")[0];
                cur = lang.equals("cards") ? new StringBuilder() : null;
            } else {
                int n = 0;
                while (n < t.length() && t.charAt(n) == fence) n++;
                if (!indentedCode && n >= fenceLen && t.substring(n).isBlank()) {
                    if (cur != null) blocks.add(cur.toString());
                    fence = 0;
                    cur = null;
                } else if (cur != null) {
                    cur.append(line).append('\n');
                }
            }
        }
        if (cur != null) blocks.add(cur.toString()); // an unclosed fence runs to the end, as in CommonMark
        return blocks;
    }
}
