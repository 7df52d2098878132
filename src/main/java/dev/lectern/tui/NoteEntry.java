package dev.lectern.tui;

/**
 * A note or a bookmark as the notes screen lists it: its essay (title, or the slug when the essay
 * is gone), its section (anchor and heading; '' is the whole essay), the note's text (empty for a
 * bookmark) and when it was made, as a date to show and as the stored instant that identifies it.
 */
public record NoteEntry(boolean bookmark, String slug, String essayTitle, boolean orphaned, String anchor, String heading,
                        String text, String when, java.time.Instant created) {
}
