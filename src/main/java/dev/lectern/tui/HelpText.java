package dev.lectern.tui;

import dev.lectern.text.Fit;
import dev.lectern.text.Line;
import dev.lectern.text.Role;
import dev.lectern.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The help screen's text, generated from the keymap: the screen it was opened from first. */
public final class HelpText {
    private HelpText() {
    }

    public static List<Line> lines(Keymap keys, Keymap.Context from) {
        Set<Keymap.Context> order = new LinkedHashSet<>();
        if (from != Keymap.Context.HELP) order.add(from == Keymap.Context.INPUT ? Keymap.Context.READER : from);
        order.add(Keymap.Context.GLOBAL);
        for (Keymap.Context c : Keymap.Context.values()) order.add(c);
        List<Line> out = new ArrayList<>();
        for (Keymap.Context c : order) {
            List<String[]> rows = keys.helpRows(c);
            if (rows.isEmpty()) continue;
            if (!out.isEmpty()) out.add(Line.EMPTY);
            out.add(Line.of(c.title, Role.HEADING));
            for (String[] r : rows) {
                out.add(Line.of(Span.plain("  "), Span.of(Fit.pad(r[0], 22, "~"), Role.CODE), Span.plain("  " + r[1])));
            }
        }
        return out;
    }

    /** docs/KEYS.md: the same table as Markdown. */
    public static String markdown(Keymap keys) {
        StringBuilder sb = new StringBuilder("# Keys\n\nThe full-screen reader's key bindings, generated from the keymap"
                + " (`dev.lectern.tui.Keymap`); `?` shows the same table in the program.\n");
        for (Keymap.Context c : Keymap.Context.values()) {
            List<String[]> rows = keys.helpRows(c);
            if (rows.isEmpty()) continue;
            sb.append("\n## ").append(c.title).append("\n\n| keys | what they do |\n| --- | --- |\n");
            for (String[] r : rows) sb.append("| ").append(r[0].replace("|", "\\|")).append(" | ").append(r[1]).append(" |\n");
        }
        return sb.toString();
    }
}
