package dev.lectern.content;

import java.util.Locale;

/** How much an essay expects of its reader. */
public enum Level {
    INTRO, INTERMEDIATE, ADVANCED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level named by {@code s} (case-insensitive), or null when it names none. */
    public static Level parse(String s) {
        if (s == null) return null;
        for (Level l : values()) {
            if (l.key().equalsIgnoreCase(s.trim())) return l;
        }
        return null;
    }
}
