package dev.lectern.tui;

import java.util.Locale;

/**
 * A key press, independent of any terminal library: a named key, or a character (with Ctrl or
 * Alt held). Bindings are written as strings ({@code "j"}, {@code "C-d"}, {@code "PgDn"},
 * {@code "S-Tab"}) and parsed with {@link #parse}; {@link #label} gives the name shown in help.
 */
public record Key(Kind kind, char ch, boolean ctrl, boolean alt) {

    /** Named keys; {@code CHAR} is a printable character in {@link #ch}. */
    public enum Kind {
        CHAR, ENTER, ESCAPE, BACKSPACE, TAB, BACK_TAB, UP, DOWN, LEFT, RIGHT, PAGE_UP, PAGE_DOWN, HOME, END, DELETE
    }

    // equals and hashCode by hand: a record's generated ones are linked through invokedynamic on
    // first use, which the AOT cache does not keep; the key map's first lookup cost the reader's
    // first frame ~10 ms.
    @Override
    public boolean equals(Object o) {
        return o instanceof Key k && kind == k.kind && ch == k.ch && ctrl == k.ctrl && alt == k.alt;
    }

    @Override
    public int hashCode() {
        return ((kind.hashCode() * 31 + ch) * 31 + (ctrl ? 1 : 0)) * 31 + (alt ? 1 : 0);
    }

    public static Key of(Kind kind) {
        return new Key(kind, '\0', false, false);
    }

    public static Key ch(char c) {
        return new Key(Kind.CHAR, c, false, false);
    }

    public static Key ctrl(char c) {
        return new Key(Kind.CHAR, Character.toLowerCase(c), true, false);
    }

    /** A printable character typed without Ctrl or Alt (what a text field takes). */
    public boolean isText() {
        return kind == Kind.CHAR && !ctrl && !alt && ch >= ' ';
    }

    /** Parses a binding string: a single character, {@code C-x}, {@code M-x} or a key name. */
    public static Key parse(String s) {
        if (s.length() == 1) return ch(s.charAt(0));
        if (s.startsWith("C-") && s.length() == 3) return ctrl(s.charAt(2));
        if (s.startsWith("M-") && s.length() == 3) return new Key(Kind.CHAR, s.charAt(2), false, true);
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "space" -> ch(' ');
            case "enter" -> of(Kind.ENTER);
            case "esc" -> of(Kind.ESCAPE);
            case "backspace" -> of(Kind.BACKSPACE);
            case "tab" -> of(Kind.TAB);
            case "s-tab" -> of(Kind.BACK_TAB);
            case "up" -> of(Kind.UP);
            case "down" -> of(Kind.DOWN);
            case "left" -> of(Kind.LEFT);
            case "right" -> of(Kind.RIGHT);
            case "pgup" -> of(Kind.PAGE_UP);
            case "pgdn" -> of(Kind.PAGE_DOWN);
            case "home" -> of(Kind.HOME);
            case "end" -> of(Kind.END);
            case "delete" -> of(Kind.DELETE);
            default -> throw new IllegalArgumentException("not a key: " + s);
        };
    }

    /** The name a user reads in the help screen and docs/KEYS.md. */
    public String label() {
        if (kind == Kind.CHAR) {
            String c = ch == ' ' ? "Space" : String.valueOf(ch);
            return ctrl ? "Ctrl-" + c : alt ? "Alt-" + c : c;
        }
        return switch (kind) {
            case ENTER -> "Enter";
            case ESCAPE -> "Esc";
            case BACKSPACE -> "Backspace";
            case TAB -> "Tab";
            case BACK_TAB -> "Shift-Tab";
            case UP -> "Up";
            case DOWN -> "Down";
            case LEFT -> "Left";
            case RIGHT -> "Right";
            case PAGE_UP -> "PgUp";
            case PAGE_DOWN -> "PgDn";
            case HOME -> "Home";
            case END -> "End";
            case DELETE -> "Delete";
            default -> kind.name();
        };
    }
}
