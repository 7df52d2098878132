package dev.lectern.tui;

import dev.lectern.content.Level;
import dev.lectern.index.SearchHit;
import java.util.List;
import java.util.Map;

/**
 * The screens, as plain state. The application keeps a stack of them: opening something pushes,
 * {@code q} pops, so every screen comes back as it was left.
 */
public sealed interface Screen {
    /** Which keymap context applies. */
    Keymap.Context context();

    record Home(ListPos pos) implements Screen {
        public Keymap.Context context() {
            return Keymap.Context.HOME;
        }
    }

    /** How the library list is ordered. */
    enum Sort {
        DATE("newest first"), TITLE("by title"), LENGTH("shortest first");

        public final String label;

        Sort(String label) {
            this.label = label;
        }
    }

    /** Every essay, filtered by level, series and tag, narrowed by typed text, sorted. */
    record Essays(String narrow, boolean typing, Level level, String series, String tag, Sort sort, ListPos pos)
            implements Screen {
        public Keymap.Context context() {
            return typing ? Keymap.Context.INPUT : Keymap.Context.LIBRARY;
        }
    }

    record TrackPage(String slug, ListPos pos) implements Screen {
        public Keymap.Context context() {
            return Keymap.Context.TRACK;
        }
    }

    /** Find in the essay: the words typed, whether the prompt is open, the matches and the current one. */
    record Find(String query, boolean editing, List<ReaderDoc.Match> matches, int current) {
        public static final Find NONE = new Find("", false, List.of(), -1);
    }

    /** Links followed, as places to go back and forward to. */
    record History(List<Visit> back, List<Visit> forward) {
        public static final History EMPTY = new History(List.of(), List.of());
    }

    record Visit(String slug, Place place) {
    }

    /**
     * One essay being read. {@code doc} is null until it is rendered for the current width;
     * {@code pending} says where to land when it arrives. {@code saved} is the place last written
     * to the study store, so only real moves are written.
     */
    record Reader(String slug, ReaderDoc doc, int top, int left, Place pending, Find find, int focus,
                  History history, Map<Integer, ReaderDoc.Output> outputs, int running, Place saved)
            implements Screen {
        public Keymap.Context context() {
            return find.editing() ? Keymap.Context.INPUT : Keymap.Context.READER;
        }

        Reader with(ReaderDoc d, int t, int l) {
            return new Reader(slug, d, t, l, pending, find, focus, history, outputs, running, saved);
        }

        Reader withFind(Find f) {
            return new Reader(slug, doc, top, left, pending, f, focus, history, outputs, running, saved);
        }

        Reader withFocus(int f) {
            return new Reader(slug, doc, top, left, pending, find, f, history, outputs, running, saved);
        }

        Reader withSaved(Place p) {
            return new Reader(slug, doc, top, left, pending, find, focus, history, outputs, running, p);
        }

        Reader withPending(Place p) {
            return new Reader(slug, doc, top, left, p, find, focus, history, outputs, running, saved);
        }

        Reader withRuns(Map<Integer, ReaderDoc.Output> o, int r) {
            return new Reader(slug, doc, top, left, pending, find, focus, history, o, r, saved);
        }
    }

    /** The table of contents of the reader below it on the stack. */
    record Contents(List<Entry> entries, ListPos pos) implements Screen {
        public Keymap.Context context() {
            return Keymap.Context.CONTENTS;
        }

        /** A section: its heading, level, screen line and size in words. */
        public record Entry(String text, int level, int line, int words) {
        }
    }

    /** Search as you type; {@code generation} tells fresh results from stale ones. */
    record Search(String query, int generation, List<SearchHit> hits, String message, ListPos pos) implements Screen {
        public Keymap.Context context() {
            return Keymap.Context.SEARCH;
        }
    }

    record Glossary(ListPos pos) implements Screen {
        public Keymap.Context context() {
            return Keymap.Context.GLOSSARY;
        }
    }

    /** The keymap, showing the screen it was opened from first. */
    record Help(Keymap.Context from, int top) implements Screen {
        public Keymap.Context context() {
            return Keymap.Context.HELP;
        }
    }

    /**
     * A review sitting: the cards left ({@code cards} null while they load; the first is shown),
     * whether its answer is showing, how many grades were given, and (nothing due) why not.
     */
    record Review(String track, List<ReviewCard> cards, boolean revealed, int graded, String empty) implements Screen {
        public Keymap.Context context() {
            return Keymap.Context.REVIEW;
        }
    }

    /** The one-line prompt for a note on a section of the reader below it ({@code anchor} '' is the whole essay). */
    record NotePrompt(String slug, String anchor, String heading, String text) implements Screen {
        public Keymap.Context context() {
            return Keymap.Context.INPUT;
        }
    }

    /**
     * The question over the reader before code of a library the reader has not trusted runs:
     * {@code y} runs snippet {@code number} (and the rest, while this reader is open), {@code a}
     * trusts the library for good, any other key runs nothing.
     */
    record RunConsent(String slug, int number) implements Screen {
        public Keymap.Context context() {
            return Keymap.Context.INPUT;
        }
    }

    /** Notes and bookmarks; {@code confirming} after a first delete key, until the second or any other key. */
    record Notes(List<NoteEntry> entries, ListPos pos, boolean confirming) implements Screen {
        public Notes(List<NoteEntry> entries, ListPos pos) {
            this(entries, pos, false);
        }

        public Keymap.Context context() {
            return Keymap.Context.NOTES;
        }
    }
}
