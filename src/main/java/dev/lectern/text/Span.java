package dev.lectern.text;

/** A run of text in one style. The text never holds control characters (see {@link Sanitizer}). */
public record Span(String text, Style style) {
    public Span {
        text = Sanitizer.visible(text);
    }

    public static Span plain(String text) {
        return new Span(text, Style.PLAIN);
    }

    public static Span of(String text, Role role) {
        return new Span(text, Style.of(role));
    }

    public int width() {
        return DisplayWidth.of(text);
    }
}
