package dev.lectern.tui;

import dev.lectern.index.SearchOutcome;
import dev.lectern.render.Rendered;

/**
 * The outside world as the program needs it: essays rendered for a width, search, the study
 * store and the snippet runner. Implemented over a {@link dev.lectern.cli.Session} by {@link
 * SessionEffects}; every method may be slow and is called off the input loop.
 */
public interface Effects {
    Rendered render(String slug, int width) throws Exception;

    SearchOutcome search(String query) throws Exception;

    void savePosition(String slug, int block, int offset) throws Exception;

    void setRead(String slug, boolean read) throws Exception;

    /** Where a stored place is in an essay, seen in a terminal of this size. */
    ContinueInfo locate(String slug, int block, int offset, int width, int height) throws Exception;

    /**
     * Runs a snippet, given what the reader said when asked about an untrusted library; blocks;
     * interrupting the calling thread stops it and returns a cancelled result.
     */
    Msg.SnippetDone runSnippet(String slug, int number, Command.Consent consent);

    /** The study numbers for the home screen, now. */
    StudyInfo stats() throws Exception;

    /** The cards due now (of a track, or all when null); none: a sentence saying when cards will be. */
    Msg.ReviewLoaded loadReview(String track) throws Exception;

    /** Grades a card now. */
    Msg.CardGraded grade(String cardId, dev.lectern.study.Grade grade) throws Exception;

    /** Attaches a note; returns the sentence for the status line. */
    String addNote(String slug, String anchor, String text) throws Exception;

    /** Bookmarks a section, or removes the bookmark there; returns the sentence for the status line. */
    String toggleBookmark(String slug, String anchor, String heading) throws Exception;

    /** Notes and bookmarks, grouped by essay in library order (orphaned last), sections in order. */
    java.util.List<NoteEntry> notes() throws Exception;

    /** Removes a note or a bookmark; a message saying what happened. */
    String deleteNote(NoteEntry entry) throws Exception;
}
