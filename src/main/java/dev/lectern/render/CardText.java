package dev.lectern.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the body of a {@code cards} fence into question and answer pairs: a card is a
 * {@code Q:} line and an {@code A:} line, either continuing on the following lines, and a blank
 * line ends it. Text that is not part of a complete card is ignored here and reported by
 * {@code lectern check}.
 */
public final class CardText {
    private CardText() {
    }

    /** Each card as {question, answer}. */
    public static List<String[]> parse(String body) {
        List<String[]> cards = new ArrayList<>();
        StringBuilder q = null;
        StringBuilder a = null;
        for (String raw : (body + "\n\n").split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                if (q != null && a != null) cards.add(new String[] {q.toString().strip(), a.toString().strip()});
                q = null;
                a = null;
            } else if (line.startsWith("Q:")) {
                q = new StringBuilder(line.substring(2).strip());
                a = null;
            } else if (line.startsWith("A:") && q != null) {
                a = new StringBuilder(line.substring(2).strip());
            } else if (a != null) {
                a.append(' ').append(line);
            } else if (q != null) {
                q.append(' ').append(line);
            }
        }
        return cards;
    }
}
