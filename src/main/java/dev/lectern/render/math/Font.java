package dev.lectern.render.math;

import java.util.Map;

/**
 * Math alphabets, mapped onto Unicode's Mathematical Alphanumeric Symbols block. Characters
 * without a styled form (and everything in ASCII mode) stay as they are.
 */
enum Font {
    BOLD(0x1D400, 0x1D41A, 0x1D7CE, Map.of()),
    DOUBLE_STRUCK(0x1D538, 0x1D552, 0x1D7D8, Map.of(
            'C', "ℂ", 'H', "ℍ", 'N', "ℕ", 'P', "ℙ", 'Q', "ℚ", 'R', "ℝ", 'Z', "ℤ")),
    SCRIPT(0x1D49C, 0x1D4B6, -1, Map.ofEntries(
            Map.entry('B', "ℬ"), Map.entry('E', "ℰ"), Map.entry('F', "ℱ"), Map.entry('H', "ℋ"),
            Map.entry('I', "ℐ"), Map.entry('L', "ℒ"), Map.entry('M', "ℳ"), Map.entry('R', "ℛ"),
            Map.entry('e', "ℯ"), Map.entry('g', "ℊ"), Map.entry('o', "ℴ"))),
    FRAKTUR(0x1D504, 0x1D51E, -1, Map.of(
            'C', "ℭ", 'H', "ℌ", 'I', "ℑ", 'R', "ℜ", 'Z', "ℨ"));

    private static final int BOLD_GREEK_CAPITAL = 0x1D6A8;
    private static final int BOLD_GREEK_SMALL = 0x1D6C2;

    private final int capitalA;
    private final int smallA;
    private final int digitZero;
    private final Map<Character, String> exceptions;

    Font(int capitalA, int smallA, int digitZero, Map<Character, String> exceptions) {
        this.capitalA = capitalA;
        this.smallA = smallA;
        this.digitZero = digitZero;
        this.exceptions = exceptions;
    }

    static Font forCommand(String name) {
        return switch (name) {
            case "mathbf", "boldsymbol", "bm", "mathbfit", "pmb" -> BOLD;
            case "mathbb", "Bbb" -> DOUBLE_STRUCK;
            case "mathcal", "mathscr" -> SCRIPT;
            case "mathfrak" -> FRAKTUR;
            default -> null;
        };
    }

    /** The text with every letter (and digit, and bold Greek letter) in this alphabet. */
    String apply(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        text.codePoints().forEach(c -> out.append(map(c)));
        return out.toString();
    }

    private String map(int c) {
        if (c < 128 && exceptions.containsKey((char) c)) return exceptions.get((char) c);
        if (c >= 'A' && c <= 'Z') return Character.toString(capitalA + (c - 'A'));
        if (c >= 'a' && c <= 'z') return Character.toString(smallA + (c - 'a'));
        if (c >= '0' && c <= '9' && digitZero > 0) return Character.toString(digitZero + (c - '0'));
        if (this == BOLD && c >= 0x391 && c <= 0x3A9) return Character.toString(BOLD_GREEK_CAPITAL + (c - 0x391));
        if (this == BOLD && c >= 0x3B1 && c <= 0x3C9) return Character.toString(BOLD_GREEK_SMALL + (c - 0x3B1));
        return Character.toString(c);
    }
}
