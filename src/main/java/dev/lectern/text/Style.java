package dev.lectern.text;

/**
 * An immutable text style: a colour role plus attributes, and optionally the target of a link.
 * Methods return new styles ({@code Style.of(Role.LINK).bold()}), as jline's AttributedStyle does.
 */
public record Style(Role role, boolean isBold, boolean isItalic, boolean isUnderline, boolean isStrike,
                    boolean isReverse, String link) {

    public static final Style PLAIN = new Style(Role.PLAIN, false, false, false, false, false, null);

    // equals and hashCode by hand: a record's generated ones are linked through invokedynamic on
    // first use, which the AOT cache does not keep; every command that renders paid ~15 ms for it.
    @Override
    public boolean equals(Object o) {
        return o instanceof Style s && role == s.role && isBold == s.isBold && isItalic == s.isItalic
                && isUnderline == s.isUnderline && isStrike == s.isStrike && isReverse == s.isReverse
                && java.util.Objects.equals(link, s.link);
    }

    @Override
    public int hashCode() {
        int h = role.hashCode();
        h = 31 * h + (isBold ? 1 : 0);
        h = 31 * h + (isItalic ? 1 : 0);
        h = 31 * h + (isUnderline ? 1 : 0);
        h = 31 * h + (isStrike ? 1 : 0);
        h = 31 * h + (isReverse ? 1 : 0);
        return 31 * h + (link == null ? 0 : link.hashCode());
    }

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
