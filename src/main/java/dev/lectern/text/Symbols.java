package dev.lectern.text;

/**
 * The few non-ASCII symbols lectern prints outside rendered essays, with ASCII stand-ins for
 * terminals whose locale is not UTF-8.
 */
public record Symbols(String check, String open, String bullet, String dot, String ellipsis, String arrow,
                      String full, String empty, String hrule, String quoteBar) {
    public static final Symbols UNICODE = new Symbols("\u2713", "\u00b7", "\u2022", "\u00b7", "\u2026", "\u203a",
            "\u2588", "\u2591", "\u2500", "\u2502");
    public static final Symbols ASCII = new Symbols("x", "-", "*", "-", "...", ">", "#", ".", "-", "|");

    public static Symbols of(boolean unicode) {
        return unicode ? UNICODE : ASCII;
    }

    /** A progress bar of {@code width} cells for {@code done} of {@code total}. */
    public String bar(int done, int total, int width) {
        int filled = total <= 0 ? 0 : (int) Math.round((double) done * width / total);
        return full.repeat(filled) + empty.repeat(width - filled);
    }
}
