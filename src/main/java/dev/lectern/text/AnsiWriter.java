package dev.lectern.text;

/**
 * Writes styled lines as ANSI text for a terminal: SGR colours from a theme, and OSC 8
 * hyperlinks for link targets when the terminal understands them. With {@code colors == 16}
 * 256-colour inks are folded to the nearest basic colour. The only place escape codes are made
 * for line output; everything it writes passed through {@link Sanitizer} first.
 */
public final class AnsiWriter {
    private final Theme theme;
    private final int colors;
    private final boolean hyperlinks;

    /** {@code colors}: 16, 256 or 16777216 (true colour). */
    public AnsiWriter(Theme theme, int colors, boolean hyperlinks) {
        this.theme = theme;
        this.colors = colors;
        this.hyperlinks = hyperlinks;
    }

    public String write(Line line) {
        StringBuilder sb = new StringBuilder();
        for (Span s : line.spans()) {
            String sgr = sgr(s.style());
            boolean link = hyperlinks && s.style().link() != null && s.style().link().matches("(?i)https?://\\S+");
            if (link) sb.append("\u001b]8;;").append(s.style().link()).append("\u001b\\");
            if (!sgr.isEmpty()) sb.append("\u001b[").append(sgr).append('m');
            sb.append(s.text());
            if (!sgr.isEmpty()) sb.append("\u001b[0m");
            if (link) sb.append("\u001b]8;;\u001b\\");
        }
        return sb.toString();
    }

    String sgr(Style st) {
        Paint p = Paint.of(theme, st, colors);
        StringBuilder sb = new StringBuilder();
        if (p.bold()) add(sb, "1");
        if (p.dim()) add(sb, "2");
        if (p.italic()) add(sb, "3");
        if (p.underline()) add(sb, "4");
        if (p.reverse()) add(sb, "7");
        if (p.strike()) add(sb, "9");
        if (p.fg() >= 0) add(sb, foreground(p));
        return sb.toString();
    }

    private static String foreground(Paint p) {
        int c = p.fg();
        if (p.isRgb()) return "38;2;" + (c >> 16 & 0xff) + ";" + ((c >> 8) & 0xff) + ";" + (c & 0xff);
        if (c < 16) return c < 8 ? String.valueOf(30 + c) : String.valueOf(90 + c - 8);
        return "38;5;" + c;
    }

    private static void add(StringBuilder sb, String code) {
        if (sb.length() > 0) sb.append(';');
        sb.append(code);
    }
}
