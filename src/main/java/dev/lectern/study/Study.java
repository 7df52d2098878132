package dev.lectern.study;

import dev.lectern.content.Essay;
import dev.lectern.content.Library;
import dev.lectern.store.CardTables;
import dev.lectern.store.NoteTables;
import dev.lectern.store.StudyTables;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The study data of one library, opened over the study database: reading progress, cards and
 * their schedule, bookmarks and notes, glossary look-ups and statistics. The entry point for the
 * CLI and the full-screen reader alike; it knows no terminal.
 */
public final class Study {
    private final Connection connection;
    private final Library lib;
    private final String library;
    private final Clock clock;
    private final StudyTables studyTables;
    private final CardTables cardTables;
    private final EssayBodies bodies;
    private final ReadingProgress progress;
    private Cards cards;
    private Annotations annotations;
    private Glossary glossary;

    private Study(Connection c, Library lib, Clock clock) {
        this.connection = c;
        this.lib = lib;
        this.library = lib.info().id();
        this.clock = clock;
        this.studyTables = new StudyTables(c);
        this.cardTables = new CardTables(c);
        this.bodies = new EssayBodies(lib.root());
        this.progress = new ReadingProgress(studyTables, library, clock);
    }

    /**
     * Opens the study data of {@code lib}. Data stored under an old slug that an essay now lists
     * in {@code aliases} is moved to the new slug first, so a renamed essay keeps its progress,
     * notes, bookmarks and cards.
     */
    public static Study open(Connection c, Library lib, Clock clock) throws SQLException {
        Study s = new Study(c, lib, clock);
        s.followRenames();
        return s;
    }

    private void followRenames() throws SQLException {
        Set<String> withData = null;
        for (Essay e : lib.essays()) {
            for (String alias : e.aliases()) {
                if (alias.equals(e.slug()) || lib.essays().stream().anyMatch(x -> x.slug().equals(alias))) continue;
                if (withData == null) withData = studyTables.slugsWithData(library);
                if (withData.contains(alias)) studyTables.moveSlug(library, alias, e.slug());
            }
        }
    }

    public String libraryId() {
        return library;
    }

    public Library library() {
        return lib;
    }

    public Clock clock() {
        return clock;
    }

    public Connection connection() {
        return connection;
    }

    public ReadingProgress progress() {
        return progress;
    }

    public Cards cards() {
        if (cards == null) {
            cards = new Cards(cardTables, connection, library, lib, bodies, progress, Fsrs.defaults());
        }
        return cards;
    }

    /** A review sitting starting now. */
    public ReviewSession review(Cards.Filter filter) throws SQLException {
        return new ReviewSession(cards(), filter, clock);
    }

    public Annotations annotations() {
        if (annotations == null) annotations = new Annotations(new NoteTables(connection), library, lib, bodies, clock);
        return annotations;
    }

    public Glossary glossary() {
        if (glossary == null) glossary = new Glossary(lib.glossary());
        return glossary;
    }

    public EssayBodies bodies() {
        return bodies;
    }

    /** Streak, reading and review numbers as of now, days counted in the clock's time zone. */
    public Stats stats() throws SQLException {
        return Stats.of(lib, progress, studyTables, cardTables, cards(), library, clock.instant(), clock.getZone());
    }

    /** Slugs with study data in this library that match no essay (nor an alias): kept, never dropped. */
    public List<String> orphanedSlugs() throws SQLException {
        List<String> out = new ArrayList<>();
        for (String slug : studyTables.slugsWithData(library)) if (lib.essay(slug).isEmpty()) out.add(slug);
        return out;
    }
}
