package dev.lectern.text;

/**
 * An immutable text style: a colour role plus attributes, and optionally the target of a link.
 * Methods return new styles ({@code Style.of(Role.LINK).bold()}), as jline's AttributedStyle does.
 */
public record Style(Role role, boolean isBold, boolean isItalic, boolean isUnderline, boolean isStrike,
                    boolean isReverse, String link) {

    public static final Style PLAIN = new Style(Role.PLAIN, false, false, false, false, false, null);

    public static Style of(Role role) {
        return PLAIN.withRole(role);
    }

    public Style withRole(Role r) {
        return new Style(r, isBold, isItalic, isUnderline, isStrike, isReverse, link);
    }

    public Style bold() {
        return new Style(role, true, isItalic, isUnderline, isStrike, isReverse, link);
    }

    public Style italic() {
        return new Style(role, isBold, true, isUnderline, isStrike, isReverse, link);
    }

    public Style underline() {
        return new Style(role, isBold, isItalic, true, isStrike, isReverse, link);
    }

    public Style strike() {
        return new Style(role, isBold, isItalic, isUnderline, true, isReverse, link);
    }

    public Style reverse() {
        return new Style(role, isBold, isItalic, isUnderline, isStrike, true, link);
    }

    public Style withLink(String target) {
        return new Style(role, isBold, isItalic, isUnderline, isStrike, isReverse, target);
    }
}
