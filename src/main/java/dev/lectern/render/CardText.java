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

    /** Something in a cards fence that is not part of a complete card; {@code line} is 1-based in the fence body. */
    public record Issue(int line, String message) {
    }

    /**
     * What {@link #parse} would silently skip: a question with no answer, an answer with no
     * question, text outside any card, an empty fence.
     */
    public static List<Issue> issues(String body) {
        List<Issue> out = new ArrayList<>();
        String[] lines = (body + "\n").split("\n", -1);
        int questionLine = 0;
        boolean answered = false;
        int cards = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                if (questionLine > 0 && !answered) out.add(new Issue(questionLine, "card question has no `A:` answer"));
                if (questionLine > 0 && answered) cards++;
                questionLine = 0;
                answered = false;
            } else if (line.startsWith("Q:")) {
                if (questionLine > 0 && !answered) out.add(new Issue(questionLine, "card question has no `A:` answer"));
                if (questionLine > 0 && answered) cards++;
                questionLine = i + 1;
                answered = false;
                if (line.substring(2).isBlank() && (i + 1 >= lines.length || lines[i + 1].strip().isEmpty()
                        || lines[i + 1].strip().startsWith("A:"))) {
                    out.add(new Issue(i + 1, "card question is empty"));
                }
            } else if (line.startsWith("A:")) {
                if (questionLine == 0) out.add(new Issue(i + 1, "`A:` answer without a `Q:` question before it"));
                else if (answered) out.add(new Issue(i + 1, "second `A:` answer for one question"));
                answered = questionLine > 0;
            } else if (questionLine == 0) {
                out.add(new Issue(i + 1, "text outside a card (a card starts with `Q:`)"));
                // One report per stray paragraph is enough.
                while (i + 1 < lines.length && !lines[i + 1].isBlank() && !lines[i + 1].strip().startsWith("Q:")) i++;
            }
        }
        if (cards == 0 && out.isEmpty()) out.add(new Issue(1, "cards block holds no card (write `Q:` and `A:` lines)"));
        return out;
    }
}
