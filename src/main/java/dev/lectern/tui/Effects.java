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

    /** Runs a snippet; blocks; interrupting the calling thread stops it and returns a cancelled result. */
    Msg.SnippetDone runSnippet(String slug, int number);
}
