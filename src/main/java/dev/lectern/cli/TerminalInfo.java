package dev.lectern.cli;

import dev.lectern.app.TerminalFacts;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;

/**
 * What the output can show, decided once per run from the environment: whether stdout is a
 * terminal, whether colour is wanted (NO_COLOR, {@code --no-color}, TERM=dumb), how many colours,
 * the width (--width, COLUMNS, the terminal, else 80), whether the locale is UTF-8 (else ASCII
 * fallbacks) and whether OSC 8 hyperlinks are understood.
 */
public record TerminalInfo(boolean terminal, boolean color, int colors, int width, boolean unicode,
                           boolean hyperlinks) {

    public static TerminalInfo detect(Map<String, String> env, boolean tty, Integer widthOption, boolean noColor) {
        String term = env.getOrDefault("TERM", "");
        boolean dumb = term.equals("dumb");
        boolean color = tty && !dumb && !noColor && !env.containsKey("NO_COLOR");
        int colors = colorCount(env, term);
        int width = widthOption != null ? widthOption : columns(env, tty && !dumb);
        return new TerminalInfo(tty, color, colors, Math.max(20, Math.min(width, 1000)), isUtf8(env),
                color && hyperlinks(env, term));
    }

    static int colorCount(Map<String, String> env, String term) {
        return TerminalFacts.colors(env);
    }

    private static int columns(Map<String, String> env, boolean askTerminal) {
        String c = env.get("COLUMNS");
        if (c != null) {
            try {
                int n = Integer.parseInt(c.strip());
                if (n > 0) return n;
            } catch (NumberFormatException ignored) {
                // fall through to the terminal's own size
            }
        }
        if (askTerminal) {
            int w = TerminalSize.columns();
            if (w > 0) return w;
        }
        return 80;
    }

    static boolean isUtf8(Map<String, String> env) {
        // No locale set at all: trust the JVM's idea of stdout's encoding.
        return TerminalFacts.utf8Locale(env).orElseGet(() -> {
            String enc = System.getProperty("stdout.encoding",
                    System.getProperty("sun.stdout.encoding", Charset.defaultCharset().name()));
            return enc.toUpperCase(Locale.ROOT).contains("UTF");
        });
    }

    private static boolean hyperlinks(Map<String, String> env, String term) {
        if (env.containsKey("LECTERN_HYPERLINKS")) return !env.get("LECTERN_HYPERLINKS").equals("0");
        String prog = env.getOrDefault("TERM_PROGRAM", "");
        if (prog.equals("iTerm.app") || prog.equals("WezTerm") || prog.equals("vscode") || prog.equals("ghostty")) return true;
        if (env.containsKey("KITTY_WINDOW_ID") || env.containsKey("WT_SESSION")) return true;
        String vte = env.get("VTE_VERSION");
        if (vte != null) {
            try {
                return Integer.parseInt(vte) >= 5000;
            } catch (NumberFormatException ignored) {
                return false;
            }
        }
        return term.equals("xterm-kitty") || term.equals("foot") || term.startsWith("alacritty");
    }
}
