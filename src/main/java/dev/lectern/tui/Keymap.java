package dev.lectern.tui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keys as data: for each context (a screen, or the reader's table of contents) a list of
 * bindings, key to action with the help text a user reads. Context bindings win over the global
 * ones. The help screen and {@code docs/KEYS.md} are generated from this table, so they cannot
 * drift from what the keys do.
 */
public final class Keymap {
    /** Where a binding applies. */
    public enum Context {
        GLOBAL("Everywhere"), HOME("Home"), LIBRARY("Library"), TRACK("Track"), READER("Reader"),
        CONTENTS("Table of contents"), SEARCH("Search"), GLOSSARY("Glossary"), REVIEW("Review"),
        NOTES("Notes and bookmarks"), HELP("Help"),
        INPUT("While typing (search, find, narrow, a note)");

        public final String title;

        Context(String title) {
            this.title = title;
        }
    }

    /** One binding: a key, the action it triggers and what the help screen says about it. */
    public record Binding(Key key, Action action, String help) {
    }

    private final Map<Context, List<Binding>> bindings;

    private Keymap(Map<Context, List<Binding>> bindings) {
        this.bindings = bindings;
    }

    public List<Binding> bindings(Context c) {
        return bindings.getOrDefault(c, List.of());
    }

    /** The action for a key in a context, falling back to the global bindings. */
    public Optional<Action> action(Context c, Key key) {
        for (Binding b : bindings(c)) if (b.key().equals(key)) return Optional.of(b.action());
        if (c != Context.INPUT) {
            for (Binding b : bindings(Context.GLOBAL)) if (b.key().equals(key)) return Optional.of(b.action());
        }
        return Optional.empty();
    }

    /** Help rows for a context: keys with the same help text are joined ("j, Down"). */
    public List<String[]> helpRows(Context c) {
        List<String[]> rows = new ArrayList<>();
        for (Binding b : bindings(c)) {
            String[] last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (last != null && last[1].equals(b.help())) last[0] = last[0] + ", " + b.key().label();
            else rows.add(new String[] {b.key().label(), b.help()});
        }
        return rows;
    }

    /** The keys bound to an action in a context, as labels ("PgDn, Space"): for hints on screen. */
    public String keysFor(Context c, Action a) {
        List<String> out = new ArrayList<>();
        for (Binding b : bindings(c)) if (b.action() == a) out.add(b.key().label());
        if (out.isEmpty()) for (Binding b : bindings(Context.GLOBAL)) if (b.action() == a) out.add(b.key().label());
        return String.join("/", out);
    }

    public static final Keymap DEFAULT = build();

    private static Keymap build() {
        Map<Context, List<Binding>> m = new EnumMap<>(Context.class);
        bind(m, Context.GLOBAL, Action.BACK, "Back to the previous screen (quit from home)", "q", "Esc");
        bind(m, Context.GLOBAL, Action.QUIT, "Quit lectern", "Q", "C-c");
        bind(m, Context.GLOBAL, Action.HELP, "This help", "?");
        bind(m, Context.GLOBAL, Action.SEARCH, "Search the library", "s");
        bind(m, Context.GLOBAL, Action.LIBRARY, "Every essay (the library)", "e");
        bind(m, Context.GLOBAL, Action.GLOSSARY, "Glossary", "w");

        List<Context> lists = List.of(Context.HOME, Context.LIBRARY, Context.TRACK, Context.GLOSSARY,
                Context.CONTENTS, Context.SEARCH, Context.NOTES);
        for (Context c : lists) {
            boolean typing = c == Context.SEARCH;
            if (typing) {
                bind(m, c, Action.DOWN, "Next result", "Down", "C-n");
                bind(m, c, Action.UP, "Previous result", "Up", "C-p");
                bind(m, c, Action.PAGE_DOWN, "Page of results down", "PgDn");
                bind(m, c, Action.PAGE_UP, "Page of results up", "PgUp");
                bind(m, c, Action.OPEN, "Open the essay at the matching section", "Enter");
                continue;
            }
            bind(m, c, Action.DOWN, "Move down", "j", "Down");
            bind(m, c, Action.UP, "Move up", "k", "Up");
            bind(m, c, Action.PAGE_DOWN, "Page down", "PgDn", "Space");
            bind(m, c, Action.PAGE_UP, "Page up", "PgUp", "b");
            bind(m, c, Action.TOP, "First", "g", "Home");
            bind(m, c, Action.BOTTOM, "Last", "G", "End");
            bind(m, c, Action.OPEN, switch (c) {
                case HOME -> "Open: continue reading, a track, or an essay";
                case CONTENTS -> "Jump to the section";
                case GLOSSARY -> "Essays that use the term";
                case NOTES -> "Open the essay at the note's or bookmark's section";
                default -> "Open the essay";
            }, "Enter");
        }
        bind(m, Context.CONTENTS, Action.CONTENTS, "Close the table of contents", "t");
        bind(m, Context.CONTENTS, Action.BACK, "Close the table of contents", "Esc", "q");
        bind(m, Context.TRACK, Action.CONTINUE, "Begin or continue the track (first unread essay)", "c");
        bind(m, Context.HOME, Action.REVIEW, "Review the cards that are due", "R");
        bind(m, Context.HOME, Action.NOTES, "Notes and bookmarks", "N");
        bind(m, Context.NOTES, Action.DELETE, "Delete the note or bookmark (press twice)", "d");
        bind(m, Context.TRACK, Action.REVIEW, "Review this track's cards that are due", "R");
        bind(m, Context.LIBRARY, Action.NARROW, "Type to narrow the list by title, dek, tag or slug", "/");
        bind(m, Context.LIBRARY, Action.CYCLE_LEVEL, "Filter by level (cycles)", "L");
        bind(m, Context.LIBRARY, Action.CYCLE_SERIES, "Filter by series (cycles)", "S");
        bind(m, Context.LIBRARY, Action.CYCLE_TAG, "Filter by tag (cycles)", "T");
        bind(m, Context.LIBRARY, Action.CYCLE_SORT, "Sort by date, title or length (cycles)", "o");
        bind(m, Context.LIBRARY, Action.CLEAR_FILTERS, "Clear filters and narrowing", "x");

        Context r = Context.READER;
        bind(m, r, Action.DOWN, "Line down", "j", "Down", "C-e");
        bind(m, r, Action.UP, "Line up", "k", "Up", "C-y");
        bind(m, r, Action.PAGE_DOWN, "Page down", "Space", "PgDn", "f");
        bind(m, r, Action.PAGE_UP, "Page up", "b", "PgUp");
        bind(m, r, Action.HALF_DOWN, "Half a page down", "d", "C-d");
        bind(m, r, Action.HALF_UP, "Half a page up", "u", "C-u");
        bind(m, r, Action.TOP, "Beginning", "g", "Home");
        bind(m, r, Action.BOTTOM, "End", "G", "End");
        bind(m, r, Action.RIGHT, "Scroll wide code, tables and diagrams right", "l", "Right");
        bind(m, r, Action.LEFT, "Scroll left", "h", "Left");
        bind(m, r, Action.FIND, "Find in the essay", "/");
        bind(m, r, Action.FIND_NEXT, "Next match", "n");
        bind(m, r, Action.FIND_PREVIOUS, "Previous match", "N");
        bind(m, r, Action.CONTENTS, "Table of contents", "t");
        bind(m, r, Action.FOCUS_NEXT, "Focus the next link, snippet or glossary term", "Tab");
        bind(m, r, Action.FOCUS_PREVIOUS, "Focus the previous link, snippet or glossary term", "S-Tab");
        bind(m, r, Action.OPEN, "Follow the focused link, run the focused snippet, define the focused term", "Enter");
        bind(m, r, Action.HISTORY_BACK, "Back to where the link was followed from", "Backspace", "[");
        bind(m, r, Action.HISTORY_FORWARD, "Forward again", "]");
        bind(m, r, Action.RUN_SNIPPET, "Run the focused snippet, output shown inline", "r");
        bind(m, r, Action.STOP_SNIPPET, "Stop the running snippet", "x");
        bind(m, r, Action.MARK_READ, "Mark read (again: unread)", "m");
        bind(m, r, Action.NOTE, "Add a note to the section at the top of the screen", "a");
        bind(m, r, Action.BOOKMARK, "Bookmark the section at the top of the screen (again: remove)", "B");

        Context v = Context.REVIEW;
        bind(m, v, Action.REVEAL, "Show the answer", "Space", "Enter");
        bind(m, v, Action.GRADE_AGAIN, "Again: forgotten (shown again soon)", "1");
        bind(m, v, Action.GRADE_HARD, "Hard: remembered with effort", "2");
        bind(m, v, Action.GRADE_GOOD, "Good: remembered", "3");
        bind(m, v, Action.GRADE_EASY, "Easy: remembered at once", "4");
        bind(m, v, Action.SKIP, "Skip this card (not graded)", "s");

        bind(m, Context.HELP, Action.DOWN, "Scroll down", "j", "Down");
        bind(m, Context.HELP, Action.UP, "Scroll up", "k", "Up");
        bind(m, Context.HELP, Action.PAGE_DOWN, "Page down", "Space", "PgDn");
        bind(m, Context.HELP, Action.PAGE_UP, "Page up", "b", "PgUp");

        bind(m, Context.INPUT, Action.OPEN, "Accept (search: open the selected result; a note: save it)", "Enter");
        bind(m, Context.INPUT, Action.BACK, "Cancel", "Esc");
        bind(m, Context.INPUT, Action.QUIT, "Quit lectern", "C-c");
        return new Keymap(m);
    }

    private static void bind(Map<Context, List<Binding>> m, Context c, Action a, String help, String... keys) {
        List<Binding> list = m.computeIfAbsent(c, k -> new ArrayList<>());
        for (String k : keys) list.add(new Binding(Key.parse(k), a, help));
    }
}
