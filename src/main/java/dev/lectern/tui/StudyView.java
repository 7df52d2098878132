package dev.lectern.tui;

import dev.lectern.text.DisplayWidth;
import dev.lectern.text.Fit;
import dev.lectern.text.Line;
import dev.lectern.text.Role;
import dev.lectern.text.Span;
import dev.lectern.text.Style;
import java.util.ArrayList;
import java.util.List;

/**
 * The study screens, drawn with {@link View}'s pieces: the review screen, the notes screen, the
 * note prompt over the reader, the home screen's study line, and the reader's glossary terms.
 * Reads the state and changes nothing.
 */
final class StudyView {
    private StudyView() {
    }

    static void draw(View v, Screen top) {
        if (top instanceof Screen.Review r) review(v, r);
        else if (top instanceof Screen.Notes n) notes(v, n);
        else if (top instanceof Screen.NotePrompt p) notePrompt(v, p);
        else if (top instanceof Screen.RunConsent c) runConsent(v, c);
    }

    /** List rows of the notes screen: all but the title, a blank row and the key hints. */
    static int notesRows(int height) {
        return Math.max(1, height - 3);
    }

    // ---- home

    /** "2 cards due · 3 days in a row · 45 min read · 4 reviews today". */
    static void homeLine(View v, int y) {
        StudyInfo st = v.s.data().study();
        if (!st.loaded()) return;
        String dot = " " + v.sym.dot() + " ";
        List<Span> sp = new ArrayList<>();
        if (st.cardsDue() > 0) {
            sp.add(new Span(st.cardsDue() + (st.cardsDue() == 1 ? " card due" : " cards due"), Style.of(Role.STRONG).bold()));
            String k = v.keys.keysFor(Keymap.Context.HOME, Action.REVIEW);
            if (!k.isEmpty()) sp.add(Span.of(" (" + k + " reviews)", Role.MUTED));
        } else {
            sp.add(Span.of("no cards due", Role.MUTED));
        }
        sp.add(Span.of(dot, Role.MUTED));
        if (st.streak() > 0) {
            sp.add(new Span(st.streak() + (st.streak() == 1 ? " day" : " days") + " in a row", Style.of(Role.SUCCESS)));
            if (!st.activeToday()) sp.add(Span.of(" (not yet today)", Role.MUTED));
        } else {
            sp.add(Span.of("no streak yet", Role.MUTED));
        }
        sp.add(Span.of(dot + st.minutesRead() + " min read", Role.MUTED));
        if (st.reviewsToday() > 0) sp.add(Span.of(dot + st.reviewsToday() + (st.reviewsToday() == 1 ? " review" : " reviews") + " today", Role.MUTED));
        v.f.line(1, y, new Line(sp, -1), 0, v.s.width() - 1);
    }

    // ---- review

    private static void review(View v, Screen.Review r) {
        State s = v.s;
        int w = s.width();
        String dot = " " + v.sym.dot() + " ";
        String trackTitle = r.track() == null ? null : s.data().library().track(r.track()).map(t -> t.title()).orElse(r.track());
        String right = r.cards() == null ? null : r.cards().size() + " to go" + (r.graded() > 0 ? dot + r.graded() + " done" : "");
        v.title(trackTitle == null ? "Review" : "Review " + v.sym.dot() + " " + trackTitle, right);
        if (r.cards() == null) {
            v.f.put(3, 2, "Gathering the cards that are due" + v.ell, Style.of(Role.MUTED));
            v.hints(Keymap.Context.REVIEW, Action.BACK);
            return;
        }
        if (r.cards().isEmpty()) {
            List<String> say = new ArrayList<>();
            if (r.graded() > 0) say.add("Done: " + r.graded() + (r.graded() == 1 ? " answer" : " answers") + " given. Nothing else is due now.");
            else say.add(r.empty() == null ? "Nothing is due." : r.empty());
            int y = 2;
            for (String line : say) {
                for (Line l : GlossaryText.lines(line, w - 6, s.data().unicode())) {
                    if (y < s.height() - 2) v.f.line(3, y++, l.withBlock(-1), 0, w - 1);
                }
            }
            v.hints(Keymap.Context.REVIEW, Action.BACK, Action.HELP);
            return;
        }
        ReviewCard c = r.cards().get(0);
        List<Span> from = new ArrayList<>();
        from.add(Span.of(c.essayTitle(), Role.DEK));
        if (c.section() != null) from.add(Span.of(" " + v.sym.arrow() + " " + c.section(), Role.HEADING_MINOR));
        v.f.line(1, 1, new Line(from, -1), 0, w - 1);
        int bottom = s.height() - 3; // the grades row
        int y = 3;
        y = block(v, "Q ", c.question(), Role.HEADING, y, bottom - 1);
        if (r.revealed()) {
            y++;
            block(v, "A ", c.answer(), Role.SUCCESS, y, bottom - 1);
            List<Span> grades = new ArrayList<>();
            String[] names = {"Again", "Hard", "Good", "Easy"};
            for (int i = 0; i < 4; i++) {
                if (i > 0) grades.add(Span.plain("   "));
                grades.add(new Span(String.valueOf(i + 1), Style.of(Role.CODE).bold()));
                grades.add(Span.of(" " + names[i] + dot + c.intervals().get(i), i == 0 ? Role.WARNING : Role.MUTED));
            }
            v.f.line(3, bottom, new Line(grades, -1), 0, w - 1);
            v.hints(Keymap.Context.REVIEW, Action.SKIP, Action.BACK, Action.HELP);
        } else {
            v.f.line(3, bottom, Line.of(new Span(v.keys.keysFor(Keymap.Context.REVIEW, Action.REVEAL), Style.of(Role.CODE).bold()),
                    Span.of(" shows the answer", Role.MUTED)), 0, w - 1);
            v.hints(Keymap.Context.REVIEW, Action.REVEAL, Action.SKIP, Action.BACK, Action.HELP);
        }
    }

    /** A question or answer: its label, then the Markdown rendered (math drawn) at the screen's width. */
    private static int block(View v, String label, String markdown, Role role, int y, int last) {
        int w = v.s.width();
        List<Line> lines = GlossaryText.lines(markdown, Math.max(10, Math.min(w - 8, Layout.MAX_MEASURE)), v.s.data().unicode());
        v.f.put(3, y, label, Style.of(role).bold());
        for (int i = 0; i < lines.size() && y <= last; i++) {
            boolean cut = y == last && i < lines.size() - 1;
            v.f.line(5, y, cut ? Line.of(Fit.truncate(lines.get(i).text(), w - 7, "") + v.ell, Role.PLAIN) : lines.get(i), 0, w - 1);
            y++;
        }
        return y;
    }

    // ---- notes

    private static void notes(View v, Screen.Notes n) {
        State s = v.s;
        int w = s.width();
        if (n.entries() == null) {
            v.title("Notes and bookmarks", null);
            v.f.put(3, 2, "Reading" + v.ell, Style.of(Role.MUTED));
            v.hints(Keymap.Context.NOTES, Action.BACK);
            return;
        }
        long marks = n.entries().stream().filter(NoteEntry::bookmark).count();
        long notes = n.entries().size() - marks;
        v.title("Notes and bookmarks", notes + (notes == 1 ? " note" : " notes") + " " + v.sym.dot() + " " + marks
                + (marks == 1 ? " bookmark" : " bookmarks"));
        if (n.entries().isEmpty()) {
            v.f.put(3, 2, "Nothing yet. In the reader, a adds a note to a section and B bookmarks it.", Style.of(Role.MUTED), w - 1);
            v.hints(Keymap.Context.NOTES, Action.BACK);
            return;
        }
        List<Line> lines = new ArrayList<>();
        List<Integer> itemOf = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        String lastSlug = null;
        for (int i = 0; i < n.entries().size(); i++) {
            NoteEntry e = n.entries().get(i);
            if (!e.slug().equals(lastSlug)) {
                if (lastSlug != null) {
                    lines.add(Line.EMPTY);
                    itemOf.add(-1);
                    dates.add(null);
                }
                lines.add(Line.of(new Span(e.essayTitle(), Style.of(Role.HEADING).bold()),
                        Span.of(e.orphaned() ? "  (no longer in the library)" : "", Role.WARNING)));
                itemOf.add(-1);
                dates.add(null);
                lastSlug = e.slug();
            }
            String where = e.anchor().isEmpty() ? "whole essay" : e.heading();
            List<Span> sp = new ArrayList<>();
            if (e.bookmark()) {
                sp.add(Span.of("bookmark ", Role.LINK));
                sp.add(Span.of(where, Role.PLAIN));
            } else {
                sp.add(Span.of(where + ": ", Role.MUTED));
                sp.add(Span.plain(e.text()));
            }
            lines.add(new Line(sp, -1));
            itemOf.add(i);
            dates.add(e.when());
        }
        int rows = notesRows(s.height());
        int sel = itemOf.indexOf(Math.min(n.pos().selected(), n.entries().size() - 1));
        int start = sel < rows ? 0 : sel - rows + 1;
        for (int i = 0; i < rows && start + i < lines.size(); i++) {
            int y = 2 + i;
            boolean item = itemOf.get(start + i) >= 0;
            if (item) v.row(y, 3, lines.get(start + i).spans(), dates.get(start + i), Role.MUTED);
            else v.f.line(1, y, lines.get(start + i), 0, w - 1);
            if (item && start + i == sel) v.select(y);
        }
        v.hints(Keymap.Context.NOTES, Action.OPEN, Action.DOWN, Action.UP, Action.HELP, Action.BACK);
    }

    // ---- the note prompt over the reader

    private static void notePrompt(View v, Screen.NotePrompt p) {
        State s = v.s;
        if (s.below() instanceof Screen.Reader r) v.reader(r);
        int y = s.height() - 1;
        int w = s.width();
        Style bar = Style.of(Role.STATUS).reverse();
        v.f.fill(0, y, w, bar);
        String where = p.heading().isEmpty() ? "note on the essay: "
                : "note on " + Fit.truncate(p.heading(), Math.max(6, w / 3 - 10), v.ell) + ": ";
        int x = v.f.put(1, y, where, bar.bold());
        // the end of what is typed stays in view
        int room = Math.max(1, w - x - 2);
        String t = p.text();
        while (DisplayWidth.of(t) > room) t = t.substring(t.offsetByCodePoints(0, 1));
        int end = v.f.put(x, y, t, bar);
        v.f.cursor(Math.min(w - 1, end), y);
    }

    // ---- the question before an untrusted library's code runs

    private static void runConsent(View v, Screen.RunConsent c) {
        State s = v.s;
        if (s.below() instanceof Screen.Reader r) v.reader(r);
        int y = s.height() - 1;
        int w = s.width();
        Style bar = Style.of(Role.STATUS).reverse();
        v.f.fill(0, y, w, bar);
        String dot = " " + v.sym.dot() + " ";
        // two rows, so the question and its answers both fit at 80 columns
        v.f.fill(0, y - 1, w, bar);
        String ask = "Run snippet " + c.number() + "? This library is not trusted; its code runs on this machine.";
        v.f.put(1, y - 1, Fit.truncate(ask, Math.max(1, w - 2), v.ell), bar.bold());
        String keys = "y yes, this session" + dot + "a always trust this library" + dot + "any other key: no";
        v.f.put(1, y, Fit.truncate(keys, Math.max(1, w - 2), v.ell), bar);
    }

    // ---- the reader's glossary terms

    /** Underlines the first use of each glossary term on screen: marked, not loud. */
    static void markTerms(View v, Screen.Reader r, int margin, int rows) {
        for (ReaderDoc.Focusable fo : r.doc().focusables()) {
            if (fo.term() == null) continue;
            for (ReaderDoc.Segment g : fo.segments()) {
                if (g.line() < r.top() || g.line() >= r.top() + rows) continue;
                int x = margin + g.col() - r.left();
                if (x < margin) continue;
                v.f.restyle(x, g.line() - r.top(), g.width(), st -> st.underline());
            }
        }
    }
}
