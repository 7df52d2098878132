package dev.lectern.study;

import dev.lectern.content.Essay;
import dev.lectern.content.Library;
import dev.lectern.markdown.Section;
import dev.lectern.markdown.SectionSplitter;
import dev.lectern.store.NoteTables;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bookmarks and notes in one library, keyed by essay slug and section anchor ('' for the whole
 * essay). A note or bookmark whose essay is gone is kept and shown as orphaned; one whose essay
 * was renamed follows it (see {@link Study#open}).
 */
public final class Annotations {
    /** A bookmark; {@code essay} is empty when the essay is no longer in the library. */
    public record Bookmark(String slug, String anchor, Instant created, Optional<Essay> essay) {
        public String target() {
            return anchor.isEmpty() ? slug : slug + "#" + anchor;
        }
    }

    /** A note; {@code essay} is empty when the essay is no longer in the library. */
    public record Note(String slug, String anchor, Instant created, String text, Optional<Essay> essay) {
        public String target() {
            return anchor.isEmpty() ? slug : slug + "#" + anchor;
        }

        public boolean orphaned() {
            return essay.isEmpty();
        }
    }

    private final NoteTables tables;
    private final String library;
    private final Library lib;
    private final EssayBodies bodies;
    private final Clock clock;

    public Annotations(NoteTables tables, String library, Library lib, EssayBodies bodies, Clock clock) {
        this.tables = tables;
        this.library = library;
        this.lib = lib;
        this.bodies = bodies;
        this.clock = clock;
    }

    /** The sections of an essay a note or bookmark can point at, in order. */
    public List<Section> sections(Essay e) {
        return bodies.body(e).map(SectionSplitter::split).orElse(List.of());
    }

    /** True when {@code anchor} is '' or names a section of the essay. */
    public boolean hasAnchor(Essay e, String anchor) {
        return anchor.isEmpty() || sections(e).stream().anyMatch(s -> s.anchor().equals(anchor));
    }

    public Note addNote(Essay e, String anchor, String text) throws SQLException {
        Instant now = clock.instant();
        tables.addNote(new NoteTables.NoteRow(library, e.slug(), anchor, Times.format(now), text.strip()));
        return new Note(e.slug(), anchor, Times.parse(Times.format(now)), text.strip(), Optional.of(e));
    }

    public boolean removeNote(Note n) throws SQLException {
        return tables.removeNote(new NoteTables.NoteRow(library, n.slug(), n.anchor(), Times.format(n.created()), n.text()));
    }

    /** Adds a bookmark; false when it was there already. */
    public boolean bookmark(Essay e, String anchor) throws SQLException {
        return tables.addBookmark(new NoteTables.BookmarkRow(library, e.slug(), anchor, Times.format(clock.instant())));
    }

    /** Removes a bookmark by the slug it is stored under; false when there was none. */
    public boolean removeBookmark(String slug, String anchor) throws SQLException {
        return tables.removeBookmark(library, slug, anchor);
    }

    public List<Bookmark> bookmarks() throws SQLException {
        List<Bookmark> out = new ArrayList<>();
        for (NoteTables.BookmarkRow r : tables.bookmarks(library)) {
            out.add(new Bookmark(r.slug(), r.anchor(), Times.parse(r.createdAt()), lib.essay(r.slug())));
        }
        return out;
    }

    /** All notes, oldest first. */
    public List<Note> notes() throws SQLException {
        List<Note> out = new ArrayList<>();
        for (NoteTables.NoteRow r : tables.notes(library)) {
            out.add(new Note(r.slug(), r.anchor(), Times.parse(r.createdAt()), r.text(), lib.essay(r.slug())));
        }
        return out;
    }

    /** Notes of one essay, in section order then time order. */
    public List<Note> notes(Essay e) throws SQLException {
        List<String> order = sections(e).stream().map(Section::anchor).toList();
        return notes().stream().filter(n -> n.essay().map(x -> x.slug().equals(e.slug())).orElse(false))
                .sorted(java.util.Comparator.comparingInt((Note n) -> n.anchor().isEmpty() ? -1 : order.indexOf(n.anchor())))
                .toList();
    }

    /**
     * Notes as Markdown grouped by essay (library order; orphaned notes last), each note under its
     * section's heading, dated in {@code zone}.
     */
    public String markdown(List<Note> notes, ZoneId zone) {
        Map<String, List<Note>> byEssay = new LinkedHashMap<>();
        for (Essay e : lib.essays()) {
            for (Note n : notes) if (n.essay().isPresent() && n.essay().get().slug().equals(e.slug())) {
                byEssay.computeIfAbsent(e.slug(), k -> new ArrayList<>()).add(n);
            }
        }
        for (Note n : notes) if (n.orphaned()) byEssay.computeIfAbsent(n.slug(), k -> new ArrayList<>()).add(n);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        StringBuilder sb = new StringBuilder("# Notes \u2014 ").append(lib.info().title()).append("\n");
        for (Map.Entry<String, List<Note>> g : byEssay.entrySet()) {
            Optional<Essay> e = lib.essay(g.getKey());
            sb.append("\n## ").append(e.map(Essay::title).orElse(g.getKey()));
            if (e.isEmpty()) sb.append(" (orphaned: no essay `").append(g.getKey()).append("` in the library)");
            sb.append("\n\n`").append(e.map(Essay::slug).orElse(g.getKey())).append("`\n");
            Map<String, String> headings = new LinkedHashMap<>();
            e.ifPresent(x -> sections(x).forEach(s -> headings.put(s.anchor(), s.heading())));
            List<String> order = new ArrayList<>(headings.keySet());
            List<Note> sorted = new ArrayList<>(g.getValue());
            sorted.sort(java.util.Comparator.comparingInt((Note n) -> n.anchor().isEmpty() ? -1 : order.indexOf(n.anchor()))
                    .thenComparing(Note::created));
            String last = null;
            for (Note n : sorted) {
                if (!n.anchor().equals(last)) {
                    String h = n.anchor().isEmpty() ? "The whole essay" : headings.getOrDefault(n.anchor(), n.anchor());
                    sb.append("\n### ").append(h).append(n.anchor().isEmpty() ? "" : " (#" + n.anchor() + ")").append("\n\n");
                    last = n.anchor();
                }
                sb.append("- ").append(n.text().replace("\n", "\n  ")).append(" \u2014 *")
                        .append(day.format(n.created())).append("*\n");
            }
        }
        return sb.toString();
    }
}
