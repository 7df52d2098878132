package dev.lectern.tui;

import dev.lectern.content.Essay;
import dev.lectern.render.Rendered;

/** The essay to continue, where the reader was in it and how long is left. */
public record ContinueInfo(String slug, String section, int percent, int minutesLeft) {

    /** For a reader at line {@code top} of a document with {@code rows} rows of text on screen. */
    static ContinueInfo of(Essay e, ReaderDoc d, int top, int rows) {
        int seen = Math.min(d.size(), top + rows);
        int percent = d.size() == 0 ? 100 : seen * 100 / d.size();
        int minutes = (int) Math.ceil(e.minutes() * (double) (d.size() - seen) / Math.max(1, d.size()));
        Rendered.Heading h = d.sectionAt(top);
        return new ContinueInfo(e.slug(), h == null ? null : h.text(), percent, minutes);
    }
}
