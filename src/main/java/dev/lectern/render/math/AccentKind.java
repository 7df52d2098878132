package dev.lectern.render.math;

/** Accents: the Unicode combining mark and the ASCII function-style name. */
enum AccentKind {
    HAT("\u0302", "hat", false),
    BAR("\u0304", "bar", false),
    OVERLINE("\u0305", "bar", true),
    UNDERLINE("\u0332", "underline", true),
    TILDE("\u0303", "tilde", false),
    VEC("\u20D7", "vec", false),
    DOT("\u0307", "dot", false),
    DDOT("\u0308", "ddot", false),
    CHECK("\u030C", "check", false),
    BREVE("\u0306", "breve", false);

    final String combining;
    final String asciiName;
    /** True when the mark goes on every character (a line over or under the whole body). */
    final boolean spans;

    AccentKind(String combining, String asciiName, boolean spans) {
        this.combining = combining;
        this.asciiName = asciiName;
        this.spans = spans;
    }

    static AccentKind forCommand(String name) {
        return switch (name) {
            case "hat", "widehat" -> HAT;
            case "bar" -> BAR;
            case "overline" -> OVERLINE;
            case "underline" -> UNDERLINE;
            case "tilde", "widetilde" -> TILDE;
            case "vec", "overrightarrow" -> VEC;
            case "dot" -> DOT;
            case "ddot" -> DDOT;
            case "check" -> CHECK;
            case "breve" -> BREVE;
            default -> null;
        };
    }
}
