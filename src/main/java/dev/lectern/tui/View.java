package dev.lectern.tui;

import dev.lectern.content.Essay;
import dev.lectern.content.GlossaryEntry;
import dev.lectern.content.Library;
import dev.lectern.content.Track;
import dev.lectern.index.SearchHit;
import dev.lectern.render.Rendered;
import dev.lectern.text.DisplayWidth;
import dev.lectern.text.Fit;
import dev.lectern.text.Line;
import dev.lectern.text.Role;
import dev.lectern.text.Span;
import dev.lectern.text.Style;
import dev.lectern.text.Symbols;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the state into a {@link Frame}. Reads the state and changes nothing; every screen is a
 * function of it, so what a user sees can be asserted without a terminal.
 */
public final class View {
    final State s;
    final Keymap keys;
    final Frame f;
    final Symbols sym;
    final String ell;

    private View(State s, Keymap keys) {
        this.s = s;
        this.keys = keys;
        this.f = new Frame(s.width(), s.height());
        this.sym = Symbols.of(s.data().unicode());
        this.ell = sym.ellipsis();
    }

    public static Frame draw(State s) {
        return draw(s, Keymap.DEFAULT);
    }

    public static Frame draw(State s, Keymap keys) {
        View v = new View(s, keys);
        v.draw();
        return v.f;
    }

    private static final Style STATUS = Style.of(Role.STATUS).reverse();

    private void draw() {
        if (s.tooSmall()) {
            String x = s.data().symbols().times();
            List<String> msg = List.of("lectern needs at least", Layout.MIN_WIDTH + x + Layout.MIN_HEIGHT,
                    "this terminal is " + s.width() + x + s.height(), "(q quits)");
            int y = Math.max(0, (s.height() - msg.size()) / 2);
            for (String m : msg) {
                String t = Fit.truncate(m, s.width(), "");
                f.put(Math.max(0, (s.width() - DisplayWidth.of(t)) / 2), y++, t, Style.PLAIN);
            }
            return;
        }
        Screen top = s.top();
        if (top instanceof Screen.Home h) home(h);
        else if (top instanceof Screen.Essays e) essays(e);
        else if (top instanceof Screen.TrackPage t) track(t);
        else if (top instanceof Screen.Reader r) reader(r);
        else if (top instanceof Screen.Contents c) contents(c);
        else if (top instanceof Screen.Search q) search(q);
        else if (top instanceof Screen.Glossary g) glossary(g);
        else if (top instanceof Screen.Help h) help(h);
        else StudyView.draw(this, top);
    }

    // ---- pieces

    void title(String text, String right) {
        int w = s.width();
        int rw = right == null ? 0 : DisplayWidth.of(right);
        f.put(1, 0, Fit.truncate(text, Math.max(1, w - rw - 3), ell), Style.of(Role.TITLE).bold());
        if (right != null) f.put(w - rw - 1, 0, right, Style.of(Role.MUTED));
    }

    /** The bottom row: a message when there is one, else key hints for the screen. */
    void hints(Keymap.Context c, Action... actions) {
        int y = s.height() - 1;
        if (s.flash() != null) {
            f.put(1, y, Fit.truncate(s.flash(), s.width() - 2, ell), Style.of(Role.NOTE).bold());
            return;
        }
        List<Span> spans = new ArrayList<>();
        for (Action a : actions) {
            String k = keys.keysFor(c, a);
            if (k.isEmpty()) continue;
            if (!spans.isEmpty()) spans.add(Span.of("  ", Role.MUTED));
            spans.add(Span.of(k, Role.CODE));
            spans.add(Span.of(" " + hintWord(a), Role.MUTED));
        }
        f.line(1, y, new Line(spans, -1), 0, s.width() - 1);
    }

    private static String hintWord(Action a) {
        return switch (a) {
            case OPEN -> "open";
            case DOWN -> "down";
            case UP -> "up";
            case BACK -> "back";
            case QUIT -> "quit";
            case HELP -> "help";
            case SEARCH -> "search";
            case LIBRARY -> "essays";
            case GLOSSARY -> "glossary";
            case NARROW -> "narrow";
            case CYCLE_LEVEL -> "level";
            case CYCLE_SERIES -> "series";
            case CYCLE_TAG -> "tag";
            case CYCLE_SORT -> "sort";
            case CONTINUE -> "continue";
            case CONTENTS -> "contents";
            case REVIEW -> "review";
            case NOTES -> "notes";
            default -> a.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }

    void select(int y) {
        f.restyle(0, y, s.width(), st -> st.reverse());
    }

    /** Text left and right on one row, the left truncated to leave room for the right. */
    void row(int y, int x, List<Span> left, String right, Role rightRole) {
        int w = s.width();
        int rw = right == null || right.isEmpty() ? 0 : DisplayWidth.of(right) + 2;
        f.line(x, y, new Line(left, -1), 0, Math.max(x, w - 1 - rw));
        if (rw > 0) f.put(w - rw + 1, y, right, Style.of(rightRole));
        Line l = new Line(left, -1);
        if (x + l.width() > w - 1 - rw && w - 2 - rw > x) f.put(w - 2 - rw, y, ell, Style.of(Role.MUTED));
    }

    // ---- home

    private void home(Screen.Home h) {
        Library lib = s.data().library();
        Data d = s.data();
        title(lib.info().title(), d.reader());
        int read = 0;
        int minutes = 0;
        for (Essay e : lib.essays()) {
            if (d.isRead(e.slug())) read++;
            minutes += e.minutes();
        }
        String dot = " " + sym.dot() + " ";
        f.put(1, 1, Fit.truncate(lib.essays().size() + " essays" + dot + lib.tracks().size() + " tracks" + dot
                + lib.series().size() + " series" + dot + read + " read" + dot + minutes + " minutes in all",
                s.width() - 2, ell), Style.of(Role.MUTED));
        StudyView.homeLine(this, 2);
        List<Lists.HomeItem> items = Lists.home(d);
        List<Line> lines = new ArrayList<>();
        List<Integer> itemOfLine = new ArrayList<>();
        String lastHeader = null;
        for (int i = 0; i < items.size(); i++) {
            Lists.HomeItem it = items.get(i);
            String header = switch (it.kind()) {
                case CONTINUE -> "Continue reading";
                case TRACK -> "Tracks";
                case ESSAY -> "Recently added";
            };
            if (!header.equals(lastHeader)) {
                if (lastHeader != null) {
                    lines.add(Line.EMPTY);
                    itemOfLine.add(-1);
                }
                lines.add(Line.of(header, Role.HEADING));
                itemOfLine.add(-1);
                lastHeader = header;
            }
            lines.add(homeLine(it));
            itemOfLine.add(i);
        }
        if (items.isEmpty()) {
            lines.add(Line.of("This library has no essays yet.", Role.MUTED));
            itemOfLine.add(-1);
        }
        int rows = Layout.homeRows(s.height());
        int selLine = itemOfLine.indexOf(h.pos().selected());
        int start = selLine < rows ? 0 : selLine - rows + 1;
        for (int i = 0; i < rows && start + i < lines.size(); i++) {
            int y = 4 + i;
            Line l = lines.get(start + i);
            boolean item = itemOfLine.get(start + i) >= 0;
            f.line(item ? 3 : 1, y, l, 0, s.width() - 1);
            if (item && itemOfLine.get(start + i) == h.pos().selected()) select(y);
        }
        hints(Keymap.Context.HOME, Action.OPEN, Action.REVIEW, Action.NOTES, Action.LIBRARY, Action.SEARCH, Action.HELP, Action.BACK);
    }

    private Line homeLine(Lists.HomeItem it) {
        Data d = s.data();
        String dot = " " + sym.dot() + " ";
        switch (it.kind()) {
            case CONTINUE -> {
                Essay e = d.essay(it.slug());
                List<Span> sp = new ArrayList<>();
                sp.add(new Span(e.title(), Style.of(Role.STRONG).bold()));
                ContinueInfo c = d.continueInfo();
                if (c != null && c.slug().equals(e.slug())) {
                    if (c.section() != null) sp.add(Span.of(" " + sym.arrow() + " " + c.section(), Role.PLAIN));
                    sp.add(Span.of(dot + c.percent() + "%" + dot + c.minutesLeft() + " min left", Role.MUTED));
                } else {
                    sp.add(Span.of(dot + e.minutes() + " min", Role.MUTED));
                }
                return new Line(sp, -1);
            }
            case TRACK -> {
                Track t = d.library().track(it.slug()).orElseThrow();
                List<Essay> es = Lists.trackEssays(d.library(), t.slug());
                int done = (int) es.stream().filter(e -> d.isRead(e.slug())).count();
                Essay next = es.stream().filter(e -> !d.isRead(e.slug())).findFirst().orElse(null);
                String title = Fit.pad(t.title(), Math.min(28, Math.max(12, s.width() / 4)), ell);
                return Line.of(new Span(title + " ", Style.of(Role.STRONG).bold()),
                        Span.of(sym.bar(done, es.size(), 10), Role.SUCCESS),
                        Span.of(" " + done + "/" + es.size(), Role.MUTED),
                        Span.of(next == null ? "  complete " + sym.check() : "  next: " + next.title(), Role.MUTED));
            }
            default -> {
                Essay e = d.essay(it.slug());
                return Line.of(Span.of(d.isRead(e.slug()) ? sym.check() + " " : "  ", Role.SUCCESS),
                        new Span(e.title(), Style.of(Role.PLAIN)),
                        Span.of(dot + (e.level() == null ? "" : e.level().key() + dot) + e.minutes() + " min"
                                + (e.date() == null ? "" : dot + e.date()), Role.MUTED));
            }
        }
    }

    // ---- library

    private void essays(Screen.Essays e) {
        List<Essay> list = Lists.essays(s.data().library(), e);
        int all = s.data().library().essays().size();
        title("Library", list.size() == all ? all + " essays" : list.size() + " of " + all + " essays");
        List<Span> filters = new ArrayList<>();
        filter(filters, "level", e.level() == null ? null : e.level().key());
        filter(filters, "series", e.series());
        filter(filters, "tag", e.tag());
        filter(filters, "sort", e.sort().label);
        if (e.typing() || !e.narrow().isEmpty()) {
            filters.add(Span.of("  /", Role.CODE));
            filters.add(Span.plain(e.narrow()));
        }
        f.line(1, 1, new Line(filters, -1), 0, s.width() - 1);
        if (e.typing()) f.cursor(Math.min(s.width() - 1, 1 + new Line(filters, -1).width()), 1);
        int rows = Layout.essayListItems(s.height());
        ListPos p = e.pos().clamp(list.size(), rows);
        if (list.isEmpty()) f.put(3, 3, "No essays match; x clears the filters.", Style.of(Role.MUTED));
        for (int i = 0; i < rows && p.top() + i < list.size(); i++) {
            Essay x = list.get(p.top() + i);
            int y = 3 + i * 2;
            String meta = (x.level() == null ? "" : x.level().key() + " " + sym.dot() + " ") + x.minutes() + " min"
                    + (x.series() == null ? "" : " " + sym.dot() + " " + x.series());
            row(y, 1, List.of(Span.of(s.data().isRead(x.slug()) ? sym.check() + " " : "  ", Role.SUCCESS),
                    new Span(x.title(), Style.of(Role.STRONG).bold())), meta, Role.MUTED);
            f.put(3, y + 1, Fit.truncate(x.dek(), s.width() - 4, ell), Style.of(Role.DEK).italic());
            if (p.top() + i == p.selected()) {
                select(y);
                select(y + 1);
            }
        }
        if (e.typing()) {
            hints(Keymap.Context.INPUT, Action.OPEN, Action.BACK);
        } else {
            hints(Keymap.Context.LIBRARY, Action.OPEN, Action.NARROW, Action.CYCLE_LEVEL, Action.CYCLE_SERIES,
                    Action.CYCLE_TAG, Action.CYCLE_SORT, Action.HELP, Action.BACK);
        }
    }

    private static void filter(List<Span> out, String name, String value) {
        if (!out.isEmpty()) out.add(Span.plain("  "));
        out.add(Span.of(name + ": ", Role.MUTED));
        out.add(value == null ? Span.of("all", Role.MUTED) : new Span(value, Style.of(Role.STRONG).bold()));
    }

    // ---- track

    private void track(Screen.TrackPage t) {
        Data d = s.data();
        Track tr = d.library().track(t.slug()).orElse(null);
        if (tr == null) {
            title("No track " + t.slug(), null);
            return;
        }
        List<Essay> es = Lists.trackEssays(d.library(), tr.slug());
        int done = (int) es.stream().filter(e -> d.isRead(e.slug())).count();
        int left = es.stream().filter(e -> !d.isRead(e.slug())).mapToInt(Essay::minutes).sum();
        title(tr.title(), "Track");
        f.put(1, 1, Fit.truncate(tr.dek(), s.width() - 2, ell), Style.of(Role.DEK).italic());
        f.line(1, 2, Line.of(Span.of(sym.bar(done, es.size(), 20), Role.SUCCESS),
                Span.of("  " + done + " of " + es.size() + " read " + sym.dot() + " " + left + " min to go", Role.MUTED)), 0, s.width() - 1);
        int rows = Layout.trackItems(s.height());
        ListPos p = t.pos().clamp(es.size(), rows);
        Essay next = es.stream().filter(e -> !d.isRead(e.slug())).findFirst().orElse(null);
        for (int i = 0; i < rows && p.top() + i < es.size(); i++) {
            Essay e = es.get(p.top() + i);
            int y = 4 + i;
            boolean read = d.isRead(e.slug());
            String mark = read ? sym.check() : e == next ? sym.arrow() : " ";
            row(y, 1, List.of(Span.of(mark + " ", read ? Role.SUCCESS : Role.LINK),
                    Span.of(String.format("%2d. ", p.top() + i + 1), Role.MUTED),
                    new Span(e.title(), read ? Style.of(Role.PLAIN) : Style.of(Role.STRONG).bold())),
                    e.minutes() + " min", Role.MUTED);
            if (p.top() + i == p.selected()) select(y);
        }
        if (es.isEmpty()) f.put(3, 4, "This track lists no essays that exist in the library.", Style.of(Role.MUTED));
        hints(Keymap.Context.TRACK, Action.OPEN, Action.CONTINUE, Action.DOWN, Action.UP, Action.HELP, Action.BACK);
    }

    // ---- reader

    void reader(Screen.Reader r) {
        int rows = Layout.readerRows(s.height());
        int margin = Layout.readerMargin(s.width());
        Essay e = s.data().essay(r.slug());
        ReaderDoc d = r.doc();
        int y0 = s.height() - 1;
        if (d == null) {
            f.put(margin, 0, Fit.truncate(e == null ? r.slug() : e.title(), s.width() - margin - 1, ell), Style.of(Role.TITLE).bold());
            f.put(margin, 2, "Opening" + ell, Style.of(Role.MUTED));
            f.fill(0, y0, s.width(), STATUS);
            return;
        }
        for (int i = 0; i < rows && r.top() + i < d.size(); i++) {
            f.line(margin, i, d.lines().get(r.top() + i), r.left(), s.width());
        }
        // find matches, the current one reversed
        List<ReaderDoc.Match> ms = r.find().matches();
        for (int i = 0; i < ms.size(); i++) {
            ReaderDoc.Match m = ms.get(i);
            if (m.line() < r.top() || m.line() >= r.top() + rows) continue;
            boolean cur = i == r.find().current();
            f.restyle(margin + m.col() - r.left(), m.line() - r.top(), m.width(),
                    st -> cur ? st.withRole(Role.MATCH).bold().reverse() : st.withRole(Role.MATCH).bold().underline());
        }
        StudyView.markTerms(this, r, margin, rows);
        if (r.focus() >= 0 && r.focus() < d.focusables().size()) {
            for (ReaderDoc.Segment g : d.focusables().get(r.focus()).segments()) {
                if (g.line() < r.top() || g.line() >= r.top() + rows) continue;
                f.restyle(margin + g.col() - r.left(), g.line() - r.top(), g.width(), st -> st.reverse());
            }
        }
        if (r.left() > 0) {
            String more = s.data().symbols().moreLeft(); // text continues to the left
            for (int i = 0; i < rows; i++) f.put(margin - 1, i, more, Style.of(Role.MUTED));
        }
        status(r, d, e);
    }

    private void status(Screen.Reader r, ReaderDoc d, Essay e) {
        int y = s.height() - 1;
        int w = s.width();
        f.fill(0, y, w, STATUS);
        if (r.find().editing()) {
            String q = "/" + r.find().query();
            int x = f.put(0, y, Fit.truncate(q, w - 20, ell), STATUS);
            f.cursor(Math.min(w - 1, x), y);
            String n = r.find().query().isEmpty() ? "find in this essay" : r.find().matches().isEmpty() ? "no match"
                    : (r.find().current() + 1) + " of " + r.find().matches().size();
            f.put(w - DisplayWidth.of(n) - 1, y, n, STATUS);
            return;
        }
        ContinueInfo at = e == null ? new ContinueInfo(r.slug(), null, 0, 0) : ContinueInfo.of(e, d, r.top(), Layout.readerRows(s.height()));
        int percent = at.percent();
        int minutes = at.minutesLeft();
        String dot = " " + sym.dot() + " ";
        String right = (r.running() != 0 ? "running snippet " + r.running() + dot : "")
                + (s.data().isRead(r.slug()) ? sym.check() + " read" + dot : "")
                + percent + "%" + dot + (minutes == 0 ? "end" : minutes + " min left");
        if (!r.find().matches().isEmpty() && r.find().current() >= 0) {
            right = "match " + (r.find().current() + 1) + "/" + r.find().matches().size() + dot + right;
        }
        int rw = DisplayWidth.of(right);
        int room = Math.max(1, w - rw - 4);
        String left;
        if (s.flash() != null) {
            left = s.flash();
        } else {
            // the section says more than the title: when both do not fit, the title gives way
            Rendered.Heading h = d.sectionAt(r.top());
            String title = e == null ? r.slug() : e.title();
            String section = h == null ? "" : " " + sym.arrow() + " " + h.text();
            int titleRoom = room - DisplayWidth.of(section);
            left = section.isEmpty() || titleRoom >= DisplayWidth.of(title) ? title + section
                    : titleRoom >= 12 ? Fit.truncate(title, titleRoom, ell) + section : h.text();
        }
        f.put(1, y, Fit.truncate(left, room, ell), s.flash() != null ? STATUS.bold() : STATUS);
        f.put(w - rw - 1, y, right, STATUS);
    }

    /** The words under entry {@code i}: its own text and every deeper entry after it. */
    static int sectionWords(List<Screen.Contents.Entry> entries, int i) {
        int level = entries.get(i).level();
        int words = entries.get(i).words();
        for (int j = i + 1; j < entries.size() && entries.get(j).level() > level; j++) words += entries.get(j).words();
        return words;
    }

    private void contents(Screen.Contents c) {
        Screen.Reader r = s.below() instanceof Screen.Reader x ? x : null;
        Essay e = r == null ? null : s.data().essay(r.slug());
        title("Contents", e == null ? null : Fit.truncate(e.title(), s.width() / 2, ell));
        int rows = Layout.contentsItems(s.height());
        ListPos p = c.pos().clamp(c.entries().size(), rows);
        int minLevel = c.entries().stream().mapToInt(Screen.Contents.Entry::level).min().orElse(1);
        if (c.entries().isEmpty()) f.put(3, 2, "This essay has no sections.", Style.of(Role.MUTED));
        for (int i = 0; i < rows && p.top() + i < c.entries().size(); i++) {
            Screen.Contents.Entry en = c.entries().get(p.top() + i);
            int y = 2 + i;
            String indent = "  ".repeat(Math.max(0, en.level() - minLevel));
            // a section's size counts its subsections: a long guide's parts show how long each is
            int words = sectionWords(c.entries(), p.top() + i);
            String size = words >= 230 ? "~" + Math.round(words / 230.0) + " min" : words + " words";
            row(y, 2, List.of(Span.plain(indent), new Span(en.text(), en.level() <= minLevel ? Style.of(Role.HEADING).bold()
                    : Style.of(Role.HEADING_MINOR))), size, Role.MUTED);
            if (p.top() + i == p.selected()) select(y);
        }
        hints(Keymap.Context.CONTENTS, Action.OPEN, Action.DOWN, Action.UP, Action.CONTENTS);
    }

    // ---- search

    private void search(Screen.Search q) {
        int w = s.width();
        f.put(1, 0, "Search", Style.of(Role.TITLE).bold());
        int x = f.put(9, 0, Fit.truncate(q.query(), w - 11, ell), Style.of(Role.STRONG).bold());
        f.cursor(Math.min(w - 1, x), 0);
        String info;
        if (q.query().isBlank()) info = "Type words, \"a phrase\", prefix*, -not, level: series: track: tag:";
        else if (q.message() != null) info = q.message();
        else info = q.hits().isEmpty() ? "searching" + ell : q.hits().size() + (q.hits().size() == 1 ? " section" : " sections");
        f.put(1, 1, Fit.truncate(info, w - 2, ell), Style.of(q.message() != null ? Role.WARNING : Role.MUTED));
        int rows = Layout.searchItems(s.height());
        ListPos p = q.pos().clamp(q.hits().size(), rows);
        for (int i = 0; i < rows && p.top() + i < q.hits().size(); i++) {
            SearchHit h = q.hits().get(p.top() + i);
            int y = 3 + i * 2;
            List<Span> head = new ArrayList<>();
            head.add(new Span(h.title(), Style.of(Role.STRONG).bold()));
            if (h.heading() != null && !h.heading().isEmpty() && !h.heading().equals(h.title())) {
                head.add(Span.of(" " + sym.arrow() + " " + h.heading(), Role.HEADING_MINOR));
            }
            row(y, 1, head, (h.level() == null ? "" : h.level() + " " + sym.dot() + " ") + h.minutes() + " min", Role.MUTED);
            f.line(3, y + 1, h.snippet(), 0, w - 1);
            if (p.top() + i == p.selected()) {
                select(y);
                select(y + 1);
            }
        }
        hints(Keymap.Context.SEARCH, Action.OPEN, Action.DOWN, Action.UP, Action.BACK);
    }

    // ---- glossary

    private void glossary(Screen.Glossary g) {
        List<GlossaryEntry> list = s.data().library().glossary();
        title("Glossary", list.size() + " terms");
        int rows = Layout.glossaryItems(s.height());
        ListPos p = g.pos().clamp(list.size(), rows);
        int termWidth = Math.min(24, s.width() / 3);
        if (list.isEmpty()) f.put(3, 2, "This library has no glossary.md.", Style.of(Role.MUTED));
        for (int i = 0; i < rows && p.top() + i < list.size(); i++) {
            GlossaryEntry en = list.get(p.top() + i);
            int y = 2 + i;
            f.put(1, y, Fit.pad(en.term(), termWidth, ell), Style.of(Role.STRONG).bold());
            f.put(2 + termWidth, y, Fit.truncate(GlossaryText.oneLine(en.definition(), s.data().unicode()),
                    s.width() - termWidth - 3, ell), Style.of(Role.MUTED));
            if (p.top() + i == p.selected()) select(y);
        }
        if (!list.isEmpty()) {
            GlossaryEntry en = list.get(p.selected());
            int y = s.height() - 7;
            f.put(1, y, sym.hrule().repeat(Math.max(0, s.width() - 2)), Style.of(Role.RULE));
            List<Span> head = new ArrayList<>();
            head.add(new Span(en.term(), Style.of(Role.HEADING).bold()));
            if (!en.aliases().isEmpty()) head.add(Span.of("  also: " + String.join(", ", en.aliases()), Role.MUTED));
            f.line(1, y + 1, new Line(head, -1), 0, s.width() - 1);
            List<Line> def = GlossaryText.lines(en.definition(), s.width() - 2, s.data().unicode());
            for (int i = 0; i < 4 && i < def.size(); i++) {
                Line l = def.get(i);
                if (i == 3 && def.size() > 4) l = Line.plain(Fit.truncate(l.text(), s.width() - 3, "") + ell);
                f.line(1, y + 2 + i, l, 0, s.width() - 1);
            }
        }
        hints(Keymap.Context.GLOSSARY, Action.OPEN, Action.DOWN, Action.UP, Action.SEARCH, Action.BACK);
    }

    // ---- help

    private void help(Screen.Help h) {
        title("Keys", "generated from the keymap");
        List<Line> lines = HelpText.lines(keys, h.from());
        int rows = Layout.helpRows(s.height());
        for (int i = 0; i < rows - 1 && h.top() + i < lines.size(); i++) f.line(1, 2 + i, lines.get(h.top() + i), 0, s.width() - 1);
        hints(Keymap.Context.HELP, Action.DOWN, Action.UP, Action.BACK);
    }
}
