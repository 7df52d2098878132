package dev.lectern.tui;

/**
 * Slow or outside work that {@link Update} asks for; the program runs it off the input loop and
 * feeds any result back as a {@link Msg}.
 */
public sealed interface Command {
    /** Render an essay for a text width; answers {@link Msg.EssayRendered}. */
    record Render(String slug, int width) implements Command {
    }

    /** Run a search; answers {@link Msg.SearchDone}. */
    record Search(int generation, String query) implements Command {
    }

    /** Write the reading position (and last-opened time) to the study store. */
    record SavePosition(String slug, int block, int offset) implements Command {
    }

    /** Mark an essay read or unread in the study store. */
    record SetRead(String slug, boolean read) implements Command {
    }

    /** Work out where the reader was in an essay; answers {@link Msg.ContinueLocated}. */
    record Locate(String slug, int block, int offset) implements Command {
    }

    /**
     * Run a snippet of an essay; answers {@link Msg.SnippetDone}. {@code consent} is what the
     * reader said when asked whether a library it does not trust may run code.
     */
    record RunSnippet(String slug, int number, Consent consent) implements Command {
        public RunSnippet(String slug, int number) {
            this(slug, number, Consent.NOT_ASKED);
        }
    }

    /** The reader's answer to "this library is not trusted: run its code?". */
    enum Consent {
        /** Not asked (yet): an untrusted library's snippet is not run, and the reader is asked. */
        NOT_ASKED,
        /** Yes, for as long as this reader is open. */
        THIS_SESSION,
        /** Yes, and trust the library from now on (its folder goes into trusted-libraries). */
        ALWAYS
    }

    /** Stop the snippet that is running (its result still comes back, as cancelled). */
    record StopSnippet() implements Command {
    }

    // ---- study (run in order with the other study-store writes; see Executor)

    /** Read the home screen's study numbers; answers {@link Msg.StatsLoaded}. */
    record LoadStats() implements Command {
    }

    /** Collect the cards due now (of one track, or all when null); answers {@link Msg.ReviewLoaded}. */
    record LoadReview(String track) implements Command {
    }

    /** Grade a card now; answers {@link Msg.CardGraded}. */
    record GradeCard(String cardId, dev.lectern.study.Grade grade) implements Command {
    }

    /** Attach a note to a section ('' for the whole essay); answers {@link Msg.StudySaved}. */
    record AddNote(String slug, String anchor, String text) implements Command {
    }

    /** Bookmark a section, or remove the bookmark that is there; answers {@link Msg.StudySaved}. */
    record ToggleBookmark(String slug, String anchor, String heading) implements Command {
    }

    /** Collect notes and bookmarks by essay; answers {@link Msg.NotesLoaded}. */
    /** Remove a note or bookmark, then list them again. */
    record DeleteNote(NoteEntry entry) implements Command {
    }

    record LoadNotes() implements Command {
    }
}
