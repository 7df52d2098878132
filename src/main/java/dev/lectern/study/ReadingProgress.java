package dev.lectern.study;

import dev.lectern.content.Essay;
import dev.lectern.content.Library;
import dev.lectern.content.Track;
import dev.lectern.store.StudyTables;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Read state and reading position of essays in one library. Looks an essay up by its slug and
 * then by its aliases, so an essay renamed with {@code aliases: [old-slug]} keeps its progress
 * (and {@link Study#open} moves the data to the new slug as soon as it sees the rename).
 */
public final class ReadingProgress {
    private final StudyTables tables;
    private final String library;
    private final Clock clock;
    private Map<String, EssayProgress> cache;

    public ReadingProgress(StudyTables tables, String library, Clock clock) {
        this.tables = tables;
        this.library = library;
        this.clock = clock;
    }

    public Optional<EssayProgress> state(Essay e) throws SQLException {
        Map<String, EssayProgress> all = all();
        EssayProgress s = all.get(e.slug());
        if (s != null) return Optional.of(s);
        for (String a : e.aliases()) {
            s = all.get(a);
            if (s != null) return Optional.of(s);
        }
        return Optional.empty();
    }

    public boolean isRead(Essay e) throws SQLException {
        return state(e).map(EssayProgress::read).orElse(false);
    }

    /** Marks an essay read (now) or unread. Each time it is marked read also goes into the reading log. */
    public void markRead(Essay e, boolean read) throws SQLException {
        String now = Times.format(clock.instant());
        tables.setRead(library, e.slug(), read ? now : null);
        if (read) tables.logRead(new StudyTables.ReadRow(library, e.slug(), now));
        cache = null;
    }

    public void savePosition(Essay e, int block, int offset) throws SQLException {
        tables.setPosition(library, e.slug(), block, offset, Times.format(clock.instant()));
        cache = null;
    }

    /** Notes that an essay was opened now, keeping the saved position. */
    public void touch(Essay e) throws SQLException {
        EssayProgress s = state(e).orElse(null);
        savePosition(e, s == null ? 0 : s.block(), s == null ? 0 : s.offset());
    }

    /** The first unread essay of a track, in track order; empty when the track is complete. */
    public Optional<Essay> next(Library lib, Track t) throws SQLException {
        for (String slug : t.essays()) {
            Optional<Essay> e = lib.essay(slug);
            if (e.isPresent() && !isRead(e.get())) return e;
        }
        return Optional.empty();
    }

    /**
     * The track the reader is on: of the tracks not yet complete, the one with the essay opened or
     * read most recently; the first incomplete track when nothing has been read; empty when every
     * track is complete.
     */
    public Optional<Track> currentTrack(Library lib) throws SQLException {
        Track best = null;
        String bestTime = "";
        Track firstOpen = null;
        for (Track t : lib.tracks()) {
            if (next(lib, t).isEmpty()) continue;
            if (firstOpen == null) firstOpen = t;
            for (String slug : t.essays()) {
                Optional<Essay> e = lib.essay(slug);
                if (e.isEmpty()) continue;
                EssayProgress s = state(e.get()).orElse(null);
                if (s == null) continue;
                for (String time : new String[] {s.readAt(), s.lastOpened()}) {
                    if (time != null && time.compareTo(bestTime) > 0) {
                        bestTime = time;
                        best = t;
                    }
                }
            }
        }
        return Optional.ofNullable(best != null ? best : firstOpen);
    }

    private Map<String, EssayProgress> all() throws SQLException {
        if (cache == null) {
            Map<String, EssayProgress> m = new HashMap<>();
            tables.states(library).forEach((slug, r) -> m.put(slug, new EssayProgress(r.slug(), r.readAt(), r.block(), r.offset(), r.lastOpened())));
            cache = m;
        }
        return cache;
    }
}
