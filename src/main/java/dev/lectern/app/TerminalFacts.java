package dev.lectern.app;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a terminal's environment says about it (TERM, COLORTERM, the locale), for the process's
 * own terminal and for a client's terminal announced over SSH alike.
 */
public final class TerminalFacts {
    private TerminalFacts() {
    }

    /** How many colours the terminal shows: 16, 256 or 16,777,216 (truecolor). */
    public static int colors(Map<String, String> env) {
        String term = env.getOrDefault("TERM", "");
        String ct = env.getOrDefault("COLORTERM", "").toLowerCase(Locale.ROOT);
        if (ct.contains("truecolor") || ct.contains("24bit")) return 16777216;
        if (term.contains("256color") || term.startsWith("xterm-kitty") || term.startsWith("tmux")) return 256;
        return 16;
    }

    /** Whether the locale (LC_ALL, then LC_CTYPE, then LANG) is UTF-8; empty when none is set. */
    public static Optional<Boolean> utf8Locale(Map<String, String> env) {
        for (String k : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String v = env.get(k);
            if (v != null && !v.isEmpty()) {
                String u = v.toUpperCase(Locale.ROOT);
                return Optional.of(u.contains("UTF-8") || u.contains("UTF8"));
            }
        }
        return Optional.empty();
    }
}
