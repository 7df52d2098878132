package dev.lectern.tui;

import dev.lectern.index.SearchOutcome;
import dev.lectern.render.Rendered;

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

    /** The terminal's input ended (it went away): quit, keeping the place. */
    record InputEnded() implements Msg {
    }

    record SnippetDone(String slug, int number, String output, String summary) implements Msg {
    }
}
