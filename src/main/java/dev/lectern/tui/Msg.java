package dev.lectern.tui;

import dev.lectern.index.SearchOutcome;
import dev.lectern.render.Rendered;
import java.util.List;

/** Everything that can happen to the application: keys, resizes and the results of slow work. */
public sealed interface Msg {
    record KeyPressed(Key key) implements Msg {
    }

    record Resized(int width, int height) implements Msg {
    }

    /** An essay rendered for a width (or why it could not be: {@code rendered} null, {@code error} set). */
    record EssayRendered(String slug, int width, Rendered rendered, String error) implements Msg {
    }

    record SearchDone(int generation, SearchOutcome outcome, String error) implements Msg {
    }

    /** Where the reader was in the essay to continue (for the home screen). */
    record ContinueLocated(ContinueInfo info) implements Msg {
    }

    /** A word from outside the reader (the server's idle warning), shown on the bottom row. */
    record Notice(String text) implements Msg {
    }

    /** The terminal's input ended (it went away): quit, keeping the place. */
    record InputEnded() implements Msg {
    }

    /**
     * A snippet's run ended, or it did not run; {@code askConsent}: it did not, because its library
     * is not trusted and the reader has not been asked yet.
     */
    record SnippetDone(String slug, int number, String output, String summary, boolean askConsent) implements Msg {
        public SnippetDone(String slug, int number, String output, String summary) {
            this(slug, number, output, summary, false);
        }
    }

    record StatsLoaded(StudyInfo info) implements Msg {
    }

    /** The cards due for a review sitting, or (none due) a sentence saying when cards will be. */
    record ReviewLoaded(String track, List<ReviewCard> cards, String empty) implements Msg {
    }

    /**
     * A grade written: what the card got ("Good", "4d"), and the card again when its new step ends
     * within this sitting (Again: "show me again soon"); {@code error} set when it could not be written.
     */
    record CardGraded(String cardId, String grade, String interval, ReviewCard again, String error) implements Msg {
    }

    /** A note or bookmark written (or not): the sentence for the status line. */
    record StudySaved(String message) implements Msg {
    }

    record NotesLoaded(List<NoteEntry> entries, String message) implements Msg {
    }
}
