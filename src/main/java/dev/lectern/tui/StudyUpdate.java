package dev.lectern.tui;

import dev.lectern.content.GlossaryEntry;
import dev.lectern.render.Rendered;
import dev.lectern.study.Grade;
import java.util.ArrayList;
import java.util.List;

/**
 * The study part of {@link Update}: the review screen, notes and bookmarks from the reader, the
 * notes screen, glossary terms in the reader, and the home screen's numbers. Pure like the rest:
 * state and message in, next state and commands out; writes go out as commands.
 */
final class StudyUpdate {
    private StudyUpdate() {
    }

    // ---- keys

    /**
     * The keys this class gives meaning to on a screen other than the reader (the study screens,
     * and review and notes from home and a track page); null for every other key.
     */
    static Update.Next screen(State s, Screen top, Action a) {
        if (top instanceof Screen.Home && a == Action.REVIEW) return startReview(s, null);
        if (top instanceof Screen.Home && a == Action.NOTES) {
            return Update.Next.of(s.push(new Screen.Notes(null, ListPos.START)), new Command.LoadNotes());
        }
        if (top instanceof Screen.TrackPage t && a == Action.REVIEW) return startReview(s, t.slug());
        if (top instanceof Screen.Review v) return review(s, v, a);
        if (top instanceof Screen.NotePrompt p) return notePrompt(s, p, a);
        if (top instanceof Screen.Notes n) return notes(s, n, a);
        return null;
    }

    private static Update.Next startReview(State s, String track) {
        return Update.Next.of(s.push(new Screen.Review(track, null, false, 0, null)), new Command.LoadReview(track));
    }

    private static Update.Next review(State s, Screen.Review v, Action a) {
        Grade g = switch (a) {
            case GRADE_AGAIN -> Grade.AGAIN;
            case GRADE_HARD -> Grade.HARD;
            case GRADE_GOOD -> Grade.GOOD;
            case GRADE_EASY -> Grade.EASY;
            default -> null;
        };
        if (g == null && a != Action.REVEAL && a != Action.SKIP) return null; // back, help, search: as anywhere
        if (v.cards() == null || v.cards().isEmpty()) return Update.Next.of(s);
        ReviewCard card = v.cards().get(0);
        List<ReviewCard> rest = v.cards().subList(1, v.cards().size());
        if (a == Action.REVEAL) return Update.Next.of(s.replaceTop(new Screen.Review(v.track(), v.cards(), true, v.graded(), v.empty())));
        if (a == Action.SKIP) {
            return Update.Next.of(s.replaceTop(new Screen.Review(v.track(), rest, false, v.graded(), v.empty())).withFlash("skipped; it stays due"));
        }
        if (!v.revealed()) return Update.Next.of(s.withFlash("Space or Enter shows the answer first"));
        return Update.Next.of(s.replaceTop(new Screen.Review(v.track(), rest, false, v.graded() + 1, v.empty())),
                new Command.GradeCard(card.id(), g));
    }

    /** The reader's study keys (a note, a bookmark, a glossary term); null for every other key. */
    static Update.Next reader(State s, Screen.Reader r, Action a) {
        if (r.doc() == null || r.find().editing()) return null;
        Rendered.Heading h = r.doc().sectionAt(r.top());
        String anchor = h == null ? "" : h.anchor();
        String heading = h == null ? "" : h.text();
        if (a == Action.NOTE) {
            return Update.Next.of(s.push(new Screen.NotePrompt(r.slug(), anchor, heading, "")));
        }
        if (a == Action.BOOKMARK) return Update.Next.of(s, new Command.ToggleBookmark(r.slug(), anchor, heading));
        if (a == Action.OPEN && r.focus() >= 0 && r.focus() < r.doc().focusables().size()) {
            ReaderDoc.Focusable f = r.doc().focusables().get(r.focus());
            if (f.term() != null) return define(s, f.term());
        }
        return null;
    }

    /** The glossary screen at a term's entry, its definition shown under the list. */
    private static Update.Next define(State s, String term) {
        List<GlossaryEntry> list = s.data().library().glossary();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).term().equals(term)) {
                ListPos p = ListPos.START.to(i, list.size(), Layout.glossaryItems(s.height()));
                return Update.Next.of(s.push(new Screen.Glossary(p)));
            }
        }
        return Update.Next.of(s.withFlash("no glossary entry `" + term + "`"));
    }

    private static Update.Next notePrompt(State s, Screen.NotePrompt p, Action a) {
        if (a == Action.BACK) return Update.Next.of(s.pop().withFlash("note not saved"));
        if (a == Action.OPEN) {
            if (p.text().isBlank()) return Update.Next.of(s.pop().withFlash("an empty note is not saved"));
            return Update.Next.of(s.pop().withFlash("saving the note" + s.data().symbols().ellipsis()),
                    new Command.AddNote(p.slug(), p.anchor(), p.text().strip()));
        }
        return Update.Next.of(s);
    }

    /** Text typed into the note prompt; null when the key is not text input. */
    static Update.Next typing(State s, Screen.NotePrompt p, Key key) {
        String text = p.text();
        String next;
        if (key.isText()) next = text + key.ch();
        else if (key.kind() == Key.Kind.BACKSPACE) next = text.isEmpty() ? text : text.substring(0, text.offsetByCodePoints(text.length(), -1));
        else if (key.ctrl() && key.ch() == 'u') next = "";
        else return null;
        if (next.length() > 2000) return Update.Next.of(s.withFlash("a note is one line of at most 2000 characters"));
        return Update.Next.of(s.replaceTop(new Screen.NotePrompt(p.slug(), p.anchor(), p.heading(), next)));
    }

    private static Update.Next notes(State s, Screen.Notes n, Action a) {
        if (n.entries() == null) return null;
        if (a == Action.DELETE && !n.entries().isEmpty()) {
            NoteEntry e = n.entries().get(Math.min(n.pos().selected(), n.entries().size() - 1));
            String what = e.bookmark() ? "this bookmark" : "this note";
            // Notes are the reader's own writing: a second press confirms, any other key cancels.
            if (!n.confirming()) {
                return Update.Next.of(s.replaceTop(new Screen.Notes(n.entries(), n.pos(), true))
                        .withFlash("press d again to delete " + what));
            }
            return Update.Next.of(s.replaceTop(new Screen.Notes(n.entries(), n.pos(), false)), new Command.DeleteNote(e));
        }
        if (n.confirming()) n = new Screen.Notes(n.entries(), n.pos(), false);
        ListPos p = Update.listMove(n.pos(), a, n.entries().size(), StudyView.notesRows(s.height()));
        if (p != null) return Update.Next.of(s.replaceTop(new Screen.Notes(n.entries(), p)));
        if (a == Action.OPEN && !n.entries().isEmpty()) {
            NoteEntry e = n.entries().get(Math.min(n.pos().selected(), n.entries().size() - 1));
            if (e.orphaned()) return Update.Next.of(s.withFlash("`" + e.slug() + "` is no longer in the library"));
            return Update.open(s, e.slug(), e.anchor().isEmpty() ? null : Place.section(e.anchor(), null), false);
        }
        return null;
    }

    // ---- results

    /** The study messages; null for any other. */
    static Update.Next message(State s, Msg m) {
        if (m instanceof Msg.StatsLoaded l) return Update.Next.of(s.withData(s.data().withStudy(l.info())));
        if (m instanceof Msg.StudySaved saved) return Update.Next.of(saved.message() == null ? s : s.withFlash(saved.message()));
        if (m instanceof Msg.ReviewLoaded l) {
            if (!(s.top() instanceof Screen.Review v) || v.cards() != null || !java.util.Objects.equals(v.track(), l.track())) return Update.Next.of(s);
            return Update.Next.of(s.replaceTop(new Screen.Review(v.track(), l.cards(), false, 0, l.empty())));
        }
        if (m instanceof Msg.CardGraded g) {
            String dot = " " + s.data().symbols().dot() + " ";
            State n = s.withFlash(g.error() != null ? g.error() : g.grade() + dot + "next in " + g.interval()
                    + (g.again() != null ? dot + "back in this sitting" : ""));
            if (g.again() != null) {
                List<Screen> stack = new ArrayList<>(n.stack());
                for (int i = stack.size() - 1; i >= 0; i--) {
                    if (stack.get(i) instanceof Screen.Review v && v.cards() != null) {
                        List<ReviewCard> cards = new ArrayList<>(v.cards());
                        cards.add(g.again());
                        boolean shown = !v.cards().isEmpty();
                        stack.set(i, new Screen.Review(v.track(), List.copyOf(cards), shown && v.revealed(), v.graded(), v.empty()));
                        break;
                    }
                }
                n = new State(n.data(), n.width(), n.height(), stack, n.flash(), n.quit());
            }
            return Update.Next.of(n);
        }
        if (m instanceof Msg.NotesLoaded l) {
            if (!(s.top() instanceof Screen.Notes n)) return Update.Next.of(s);
            State st = s.replaceTop(new Screen.Notes(l.entries(), n.pos().clamp(l.entries().size(), StudyView.notesRows(s.height()))));
            return Update.Next.of(l.message() == null ? st : st.withFlash(l.message()));
        }
        return null;
    }

    /** After leaving a screen: the home screen's numbers and the notes list are read again. */
    static Update.Next afterBack(Update.Next n) {
        Screen top = n.state().top();
        Command again = top instanceof Screen.Home ? new Command.LoadStats() : top instanceof Screen.Notes ? new Command.LoadNotes() : null;
        if (again == null) return n;
        List<Command> cs = new ArrayList<>(n.commands());
        cs.add(again);
        return new Update.Next(n.state(), List.copyOf(cs));
    }
}
