package dev.lectern.tui;

import dev.lectern.app.Session;
import dev.lectern.content.Essay;
import dev.lectern.markdown.Section;
import dev.lectern.study.Annotations;
import dev.lectern.study.CardState;
import dev.lectern.study.Cards;
import dev.lectern.study.Grade;
import dev.lectern.study.Intervals;
import dev.lectern.study.ReviewSession;
import dev.lectern.study.Study;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The study side of {@link SessionEffects}: review cards, grades, notes, bookmarks and the home
 * screen's numbers, through {@link Study}. Every call runs on the program's study-store thread,
 * in order with position and read-mark writes, so a number read after a write sees it.
 */
final class StudyEffects {
    private final Session session;

    StudyEffects(Session session) {
        this.session = session;
    }

    private Study study() throws Exception {
        return session.study();
    }

    private Instant now() {
        return session.clock().instant();
    }

    StudyInfo stats() throws Exception {
        return StudyInfo.of(study().stats());
    }

    Msg.ReviewLoaded loadReview(String track) throws Exception {
        Study st = study();
        Instant now = now();
        List<Cards.DueCard> due = st.cards().due(now, new Cards.Filter(track, false, 0));
        List<ReviewCard> out = new ArrayList<>();
        Map<String, Map<String, String>> headings = new HashMap<>();
        for (Cards.DueCard c : due) out.add(card(st, c.card(), c.essay(), c.state(), now, headings));
        return new Msg.ReviewLoaded(track, out, out.isEmpty() ? whyNothing(st, track, now) : null);
    }

    private ReviewCard card(Study st, dev.lectern.study.Card c, Essay e, CardState state, Instant now,
                            Map<String, Map<String, String>> headings) {
        String section = null;
        if (!c.anchor().isEmpty()) {
            Map<String, String> hs = headings.computeIfAbsent(e.slug(), k -> {
                Map<String, String> m = new LinkedHashMap<>();
                for (Section s : st.annotations().sections(e)) m.put(s.anchor(), s.heading());
                return m;
            });
            section = hs.getOrDefault(c.anchor(), c.anchor());
        }
        return new ReviewCard(c.id(), e.slug(), e.title(), section, c.question(), c.answer(),
                Intervals.choices(st.cards().scheduler(), state, now));
    }

    /** Nothing due: when the next card will be, or that cards unlock as essays are read. */
    private String whyNothing(Study st, String track, Instant now) throws Exception {
        List<Cards.DueCard> all = st.cards().due(now, new Cards.Filter(track, true, 0));
        String where = track == null ? "" : " in this track";
        if (all.isEmpty()) return "There are no review cards" + where + " (essays hold them in ```cards blocks).";
        Instant next = null;
        int waiting = 0;
        java.util.Set<String> unread = new java.util.HashSet<>();
        for (Cards.DueCard c : all) {
            if (!st.progress().isRead(c.essay())) {
                waiting++;
                unread.add(c.essay().slug());
            } else if (c.state().due() != null && (next == null || c.state().due().isBefore(next))) {
                next = c.state().due();
            }
        }
        if (next != null) {
            DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH).withZone(session.clock().getZone());
            return "Nothing is due" + where + ". The next card is due in " + Intervals.human(Duration.between(now, next))
                    + " (" + day.format(next) + ").";
        }
        return "Nothing is due" + where + " yet. Cards unlock when you finish reading an essay: " + waiting
                + (waiting == 1 ? " card waits in " : " cards wait in ") + unread.size() + (unread.size() == 1 ? " essay." : " essays.");
    }

    Msg.CardGraded grade(String cardId, Grade g) throws Exception {
        Study st = study();
        Instant now = now();
        Cards.Graded done = st.cards().grade(cardId, g, now);
        ReviewCard again = null;
        // a short learning step that ends within the sitting brings the card back (ReviewSession's rule)
        if (!done.after().due().isAfter(now.plus(ReviewSession.LEARN_AHEAD))) {
            Optional<Essay> e = st.library().essay(done.card().slug());
            if (e.isPresent()) {
                // shown again when its step ends: the intervals are those it will then have
                again = card(st, done.card(), e.get(), done.after(), done.after().due().isAfter(now) ? done.after().due() : now, new HashMap<>());
            }
        }
        return new Msg.CardGraded(cardId, g.label(), Intervals.human(done.interval()), again, null);
    }

    String addNote(String slug, String anchor, String text) throws Exception {
        Optional<Essay> e = session.library().essay(slug);
        if (e.isEmpty()) return "no essay `" + slug + "`: the note was not saved";
        Annotations.Note n = study().annotations().addNote(e.get(), anchor, text);
        return "note saved on " + (anchor.isEmpty() ? e.get().title() : sectionName(e.get(), anchor)) + " (" + n.target() + ")";
    }

    String toggleBookmark(String slug, String anchor, String heading) throws Exception {
        Optional<Essay> e = session.library().essay(slug);
        if (e.isEmpty()) return "no essay `" + slug + "`";
        Annotations a = study().annotations();
        String what = heading == null || heading.isEmpty() ? e.get().title() : heading;
        if (a.bookmark(e.get(), anchor)) return "bookmarked: " + what;
        a.removeBookmark(slug, anchor);
        return "bookmark removed: " + what;
    }

    private String sectionName(Essay e, String anchor) {
        try {
            for (Section s : study().annotations().sections(e)) if (s.anchor().equals(anchor)) return s.heading();
        } catch (Exception ignored) {
            // the anchor itself names it well enough
        }
        return anchor;
    }

    /** Removes a note or bookmark the notes screen shows; says what was removed. */
    String delete(NoteEntry n) throws Exception {
        Annotations a = study().annotations();
        if (n.bookmark()) {
            return a.removeBookmark(n.slug(), n.anchor()) ? "bookmark removed" : "that bookmark was already gone";
        }
        boolean gone = a.removeNote(new Annotations.Note(n.slug(), n.anchor(), n.created(), n.text(), Optional.empty()));
        return gone ? "note deleted" : "that note was already gone";
    }

    List<NoteEntry> notes() throws Exception {
        Study st = study();
        Annotations a = st.annotations();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ENGLISH).withZone(session.clock().getZone());
        List<NoteEntry> all = new ArrayList<>();
        for (Annotations.Bookmark b : a.bookmarks()) {
            all.add(new NoteEntry(true, b.slug(), b.essay().map(Essay::title).orElse(b.slug()), b.essay().isEmpty(),
                    b.anchor(), null, "", day.format(b.created()), b.created()));
        }
        for (Annotations.Note n : a.notes()) {
            all.add(new NoteEntry(false, n.slug(), n.essay().map(Essay::title).orElse(n.slug()), n.orphaned(),
                    n.anchor(), null, n.text(), day.format(n.created()), n.created()));
        }
        // essays in library order (orphaned last), sections in essay order, bookmarks before notes, then by time
        Map<String, Integer> essayOrder = new HashMap<>();
        List<Essay> essays = st.library().essays();
        for (int i = 0; i < essays.size(); i++) essayOrder.put(essays.get(i).slug(), i);
        Map<String, List<Section>> sections = new HashMap<>();
        List<NoteEntry> named = new ArrayList<>();
        for (NoteEntry n : all) {
            String heading = "";
            Optional<Essay> e = st.library().essay(n.slug());
            if (e.isPresent() && !n.anchor().isEmpty()) {
                List<Section> ss = sections.computeIfAbsent(n.slug(), k -> a.sections(e.get()));
                heading = ss.stream().filter(s -> s.anchor().equals(n.anchor())).map(Section::heading).findFirst().orElse("#" + n.anchor());
            }
            named.add(new NoteEntry(n.bookmark(), n.slug(), n.essayTitle(), n.orphaned(), n.anchor(), heading, n.text(), n.when(), n.created()));
        }
        named.sort(Comparator.comparingInt((NoteEntry n) -> essayOrder.getOrDefault(n.slug(), Integer.MAX_VALUE))
                .thenComparing(NoteEntry::slug)
                .thenComparingInt(n -> n.anchor().isEmpty() ? -1 : indexOf(sections.get(n.slug()), n.anchor()))
                .thenComparing(n -> !n.bookmark())
                .thenComparing(NoteEntry::when));
        return named;
    }

    private static int indexOf(List<Section> ss, String anchor) {
        if (ss == null) return Integer.MAX_VALUE;
        for (int i = 0; i < ss.size(); i++) if (ss.get(i).anchor().equals(anchor)) return i;
        return Integer.MAX_VALUE;
    }
}
