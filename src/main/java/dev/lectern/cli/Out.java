package dev.lectern.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.lectern.text.AnsiWriter;
import dev.lectern.text.AsciiFold;
import dev.lectern.text.Line;
import dev.lectern.text.Role;
import dev.lectern.text.Sanitizer;
import dev.lectern.text.Span;
import dev.lectern.text.Theme;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where commands write: styled lines through the theme on a terminal, the same lines as plain
 * text when piped or when colour is off, JSON when asked. Commands build lines and never write
 * escape codes themselves.
 */
public final class Out {
    private final PrintStream out;
    private final PrintStream err;
    private final TerminalInfo term;
    private final Theme theme;
    private final AnsiWriter ansi;

    public Out(PrintStream out, PrintStream err, TerminalInfo term, Theme theme) {
        this.out = out;
        this.err = err;
        this.term = term;
        this.theme = theme;
        this.ansi = term.color() ? new AnsiWriter(theme, term.colors(), term.hyperlinks()) : null;
    }

    public static PrintStream utf8(java.io.OutputStream s) {
        return new PrintStream(s, false, StandardCharsets.UTF_8);
    }

    public TerminalInfo term() {
        return term;
    }

    /** The theme the command runs in (its problems, if any, already reported). */
    public Theme theme() {
        return theme;
    }

    public void line(Line l) {
        out.println(forTerminal(ansi == null ? l.text() : ansi.write(l)));
    }

    public void line(String text) {
        out.println(forTerminal(Sanitizer.visible(text)));
    }

    /**
     * Text as the terminal's locale can show it: unchanged in UTF-8, else folded to ASCII of the
     * same width (an em dash becomes a hyphen), so nothing prints as mojibake.
     */
    public String forTerminal(String text) {
        return term.unicode() ? text : AsciiFold.fold(text);
    }

    /** Tab-separated fields on one line, each made safe on its own (tabs inside become spaces). */
    public void fields(String... fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) sb.append('\t');
            sb.append(Sanitizer.visible(fields[i] == null ? "" : fields[i]));
        }
        out.println(forTerminal(sb.toString()));
    }

    public void line(String text, Role role) {
        line(Line.of(new Span(text, dev.lectern.text.Style.of(role))));
    }

    public void blank() {
        out.println();
    }

    /** A message for the user on stderr, e.g. {@code lectern: no essay `x`}. */
    /** An error on stderr; a message of several lines (what went wrong, then what to do) keeps its lines. */
    public void error(String message) {
        String prefix = "lectern: ";
        for (String line : message.split("\n", -1)) {
            err.println(forTerminal(prefix + Sanitizer.visible(line)));
            prefix = "";
        }
    }

    public void note(String message) {
        err.println(forTerminal(Sanitizer.visible(message)));
    }

    public void json(Object value) {
        Gson g = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();
        out.println(Sanitizer.escapedJson(g.toJson(value)));
    }

    public void flush() {
        out.flush();
        err.flush();
    }

    public PrintStream stdout() {
        return out;
    }

    public PrintStream stderr() {
        return err;
    }
}
