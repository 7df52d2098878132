package dev.lectern.study;

import dev.lectern.content.Essay;
import dev.lectern.store.StudyTables;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Read state and reading position of essays in one library. Looks an essay up by its slug and
 * then by its aliases, so an essay renamed with {@code aliases: [old-slug]} keeps its progress.
 */
public final class ReadingProgress {
    private final StudyTables tables;
    private final String library;
    private final Clock clock;
    private Map<String, StudyTables.EssayState> cache;

    public ReadingProgress(StudyTables tables, String library, Clock clock) {
        this.tables = tables;
        this.library = library;
        this.clock = clock;
    }

    public Optional<StudyTables.EssayState> state(Essay e) throws SQLException {
        Map<String, StudyTables.EssayState> all = all();
        StudyTables.EssayState s = all.get(e.slug());
        if (s != null) return Optional.of(s);
        for (String a : e.aliases()) {
            s = all.get(a);
            if (s != null) return Optional.of(s);
        }
        return Optional.empty();
    }

    public boolean isRead(Essay e) throws SQLException {
        return state(e).map(StudyTables.EssayState::read).orElse(false);
    }

    public void markRead(Essay e, boolean read) throws SQLException {
        tables.setRead(library, e.slug(), read ? clock.instant().toString() : null);
        cache = null;
    }

    public void savePosition(Essay e, int block, int offset) throws SQLException {
        tables.setPosition(library, e.slug(), block, offset, clock.instant().toString());
        cache = null;
    }

    private Map<String, StudyTables.EssayState> all() throws SQLException {
        if (cache == null) cache = tables.states(library);
        return cache;
    }
}
