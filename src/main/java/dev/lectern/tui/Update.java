package dev.lectern.tui;

import dev.lectern.content.Essay;
import dev.lectern.content.GlossaryEntry;
import dev.lectern.index.SearchOutcome;
import dev.lectern.render.Rendered;
import dev.lectern.study.EssayProgress;
import dev.lectern.text.Line;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pure heart of the application: {@code update(state, message)} returns the next state and
 * the slow work to start, and touches nothing else: no terminal, no files, no clock. Tests call
 * it directly.
 */
public final class Update {
    private Update() {
    }

    /** The next state and the commands to run. */
    public record Next(State state, List<Command> commands) {
        static Next of(State s, Command... cs) {
            return new Next(s, List.of(cs));
        }
    }

    /** The commands to run once when the application starts. */
    public static List<Command> init(State s) {
        Data d = s.data();
        if (d.lastOpened() == null) return List.of(new Command.LoadStats());
        EssayProgress st = d.state(d.lastOpened());
        return List.of(new Command.Locate(d.lastOpened(), st == null ? -1 : st.block(), st == null ? 0 : st.offset()),
                new Command.LoadStats());
    }

    public static Next update(State s, Msg m) {
        return update(s, m, Keymap.DEFAULT);
    }

    public static Next update(State s, Msg m, Keymap keys) {
        if (m instanceof Msg.KeyPressed k) return key(s.withFlash(null), k.key(), keys);
        if (m instanceof Msg.Resized r) return resized(s, r.width(), r.height());
        if (m instanceof Msg.EssayRendered r) return rendered(s, r);
        if (m instanceof Msg.SearchDone r) return searched(s, r);
        if (m instanceof Msg.ContinueLocated c) return Next.of(s.withData(s.data().withContinue(c.info())));
        if (m instanceof Msg.SnippetDone d) return snippetDone(s, d);
        if (m instanceof Msg.InputEnded) return quit(s);
        if (m instanceof Msg.Notice n) return Next.of(s.withFlash(n.text()));
        Next study = StudyUpdate.message(s, m);
        return study != null ? study : Next.of(s);
    }

    // ---- keys

    private static Next key(State s, Key key, Keymap keys) {
        Screen top = s.top();
        if (top instanceof Screen.RunConsent c) return consent(s, c, key);
        Next typed = typing(s, top, key);
        if (typed != null) return typed;
        Action a = keys.action(top.context(), key).orElse(null);
        if (a == null) return Next.of(s);
        if (s.tooSmall() && a != Action.QUIT && a != Action.BACK) return Next.of(s);
        // a first delete waits for a second; any other key, wherever it leads, cancels it
        if (top instanceof Screen.Notes n && n.confirming() && a != Action.DELETE) {
            s = s.replaceTop(new Screen.Notes(n.entries(), n.pos(), false));
            top = s.top();
        }
        // Keys everywhere first, then the screen's own: each screen's handler asks its study part.
        switch (a) {
            case QUIT:
                return quit(s);
            case HELP:
                return top instanceof Screen.Help ? Next.of(s) : Next.of(s.push(new Screen.Help(top.context(), 0)));
            case SEARCH:
                return top instanceof Screen.Search ? Next.of(s)
                        : Next.of(s.push(new Screen.Search("", 0, List.of(), null, ListPos.START)));
            case LIBRARY:
                return top instanceof Screen.Essays ? Next.of(s) : Next.of(s.push(
                        new Screen.Essays("", false, null, null, null, Screen.Sort.DATE, ListPos.START)));
            case GLOSSARY:
                return top instanceof Screen.Glossary ? Next.of(s) : Next.of(s.push(new Screen.Glossary(ListPos.START)));
            default:
                break;
        }
        if (top instanceof Screen.Reader r) {
            Next study = StudyUpdate.reader(s, r, a);
            return study != null ? study : reader(s, r, a);
        }
        Next study = StudyUpdate.screen(s, top, a);
        if (study != null) return study;
        if (a == Action.BACK) return back(s);
        if (top instanceof Screen.Home h) return home(s, h, a);
        if (top instanceof Screen.Essays e) return essays(s, e, a);
        if (top instanceof Screen.TrackPage t) return track(s, t, a);
        if (top instanceof Screen.Contents c) return contents(s, c, a);
        if (top instanceof Screen.Search q) return search(s, q, a);
        if (top instanceof Screen.Glossary g) return glossary(s, g, a);
        if (top instanceof Screen.Help h) return help(s, h, a);
        return Next.of(s);
    }

    /** Keys typed into a text field (search, find, narrow); null when the key is not text input. */
    private static Next typing(State s, Screen top, Key key) {
        String text;
        if (top instanceof Screen.NotePrompt p) return StudyUpdate.typing(s, p, key);
        if (top instanceof Screen.Search q) text = q.query();
        else if (top instanceof Screen.Essays e && e.typing()) text = e.narrow();
        else if (top instanceof Screen.Reader r && r.find().editing()) text = r.find().query();
        else return null;
        String next;
        if (key.isText()) next = text + key.ch();
        else if (key.kind() == Key.Kind.BACKSPACE) next = text.isEmpty() ? text : text.substring(0, text.offsetByCodePoints(text.length(), -1));
        else if (key.ctrl() && key.ch() == 'u') next = "";
        else return null;
        if (top instanceof Screen.Search q) {
            if (next.equals(text)) return Next.of(s);
            int gen = q.generation() + 1;
            Screen.Search n = new Screen.Search(next, gen, next.isBlank() ? List.of() : q.hits(), null, q.pos());
            return next.isBlank() ? Next.of(s.replaceTop(new Screen.Search(next, gen, List.of(), null, ListPos.START)))
                    : Next.of(s.replaceTop(n), new Command.Search(gen, next));
        }
        if (top instanceof Screen.Essays e) {
            Screen.Essays n = new Screen.Essays(next, true, e.level(), e.series(), e.tag(), e.sort(), ListPos.START);
            return Next.of(s.replaceTop(n));
        }
        Screen.Reader r = (Screen.Reader) top;
        return Next.of(s.replaceTop(findLive(s, r, next)));
    }

    private static Next quit(State s) {
        List<Command> cmds = new ArrayList<>();
        return new Next(s.withQuit(), cmds);
    }

    /** Leaves the top screen; a reader leaves where it was for the home screen's "continue". */
    private static Next back(State s) {
        Screen top = s.top();
        State n = s.pop();
        if (top instanceof Screen.Reader r && r.doc() != null) n = n.withData(n.data().withContinue(continueInfo(s, r)));
        return StudyUpdate.afterBack(refreshTop(n));
    }

    /** A reader that comes back to the top after a resize re-renders for the current width. */
    private static Next refreshTop(State s) {
        if (s.top() instanceof Screen.Reader r && r.doc() != null && r.doc().width() != Layout.readerTextWidth(s.width())) {
            Screen.Reader p = r.withPending(r.doc().placeOf(r.top()));
            return Next.of(s.replaceTop(p), new Command.Render(r.slug(), Layout.readerTextWidth(s.width())));
        }
        return Next.of(s);
    }

    // ---- lists

    private static Next home(State s, Screen.Home h, Action a) {
        List<Lists.HomeItem> items = Lists.home(s.data());
        ListPos p = listMove(h.pos(), a, items.size(), Layout.homeRows(s.height()));
        if (p != null) return Next.of(s.replaceTop(new Screen.Home(p)));
        if (a == Action.OPEN && !items.isEmpty()) {
            Lists.HomeItem it = items.get(Math.min(h.pos().selected(), items.size() - 1));
            return switch (it.kind()) {
                case CONTINUE, ESSAY -> open(s, it.slug(), null, false);
                case TRACK -> Next.of(s.push(new Screen.TrackPage(it.slug(), ListPos.START)));
            };
        }
        return Next.of(s);
    }

    private static Next essays(State s, Screen.Essays e, Action a) {
        List<Essay> list = Lists.essays(s.data().library(), e);
        int rows = Layout.essayListItems(s.height());
        if (e.typing()) {
            // Enter or Esc closes the narrowing prompt; Esc also drops what was typed
            if (a == Action.OPEN) return Next.of(s.replaceTop(new Screen.Essays(e.narrow(), false, e.level(), e.series(), e.tag(), e.sort(), e.pos())));
            if (a == Action.BACK) return Next.of(s.replaceTop(new Screen.Essays("", false, e.level(), e.series(), e.tag(), e.sort(), ListPos.START)));
            return Next.of(s);
        }
        ListPos p = listMove(e.pos(), a, list.size(), rows);
        if (p != null) return Next.of(s.replaceTop(new Screen.Essays(e.narrow(), false, e.level(), e.series(), e.tag(), e.sort(), p)));
        var lib = s.data().library();
        Screen.Essays n = switch (a) {
            case NARROW -> new Screen.Essays(e.narrow(), true, e.level(), e.series(), e.tag(), e.sort(), e.pos());
            case CYCLE_LEVEL -> new Screen.Essays(e.narrow(), false, Lists.nextLevel(e.level()), e.series(), e.tag(), e.sort(), ListPos.START);
            // only the series and tags that some essay under the other filters has
            case CYCLE_SERIES -> new Screen.Essays(e.narrow(), false, e.level(), Lists.cycle(Lists.series(
                    Lists.essays(lib, new Screen.Essays(e.narrow(), false, e.level(), null, e.tag(), e.sort(), ListPos.START))),
                    e.series()), e.tag(), e.sort(), ListPos.START);
            case CYCLE_TAG -> new Screen.Essays(e.narrow(), false, e.level(), e.series(), Lists.cycle(Lists.tags(
                    Lists.essays(lib, new Screen.Essays(e.narrow(), false, e.level(), e.series(), null, e.sort(), ListPos.START))),
                    e.tag()), e.sort(), ListPos.START);
            case CYCLE_SORT -> new Screen.Essays(e.narrow(), false, e.level(), e.series(), e.tag(),
                    Screen.Sort.values()[(e.sort().ordinal() + 1) % Screen.Sort.values().length], ListPos.START);
            case CLEAR_FILTERS -> new Screen.Essays("", false, null, null, null, e.sort(), ListPos.START);
            default -> null;
        };
        if (n != null) return Next.of(s.replaceTop(n));
        if (a == Action.OPEN && !list.isEmpty()) return open(s, list.get(Math.min(e.pos().selected(), list.size() - 1)).slug(), null, false);
        return Next.of(s);
    }

    private static Next track(State s, Screen.TrackPage t, Action a) {
        List<Essay> list = Lists.trackEssays(s.data().library(), t.slug());
        ListPos p = listMove(t.pos(), a, list.size(), Layout.trackItems(s.height()));
        if (p != null) return Next.of(s.replaceTop(new Screen.TrackPage(t.slug(), p)));
        if (list.isEmpty()) return Next.of(s);
        if (a == Action.OPEN) return open(s, list.get(Math.min(t.pos().selected(), list.size() - 1)).slug(), null, false);
        if (a == Action.CONTINUE) {
            Essay next = list.stream().filter(e -> !s.data().isRead(e.slug())).findFirst().orElse(list.get(0));
            return open(s, next.slug(), null, false);
        }
        return Next.of(s);
    }

    private static Next search(State s, Screen.Search q, Action a) {
        if (a == Action.BACK) return back(s);
        int rows = Layout.searchItems(s.height());
        ListPos p = switch (a) {
            case DOWN -> q.pos().move(1, q.hits().size(), rows);
            case UP -> q.pos().move(-1, q.hits().size(), rows);
            case PAGE_DOWN -> q.pos().move(rows, q.hits().size(), rows);
            case PAGE_UP -> q.pos().move(-rows, q.hits().size(), rows);
            default -> null;
        };
        if (p != null) return Next.of(s.replaceTop(new Screen.Search(q.query(), q.generation(), q.hits(), q.message(), p)));
        if (a == Action.OPEN && !q.hits().isEmpty()) {
            var hit = q.hits().get(Math.min(q.pos().selected(), q.hits().size() - 1));
            String words = String.join(" ", Lists.highlightWords(q.query()));
            Place place = hit.anchor() == null || hit.anchor().isEmpty() ? new Place(-1, 0, null, words)
                    : Place.section(hit.anchor(), words);
            return open(s, hit.slug(), place, false);
        }
        return Next.of(s);
    }

    private static Next glossary(State s, Screen.Glossary g, Action a) {
        List<GlossaryEntry> list = s.data().library().glossary();
        ListPos p = listMove(g.pos(), a, list.size(), Layout.glossaryItems(s.height()));
        if (p != null) return Next.of(s.replaceTop(new Screen.Glossary(p)));
        if (a == Action.OPEN && !list.isEmpty()) {
            // essays that use the term: a phrase search for it, so Enter there opens the place
            String q = "\"" + list.get(Math.min(g.pos().selected(), list.size() - 1)).term().replace("\"", "") + "\"";
            return Next.of(s.push(new Screen.Search(q, 1, List.of(), null, ListPos.START)), new Command.Search(1, q));
        }
        return Next.of(s);
    }

    private static Next help(State s, Screen.Help h, Action a) {
        int rows = Layout.helpRows(s.height());
        int total = HelpText.lines(Keymap.DEFAULT, h.from()).size();
        int max = Math.max(0, total - rows);
        int t = switch (a) {
            case DOWN -> h.top() + 1;
            case UP -> h.top() - 1;
            case PAGE_DOWN -> h.top() + rows;
            case PAGE_UP -> h.top() - rows;
            default -> h.top();
        };
        return Next.of(s.replaceTop(new Screen.Help(h.from(), Math.max(0, Math.min(max, t)))));
    }

    private static Next contents(State s, Screen.Contents c, Action a) {
        if (a == Action.CONTENTS) return back(s);
        ListPos p = listMove(c.pos(), a, c.entries().size(), Layout.contentsItems(s.height()));
        if (p != null) return Next.of(s.replaceTop(new Screen.Contents(c.entries(), p)));
        if (a == Action.OPEN && !c.entries().isEmpty() && s.below() instanceof Screen.Reader r && r.doc() != null) {
            int line = c.entries().get(c.pos().selected()).line();
            State n = s.pop();
            return settle(n, r.with(r.doc(), clampTop(n, r.doc(), line), r.left()));
        }
        return Next.of(s);
    }

    /** Moves a list selection for the movement actions; null for any other action. */
    static ListPos listMove(ListPos p, Action a, int count, int rows) {
        return switch (a) {
            case DOWN -> p.move(1, count, rows);
            case UP -> p.move(-1, count, rows);
            case PAGE_DOWN -> p.move(rows, count, rows);
            case PAGE_UP -> p.move(-rows, count, rows);
            case TOP -> p.to(0, count, rows);
            case BOTTOM -> p.to(count - 1, count, rows);
            default -> null;
        };
    }

    // ---- the reader

    /** Opens an essay (on top of the current screen, or in place of the current reader). */
    public static Next open(State s, String slug, Place place, boolean replace) {
        return open(s, slug, place, replace, Screen.History.EMPTY);
    }

    private static Next open(State s, String slug, Place place, boolean replace, Screen.History history) {
        Essay e = s.data().essay(slug);
        if (e == null) return Next.of(s.withFlash("no essay `" + slug + "` in this library"));
        if (place == null) {
            EssayProgress st = s.data().state(e.slug());
            place = st == null || st.lastOpened() == null ? Place.START : Place.at(st.block(), st.offset());
        }
        Screen.Reader r = new Screen.Reader(e.slug(), null, 0, 0, place, Screen.Find.NONE, -1, history, Map.of(), 0, null);
        State n = (replace ? s.replaceTop(r) : s.push(r)).withData(s.data().withLastOpened(e.slug()));
        return Next.of(n, new Command.Render(e.slug(), Layout.readerTextWidth(s.width())));
    }

    private static Next reader(State s, Screen.Reader r, Action a) {
        if (r.find().editing()) {
            if (a == Action.OPEN) return Next.of(s.replaceTop(r.withFind(new Screen.Find(r.find().query(), false, r.find().matches(), r.find().current()))));
            if (a == Action.BACK) return Next.of(s.replaceTop(r.withFind(Screen.Find.NONE)));
            return Next.of(s);
        }
        if (a == Action.BACK) return back(s);
        ReaderDoc d = r.doc();
        if (d == null) return Next.of(s); // still rendering: nothing to move yet
        int rows = Layout.readerRows(s.height());
        int half = Math.max(1, rows / 2);
        Integer to = switch (a) {
            case DOWN -> r.top() + 1;
            case UP -> r.top() - 1;
            case PAGE_DOWN -> r.top() + Math.max(1, rows - 2);
            case PAGE_UP -> r.top() - Math.max(1, rows - 2);
            case HALF_DOWN -> r.top() + half;
            case HALF_UP -> r.top() - half;
            case TOP -> 0;
            case BOTTOM -> d.size();
            default -> null;
        };
        if (to != null) return settle(s, r.with(d, clampTop(s, d, to), r.left()));
        switch (a) {
            case RIGHT, LEFT -> {
                int step = 8;
                int max = Math.max(0, d.maxWidth() - Layout.readerTextWidth(s.width()));
                int left = Math.max(0, Math.min(max, r.left() + (a == Action.RIGHT ? step : -step)));
                if (max == 0) return Next.of(s.withFlash("nothing here is wider than the screen"));
                return Next.of(s.replaceTop(r.with(d, r.top(), left)));
            }
            case FIND -> {
                return Next.of(s.replaceTop(r.withFind(new Screen.Find("", true, List.of(), -1))));
            }
            case FIND_NEXT, FIND_PREVIOUS -> {
                Screen.Find f = r.find();
                if (f.matches().isEmpty()) return Next.of(s.withFlash(f.query().isEmpty() ? "press / to find" : "no match for `" + f.query() + "`"));
                int n = f.matches().size();
                int cur = f.current() < 0 ? 0 : (f.current() + (a == Action.FIND_NEXT ? 1 : n - 1)) % n;
                Screen.Reader moved = r.withFind(new Screen.Find(f.query(), false, f.matches(), cur));
                return settle(s, reveal(s, moved, f.matches().get(cur).line()));
            }
            case CONTENTS -> {
                return Next.of(s.push(contentsOf(s, r)));
            }
            case FOCUS_NEXT, FOCUS_PREVIOUS -> {
                return focus(s, r, a == Action.FOCUS_NEXT);
            }
            case OPEN -> {
                if (r.focus() < 0 || r.focus() >= d.focusables().size()) return Next.of(s.withFlash("Tab focuses a link or a snippet"));
                ReaderDoc.Focusable f = d.focusables().get(r.focus());
                return f.isSnippet() ? run(s, r, f.snippet()) : follow(s, r, f.target());
            }
            case HISTORY_BACK, HISTORY_FORWARD -> {
                return history(s, r, a == Action.HISTORY_BACK);
            }
            case RUN_SNIPPET -> {
                int n = focusedOrVisibleSnippet(s, r);
                if (n <= 0) return Next.of(s.withFlash("no snippet on this screen to run"));
                return run(s, r, n);
            }
            case STOP_SNIPPET -> {
                if (r.running() == 0) return Next.of(s.withFlash("no snippet is running"));
                return Next.of(s.withFlash("stopping snippet " + r.running() + "…"), new Command.StopSnippet());
            }
            case MARK_READ -> {
                boolean read = !s.data().isRead(r.slug());
                State n = s.withData(s.data().withState(withRead(s.data().state(r.slug()), r.slug(), read)))
                        .withFlash(read ? "marked read" : "marked unread");
                return Next.of(n, new Command.SetRead(r.slug(), read));
            }
            default -> {
                return Next.of(s);
            }
        }
    }

    static int clampTop(State s, ReaderDoc d, int top) {
        int max = Math.max(0, d.size() - Layout.readerRows(s.height()));
        return Math.max(0, Math.min(max, top));
    }

    /** Scrolls so a line is in view, a third of the way down when it has to move. */
    private static Screen.Reader reveal(State s, Screen.Reader r, int line) {
        int rows = Layout.readerRows(s.height());
        if (line >= r.top() && line < r.top() + rows) return r;
        return r.with(r.doc(), clampTop(s, r.doc(), line - rows / 3), r.left());
    }

    /**
     * Puts a moved reader on top and writes what changed: the position when it moved to another
     * place in the document, and "read" when the last screen is reached.
     */
    static Next settle(State s, Screen.Reader r) {
        List<Command> cmds = new ArrayList<>();
        ReaderDoc d = r.doc();
        Place p = d.placeOf(r.top());
        Data data = s.data();
        if (!p.equals(r.saved())) {
            cmds.add(new Command.SavePosition(r.slug(), p.block(), p.offset()));
            EssayProgress old = data.state(r.slug());
            data = data.withState(new EssayProgress(r.slug(), old == null ? null : old.readAt(), p.block(), p.offset(),
                    old != null && old.lastOpened() != null ? old.lastOpened() : "this session"));
            r = r.withSaved(p);
        }
        State n = s.replaceTop(r);
        if (r.top() + Layout.readerRows(s.height()) >= d.size() && !data.isRead(r.slug())) {
            cmds.add(new Command.SetRead(r.slug(), true));
            data = data.withState(withRead(data.state(r.slug()), r.slug(), true));
            n = n.withFlash("reached the end: marked read");
        }
        return new Next(n.withData(data), cmds);
    }

    private static EssayProgress withRead(EssayProgress old, String slug, boolean read) {
        String when = read ? "this session" : null;
        return old == null ? new EssayProgress(slug, when, 0, 0, null)
                : new EssayProgress(slug, when, old.block(), old.offset(), old.lastOpened());
    }

    private static Screen.Reader findLive(State s, Screen.Reader r, String query) {
        if (r.doc() == null) return r.withFind(new Screen.Find(query, true, List.of(), -1));
        List<ReaderDoc.Match> ms = query.isBlank() ? List.of() : r.doc().find(List.of(query));
        int cur = -1;
        for (int i = 0; i < ms.size(); i++) {
            if (ms.get(i).line() >= r.top()) {
                cur = i;
                break;
            }
        }
        if (cur < 0 && !ms.isEmpty()) cur = 0;
        Screen.Reader n = r.withFind(new Screen.Find(query, true, ms, cur));
        return cur >= 0 ? reveal(s, n, ms.get(cur).line()) : n;
    }

    private static Screen.Contents contentsOf(State s, Screen.Reader r) {
        ReaderDoc d = r.doc();
        List<Rendered.Heading> hs = d.rendered().headings();
        List<Screen.Contents.Entry> entries = new ArrayList<>();
        int current = 0;
        for (int i = 0; i < hs.size(); i++) {
            int from = d.lineOfHeading(hs.get(i));
            int to = i + 1 < hs.size() ? d.lineOfHeading(hs.get(i + 1)) : d.size();
            int words = 0;
            for (int l = from + 1; l < to; l++) words += words(d.lines().get(l));
            entries.add(new Screen.Contents.Entry(hs.get(i).text(), hs.get(i).level(), from, words));
            if (from <= r.top()) current = i;
        }
        return new Screen.Contents(entries, ListPos.START.to(current, entries.size(), Layout.contentsItems(s.height())));
    }

    private static int words(Line l) {
        int n = 0;
        boolean in = false;
        for (char c : l.text().toCharArray()) {
            boolean w = Character.isLetterOrDigit(c);
            if (w && !in) n++;
            in = w;
        }
        return n;
    }

    private static Next focus(State s, Screen.Reader r, boolean forward) {
        List<ReaderDoc.Focusable> fs = r.doc().focusables();
        if (fs.isEmpty()) return Next.of(s.withFlash("no links or snippets in this essay"));
        int rows = Layout.readerRows(s.height());
        int cur = r.focus();
        boolean visible = cur >= 0 && cur < fs.size() && fs.get(cur).line() >= r.top() && fs.get(cur).line() < r.top() + rows;
        int next;
        if (visible) {
            next = forward ? cur + 1 : cur - 1;
            if (next < 0 || next >= fs.size()) return Next.of(s.withFlash(forward ? "no more links below" : "no more links above"));
        } else {
            next = -1;
            if (forward) {
                for (int i = 0; i < fs.size(); i++) if (fs.get(i).line() >= r.top()) {
                    next = i;
                    break;
                }
            } else {
                for (int i = fs.size() - 1; i >= 0; i--) if (fs.get(i).line() < r.top() + rows) {
                    next = i;
                    break;
                }
            }
            if (next < 0) return Next.of(s.withFlash(forward ? "no more links below" : "no more links above"));
        }
        return settle(s, reveal(s, r.withFocus(next), fs.get(next).line()));
    }

    private static int focusedOrVisibleSnippet(State s, Screen.Reader r) {
        List<ReaderDoc.Focusable> fs = r.doc().focusables();
        if (r.focus() >= 0 && r.focus() < fs.size() && fs.get(r.focus()).isSnippet()) return fs.get(r.focus()).snippet();
        int rows = Layout.readerRows(s.height());
        for (ReaderDoc.Focusable f : fs) {
            if (f.isSnippet() && f.line() >= r.top() && f.line() < r.top() + rows) return f.snippet();
        }
        return 0;
    }

    private static Next run(State s, Screen.Reader r, int number) {
        return run(s, r, number, Command.Consent.NOT_ASKED);
    }

    private static Next run(State s, Screen.Reader r, int number, Command.Consent consent) {
        if (r.running() != 0) return Next.of(s.withFlash("snippet " + r.running() + " is running; x stops it"));
        Map<Integer, ReaderDoc.Output> outs = new HashMap<>(r.outputs());
        outs.put(number, new ReaderDoc.Output("snippet " + number + " running" + s.data().symbols().ellipsis() + " (x stops it)", "", true));
        Screen.Reader n = rebuild(s, r.withRuns(Map.copyOf(outs), number));
        return Next.of(s.replaceTop(n), new Command.RunSnippet(r.slug(), number, consent));
    }

    /** The reader's answer to "run this untrusted library's code?": y, a, or any other key for no. */
    private static Next consent(State s, Screen.RunConsent c, Key key) {
        State back = s.pop();
        Command.Consent answer = !key.isText() ? null : switch (key.ch()) {
            case 'y', 'Y' -> Command.Consent.THIS_SESSION;
            case 'a', 'A' -> Command.Consent.ALWAYS;
            default -> null;
        };
        if (answer != null && back.top() instanceof Screen.Reader r && r.slug().equals(c.slug())) return run(back, r, c.number(), answer);
        return Next.of(back.withFlash("snippet " + c.number() + " not run"));
    }

    private static Next snippetDone(State s, Msg.SnippetDone d) {
        List<Screen> stack = new ArrayList<>(s.stack());
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (stack.get(i) instanceof Screen.Reader r && r.slug().equals(d.slug()) && r.running() == d.number()) {
                Map<Integer, ReaderDoc.Output> outs = new HashMap<>(r.outputs());
                if (d.askConsent()) outs.remove(d.number());
                else outs.put(d.number(), new ReaderDoc.Output(d.summary(), d.output(), false));
                stack.set(i, rebuild(s, r.withRuns(Map.copyOf(outs), 0)));
                // the question goes over the reader that asked, and only while it is on top
                if (d.askConsent() && i == stack.size() - 1) stack.add(new Screen.RunConsent(d.slug(), d.number()));
                String flash = d.askConsent() && i != stack.size() - 1 ? d.summary() : s.flash();
                return Next.of(new State(s.data(), s.width(), s.height(), stack, flash, s.quit()));
            }
        }
        return Next.of(s);
    }

    /** The reader with its document rebuilt around new snippet output, at the same place. */
    private static Screen.Reader rebuild(State s, Screen.Reader r) {
        if (r.doc() == null) return r;
        Place at = r.doc().placeOf(r.top());
        ReaderDoc d = ReaderDoc.of(r.doc().rendered(), r.doc().width(), r.outputs(), s.data().unicode(), s.data().library().glossary());
        Screen.Reader n = r.with(d, clampTop(s, d, d.lineOf(at)), r.left());
        if (!r.find().matches().isEmpty()) n = n.withFind(new Screen.Find(r.find().query(), false, d.find(words(r.find())), Math.min(r.find().current(), 0)));
        return n;
    }

    private static List<String> words(Screen.Find f) {
        return f.query().contains(" ") && !f.editing() ? Lists.highlightWords(f.query()) : List.of(f.query());
    }

    /** Follows a link: another essay (maybe at a section), a section of this one, or a web address (shown). */
    private static Next follow(State s, Screen.Reader r, String target) {
        if (target.matches("(?i)[a-z][a-z0-9+.-]*:.*")) return Next.of(s.withFlash("external link: " + target));
        String path = target;
        String anchor = null;
        int hash = target.indexOf('#');
        if (hash >= 0) {
            path = target.substring(0, hash);
            anchor = target.substring(hash + 1);
        }
        Screen.Visit here = new Screen.Visit(r.slug(), r.doc().placeOf(r.top()));
        List<Screen.Visit> back = new ArrayList<>(r.history().back());
        back.add(here);
        if (back.size() > 50) back.remove(0);
        Screen.History h = new Screen.History(List.copyOf(back), List.of());
        if (path.isEmpty()) {
            int line = anchor == null ? -1 : r.doc().lineOf(Place.section(anchor, null));
            if (anchor == null || r.doc().rendered().lineOf(anchor) < 0) return Next.of(s.withFlash("no section `" + anchor + "` here"));
            Screen.Reader n = new Screen.Reader(r.slug(), r.doc(), clampTop(s, r.doc(), line), 0, null, r.find(), -1, h, r.outputs(), r.running(), r.saved());
            return settle(s, n);
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (!name.endsWith(".md")) return Next.of(s.withFlash("not an essay: " + target));
        String slug = name.substring(0, name.length() - 3);
        if (s.data().essay(slug) == null) return Next.of(s.withFlash("no essay `" + slug + "` in this library"));
        if (r.running() != 0) return Next.of(s.withFlash("snippet " + r.running() + " is running; x stops it first"));
        return open(s, slug, anchor == null ? Place.START : Place.section(anchor, null), true, h);
    }

    private static Next history(State s, Screen.Reader r, boolean back) {
        List<Screen.Visit> from = new ArrayList<>(back ? r.history().back() : r.history().forward());
        if (from.isEmpty()) return Next.of(s.withFlash(back ? "no earlier place (links followed come here)" : "nothing to go forward to"));
        Screen.Visit to = from.remove(from.size() - 1);
        List<Screen.Visit> other = new ArrayList<>(back ? r.history().forward() : r.history().back());
        other.add(new Screen.Visit(r.slug(), r.doc().placeOf(r.top())));
        Screen.History h = back ? new Screen.History(List.copyOf(from), List.copyOf(other))
                : new Screen.History(List.copyOf(other), List.copyOf(from));
        if (to.slug().equals(r.slug())) {
            Screen.Reader n = new Screen.Reader(r.slug(), r.doc(), clampTop(s, r.doc(), r.doc().lineOf(to.place())), 0, null,
                    r.find(), -1, h, r.outputs(), r.running(), r.saved());
            return settle(s, n);
        }
        if (r.running() != 0) return Next.of(s.withFlash("snippet " + r.running() + " is running; x stops it first"));
        return open(s, to.slug(), to.place(), true, h);
    }

    static ContinueInfo continueInfo(State s, Screen.Reader r) {
        Essay e = s.data().essay(r.slug());
        if (e == null) return null;
        return ContinueInfo.of(e, r.doc(), r.top(), Layout.readerRows(s.height()));
    }

    // ---- results of slow work

    private static Next resized(State s, int w, int h) {
        State n = s.withSize(w, h);
        List<Screen> stack = new ArrayList<>(n.stack());
        for (int i = 0; i < stack.size(); i++) {
            Screen sc = stack.get(i);
            if (sc instanceof Screen.Home x) stack.set(i, new Screen.Home(x.pos().clamp(Lists.home(n.data()).size(), Layout.homeRows(h))));
            else if (sc instanceof Screen.Essays e) stack.set(i, new Screen.Essays(e.narrow(), e.typing(), e.level(), e.series(), e.tag(), e.sort(),
                    e.pos().clamp(Lists.essays(n.data().library(), e).size(), Layout.essayListItems(h))));
        }
        n = new State(n.data(), w, h, stack, n.flash(), n.quit());
        if (n.top() instanceof Screen.Contents && n.below() instanceof Screen.Reader) n = n.pop(); // its lines belong to the old width
        if (n.tooSmall()) return Next.of(n);
        return refreshTop(n);
    }

    private static Next rendered(State s, Msg.EssayRendered m) {
        if (!(s.top() instanceof Screen.Reader r) || !r.slug().equals(m.slug())) return Next.of(s);
        if (m.width() != Layout.readerTextWidth(s.width())) return Next.of(s); // a newer size is on its way
        if (m.rendered() == null) return Next.of(s.pop().withFlash(m.error()));
        Place at = r.pending() != null ? r.pending() : r.doc() != null ? r.doc().placeOf(r.top()) : Place.START;
        ReaderDoc d = ReaderDoc.of(m.rendered(), m.width(), r.outputs(), s.data().unicode(), s.data().library().glossary());
        int top = clampTop(s, d, d.lineOf(at));
        Screen.Find f = r.find();
        if (at.highlight() != null && !at.highlight().isBlank()) {
            f = new Screen.Find(at.highlight(), false, d.find(Lists.highlightWords(at.highlight())), -1);
        } else if (!f.query().isEmpty()) {
            f = new Screen.Find(f.query(), f.editing(), d.find(words(f)), -1);
        }
        if (!f.matches().isEmpty()) {
            int cur = 0;
            for (int i = 0; i < f.matches().size(); i++) if (f.matches().get(i).line() >= top) {
                cur = i;
                break;
            }
            f = new Screen.Find(f.query(), f.editing(), f.matches(), cur);
        }
        Screen.Reader n = new Screen.Reader(r.slug(), d, top, 0, null, f, -1, r.history(), r.outputs(), r.running(), r.saved());
        if (at.highlight() != null && f.current() >= 0) n = reveal(s, n, f.matches().get(f.current()).line());
        return settle(s, n);
    }

    private static Next searched(State s, Msg.SearchDone m) {
        if (!(s.top() instanceof Screen.Search q) || q.generation() != m.generation()) return Next.of(s);
        if (m.error() != null) return Next.of(s.replaceTop(new Screen.Search(q.query(), q.generation(), List.of(), m.error(), ListPos.START)));
        SearchOutcome o = m.outcome();
        Screen.Search n;
        if (o instanceof SearchOutcome.Hits h) {
            n = new Screen.Search(q.query(), q.generation(), h.hits(), null, ListPos.START);
        } else if (o instanceof SearchOutcome.NoMatch nm) {
            n = new Screen.Search(q.query(), q.generation(), List.of(), "nothing matches"
                    + (nm.suggestions().isEmpty() ? "" : "; did you mean: " + String.join(", ", nm.suggestions())), ListPos.START);
        } else {
            n = new Screen.Search(q.query(), q.generation(), List.of(), ((SearchOutcome.Invalid) o).message(), ListPos.START);
        }
        return Next.of(s.replaceTop(n));
    }
}
