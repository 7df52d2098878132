package dev.lectern.render.math;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders TeX math as terminal text. {@link #inline} gives one line for math inside a
 * paragraph; {@link #display} gives a block of lines with stacked fractions, limits above and
 * below big operators, tall brackets and aligned matrices. With {@code unicode=false} the
 * output is pure ASCII for terminals that cannot show anything else. Neither method throws:
 * unknown commands are shown as written and malformed input still gives readable text.
 */
public final class MathRenderer {
    private MathRenderer() {
    }

    /** One line of Unicode for inline math. unicode=false gives an ASCII-only rendering (for non-UTF-8 terminals). Never throws. */
    public static String inline(String latex, boolean unicode) {
        if (latex == null) return "";
        try {
            MathNode tree = MathParser.parse(latex);
            String text = new InlineLayout(unicode).render(tree, false).strip();
            return sanitize(text.isEmpty() ? latex.strip() : text, unicode).strip();
        } catch (RuntimeException | StackOverflowError e) {
            return sanitize(latex, unicode).strip();
        }
    }

    /** Display math: one or more lines (stacked fractions, big operators with limits above/below, matrices); lines have no trailing spaces. Never throws. */
    public static List<String> display(String latex, boolean unicode) {
        if (latex == null) return List.of("");
        try {
            MathNode tree = MathParser.parse(latex);
            List<String> lines = trim(new DisplayLayout(unicode).layout(tree).lines(), unicode);
            return lines.stream().allMatch(String::isBlank) ? trim(List.of(latex.strip()), unicode) : lines;
        } catch (RuntimeException | StackOverflowError e) {
            List<String> lines = new ArrayList<>();
            for (String line : latex.strip().split("\n", -1)) lines.add(line);
            return trim(lines, unicode);
        }
    }

    /** Trailing spaces and blank first and last lines removed; never empty. */
    private static List<String> trim(List<String> lines, boolean unicode) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) out.add(sanitize(line, unicode).stripTrailing());
        while (out.size() > 1 && out.get(0).isBlank()) out.remove(0);
        while (out.size() > 1 && out.get(out.size() - 1).isBlank()) out.remove(out.size() - 1);
        int indent = out.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        if (indent > 0) out.replaceAll(l -> l.isBlank() ? "" : l.substring(indent));
        return List.copyOf(out);
    }

    /**
     * Control characters (escape sequences must never reach the terminal) become spaces; in
     * ASCII mode anything that is not printable ASCII becomes {@code ?}.
     */
    private static String sanitize(String text, boolean unicode) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(' ');
            } else if (!unicode && c > 126) {
                if (!Box.isCombining(c)) out.append('?');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
